//! The official JSON-Schema-Test-Suite (draft 2020-12, `shared/json-schema-test-suite/`)
//! against the compact validator, for every file of a supported keyword plus the optional
//! files the subset honours (`date` and `email` formats, ECMA-262 regexes, big numbers).
//!
//! Cases the subset does not support are listed in [`SKIPS`], the single list of them (the
//! doc `engine/SCHEMA-SUBSET.md` points here). The test fails when a listed skip no longer
//! exists or now passes, so the list stays honest. Every case also checks that `is_valid`
//! agrees with `validate().is_empty()`.
//!
//! Run with `--nocapture` to see one `suite: <file> passed N skipped M` line per file.

use std::path::PathBuf;

use pforte_engine::regex::RegressEngine;
use pforte_engine::schema::{CompileOptions, Schema};
use serde_json::Value;

/// The files run, relative to `draft2020-12/`.
const FILES: &[&str] = &[
    "additionalProperties.json",
    "allOf.json",
    "anyOf.json",
    "boolean_schema.json",
    "const.json",
    "contains.json",
    "default.json",
    "defs.json",
    "dependentRequired.json",
    "dependentSchemas.json",
    "enum.json",
    "exclusiveMaximum.json",
    "exclusiveMinimum.json",
    "format.json",
    "if-then-else.json",
    "infinite-loop-detection.json",
    "items.json",
    "maxContains.json",
    "maxItems.json",
    "maxLength.json",
    "maxProperties.json",
    "maximum.json",
    "minContains.json",
    "minItems.json",
    "minLength.json",
    "minProperties.json",
    "minimum.json",
    "multipleOf.json",
    "not.json",
    "oneOf.json",
    "pattern.json",
    "patternProperties.json",
    "prefixItems.json",
    "properties.json",
    "propertyNames.json",
    "ref.json",
    "required.json",
    "type.json",
    "uniqueItems.json",
    "optional/bignum.json",
    "optional/ecmascript-regex.json",
    "optional/float-overflow.json",
    "optional/non-bmp-regex.json",
    "optional/format/date.json",
    "optional/format/email.json",
];

/// A case (or, with `case: "*"`, a whole group) the subset does not support, and why.
struct Skip {
    file: &'static str,
    group: &'static str,
    case: &'static str,
    reason: &'static str,
}

const fn skip(
    file: &'static str,
    group: &'static str,
    case: &'static str,
    reason: &'static str,
) -> Skip {
    Skip {
        file,
        group,
        case,
        reason,
    }
}

const REMOTE: &str = "remote $ref (to the meta-schema); only local `#/...` refs are in the subset";
const EMBEDDED_ID: &str =
    "`$id` below the root (embedded resource); not in the subset, rejected at compile time";
const BY_URI: &str =
    "`$ref` to a resource named by a URI (`$id`, URN); only local `#/...` refs are in the subset";
const UNEVALUATED: &str = "`unevaluatedProperties` is not in the subset, rejected at compile time";
const FORMAT_ASSERTED: &str =
    "`format` is an assertion in the subset (date, email), not an annotation";
const HTML5_EMAIL: &str = "`email` follows the `validator` crate (HTML5 rules), not RFC 5321";

/// The one list of skipped cases.
const SKIPS: &[Skip] = &[
    skip(
        "defs.json",
        "validate definition against metaschema",
        "*",
        REMOTE,
    ),
    skip(
        "format.json",
        "email format",
        "invalid email string is only an annotation by default",
        FORMAT_ASSERTED,
    ),
    skip(
        "format.json",
        "date format",
        "invalid date string is only an annotation by default",
        FORMAT_ASSERTED,
    ),
    skip(
        "not.json",
        "collect annotations inside a 'not', even if collection is disabled",
        "*",
        UNEVALUATED,
    ),
    skip(
        "ref.json",
        "remote ref, containing refs itself",
        "*",
        REMOTE,
    ),
    skip(
        "ref.json",
        "Recursive references between schemas",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "ref.json",
        "ref creates new scope when adjacent to keywords",
        "*",
        UNEVALUATED,
    ),
    skip("ref.json", "refs with relative uris and defs", "*", BY_URI),
    skip(
        "ref.json",
        "relative refs with absolute uris and defs",
        "*",
        BY_URI,
    ),
    skip(
        "ref.json",
        "$id must be resolved against nearest parent, not just immediate parent",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "ref.json",
        "order of evaluation: $id and $ref",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "ref.json",
        "order of evaluation: $id and $anchor and $ref",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "ref.json",
        "order of evaluation: $id and $ref on nested schema",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "ref.json",
        "simple URN base URI with $ref via the URN",
        "*",
        BY_URI,
    ),
    skip(
        "ref.json",
        "URN base URI with URN and anchor ref",
        "*",
        BY_URI,
    ),
    skip(
        "ref.json",
        "URN ref with nested pointer ref",
        "*",
        EMBEDDED_ID,
    ),
    skip("ref.json", "ref to if", "*", BY_URI),
    skip("ref.json", "ref to then", "*", BY_URI),
    skip("ref.json", "ref to else", "*", BY_URI),
    skip(
        "ref.json",
        "ref with absolute-path-reference",
        "*",
        EMBEDDED_ID,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "a quoted string with a space in the local part is valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "a quoted string with a double dot in the local part is valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "a quoted string with a @ in the local part is valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "an IPv6-address-literal after the @ is valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "dot before local part is not valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "dot after local part is not valid",
        HTML5_EMAIL,
    ),
    skip(
        "optional/format/email.json",
        "validation of e-mail addresses",
        "two subsequent dots inside local part are not valid",
        HTML5_EMAIL,
    ),
];

fn suite_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/json-schema-test-suite/draft2020-12")
}

#[derive(Default)]
struct FileResult {
    passed: usize,
    skipped: usize,
}

#[test]
fn json_schema_test_suite() {
    let dir = suite_dir();
    assert!(
        dir.is_dir(),
        "the test suite is missing at {}",
        dir.display()
    );
    let mut failures = Vec::new();
    // Per skip: (matched some case, some matched case failed).
    let mut skip_use = vec![(false, false); SKIPS.len()];
    let mut summary = Vec::new();
    for file in FILES {
        let path = dir.join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let groups: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut result = FileResult::default();
        for group in groups.as_array().into_iter().flatten() {
            let group_name = group["description"].as_str().unwrap_or_default();
            let opts = CompileOptions {
                regex: &RegressEngine,
                strict: false,
            };
            let compiled = Schema::compile(&group["schema"], &opts);
            for case in group["tests"].as_array().into_iter().flatten() {
                let case_name = case["description"].as_str().unwrap_or_default();
                let expected = case["valid"].as_bool().unwrap_or_default();
                let outcome = match &compiled {
                    Ok(schema) => {
                        let errors = schema.validate(&case["data"]);
                        let fast = schema.is_valid(&case["data"]);
                        if fast != errors.is_empty() {
                            failures.push(format!(
                                "{file} / {group_name} / {case_name}: is_valid {fast} but validate gave {errors:?}"
                            ));
                        }
                        if errors.is_empty() == expected {
                            Ok(())
                        } else {
                            Err(format!("expected valid={expected}, errors {errors:?}"))
                        }
                    }
                    Err(errors) => Err(format!("compile error {}", first_error(errors))),
                };
                let listed = SKIPS.iter().position(|s| {
                    s.file == *file
                        && s.group == group_name
                        && (s.case == "*" || s.case == case_name)
                });
                match (listed, outcome) {
                    (Some(i), outcome) => {
                        skip_use[i].0 = true;
                        skip_use[i].1 |= outcome.is_err();
                        result.skipped += 1;
                    }
                    (None, Ok(())) => result.passed += 1,
                    (None, Err(why)) => failures.push(format!(
                        "{file} / {group_name} / {case_name}: {why}\n    skip(\"{file}\", \"{}\", \"{}\", \"\"),",
                        group_name.escape_default(),
                        case_name.escape_default()
                    )),
                }
            }
        }
        summary.push(format!(
            "suite: {file} passed {} skipped {}",
            result.passed, result.skipped
        ));
    }
    for line in &summary {
        eprintln!("{line}");
    }
    for (skip, (matched, failed)) in SKIPS.iter().zip(&skip_use) {
        if !matched {
            failures.push(format!(
                "stale skip (no such case): {} / {} / {}",
                skip.file, skip.group, skip.case
            ));
        } else if !failed {
            failures.push(format!(
                "stale skip (passes now, remove it): {} / {} / {} ({})",
                skip.file, skip.group, skip.case, skip.reason
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} suite failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn first_error(errors: &[pforte_engine::schema::SchemaError]) -> String {
    errors.first().map(ToString::to_string).unwrap_or_default()
}
