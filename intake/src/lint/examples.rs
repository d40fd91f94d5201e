//! Lint's example check: a form folder's `examples/valid/*.json` must be valid and its
//! `examples/invalid/*.json` invalid, as the app submits them (pruned, then validated), with
//! both engines. The engines must also agree on *where* the errors are: a place only one of
//! them reports is a finding even when the expectation holds, because it is a validator bug
//! that some applicant will meet.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::reference::Validator;
use pforte_engine::form::Form;
use pforte_engine::schema::{ErrorParams, ValidationError};
use serde_json::Value;

use super::{files_with_extension, read};
use crate::finding::Finding;
use crate::reference;
use crate::validate::Issue;

/// Check every example of the compiled `form` in `dir`.
pub(super) fn check(dir: &Path, form: &Form, findings: &mut Vec<Finding>) {
    let examples = dir.join("examples");
    let valid = files_with_extension(&examples.join("valid"), "json", findings);
    let invalid = files_with_extension(&examples.join("invalid"), "json", findings);
    if valid.is_empty() && invalid.is_empty() {
        return;
    }
    let reference = match reference::validator(&form.raw_schema) {
        Ok(v) => Some(v),
        Err(e) => {
            let form_json = dir.join("form.json");
            let text = std::fs::read_to_string(&form_json).unwrap_or_default();
            let pointer = format!("/schema{}", e.pointer.as_str());
            let message = format!(
                "the reference validator rejects the data schema: {}",
                e.message
            );
            findings.push(Finding::in_json(&form_json, &text, &pointer, message));
            None
        }
    };
    for path in &valid {
        check_example(path, true, form, reference.as_ref(), findings);
    }
    for path in &invalid {
        check_example(path, false, form, reference.as_ref(), findings);
    }
}

fn check_example(
    path: &Path,
    expect_valid: bool,
    form: &Form,
    reference: Option<&Validator>,
    findings: &mut Vec<Finding>,
) {
    let Some(text) = read(path, findings) else {
        return;
    };
    let data: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            findings.push(Finding::serde(path, &e, "JSON"));
            return;
        }
    };
    let pruned = form.prune(&data);
    let compact_errors = form.schema.validate(&pruned);
    let mut details = ByInstance::new();
    for e in &compact_errors {
        details
            .entry(e.instance.clone())
            .or_default()
            .insert(describe(e));
    }
    let compact = by_instance(compact_errors.iter().map(|e| Issue {
        instance: e.instance.clone(),
        keyword: e.keyword.as_str().to_string(),
    }));
    // Without a reference validator (already a finding), the compact one decides alone.
    let reference = reference.map_or_else(
        || compact.clone(),
        |v| by_instance(reference::issues(v, &pruned)),
    );
    for (instance, message) in judge(expect_valid, &compact, &reference, &details) {
        match instance {
            Some(instance) => findings.push(Finding::in_json(path, &text, &instance, message)),
            None => findings.push(Finding::file(path, message)),
        }
    }
}

/// Errors by instance pointer: keywords, or descriptions.
type ByInstance = BTreeMap<String, BTreeSet<String>>;

/// The findings for one example: `(instance, message)`, `None` for the whole file. `details`
/// describes the compact errors for authors.
fn judge(
    expect_valid: bool,
    compact: &ByInstance,
    reference: &ByInstance,
    details: &ByInstance,
) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    let instances: BTreeSet<&String> = compact.keys().chain(reference.keys()).collect();
    for instance in instances {
        let message = match (compact.get(instance), reference.get(instance)) {
            (Some(_), Some(_)) if expect_valid => {
                let what = details.get(instance).into_iter().flatten().map(String::as_str);
                format!("expected to be valid, but fails {}", join(what))
            }
            (Some(_), Some(_)) | (None, None) => continue,
            (Some(c), None) => format!(
                "the engines disagree: only the compact validator reports {} here (a validator bug)",
                join(c.iter().map(String::as_str))
            ),
            (None, Some(r)) => format!(
                "the engines disagree: only the reference validator reports {} here (a validator bug)",
                join(r.iter().map(String::as_str))
            ),
        };
        out.push((Some(instance.clone()), message));
    }
    if !expect_valid && compact.is_empty() && reference.is_empty() {
        out.push((
            None,
            "expected to be invalid, but both engines accept it".to_string(),
        ));
    }
    out
}

/// The keyword, with the property names that tell an author what to fix.
fn describe(e: &ValidationError) -> String {
    let keyword = e.keyword.as_str();
    match &e.params {
        ErrorParams::Missing(name) => format!("{keyword} ({name})"),
        ErrorParams::MissingDependent { missing, because } => {
            format!("{keyword} ({missing}, because of {because})")
        }
        ErrorParams::Unexpected(names) => format!("{keyword} ({})", names.join(", ")),
        _ => keyword.to_string(),
    }
}

/// Keywords by instance pointer.
fn by_instance(issues: impl IntoIterator<Item = Issue>) -> ByInstance {
    let mut out = ByInstance::new();
    for Issue { instance, keyword } in issues {
        out.entry(instance).or_default().insert(keyword);
    }
    out
}

fn join<'a>(keywords: impl IntoIterator<Item = &'a str>) -> String {
    keywords.into_iter().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(list: &[(&str, &str)]) -> ByInstance {
        by_instance(list.iter().map(|(i, k)| Issue {
            instance: i.to_string(),
            keyword: k.to_string(),
        }))
    }

    fn check(
        expect_valid: bool,
        compact: &[(&str, &str)],
        reference: &[(&str, &str)],
        want: &[(Option<&str>, &str)],
    ) {
        let compact = errors(compact);
        let got = judge(expect_valid, &compact, &errors(reference), &compact);
        let want: Vec<(Option<String>, String)> = want
            .iter()
            .map(|(i, m)| (i.map(str::to_string), m.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn valid_and_accepted_is_fine() {
        check(true, &[], &[], &[]);
    }

    #[test]
    fn invalid_and_rejected_at_the_same_places_is_fine_even_with_other_keywords() {
        check(false, &[("/a", "type")], &[("/a", "anyOf")], &[]);
    }

    #[test]
    fn valid_but_rejected() {
        check(
            true,
            &[("/a", "minLength")],
            &[("/a", "minLength")],
            &[(Some("/a"), "expected to be valid, but fails minLength")],
        );
    }

    #[test]
    fn invalid_but_accepted() {
        check(
            false,
            &[],
            &[],
            &[(None, "expected to be invalid, but both engines accept it")],
        );
    }

    #[test]
    fn disagreement_is_a_finding_whatever_was_expected() {
        let compact_only = "the engines disagree: only the compact validator reports format here (a validator bug)";
        let reference_only = "the engines disagree: only the reference validator reports pattern here (a validator bug)";
        for expect_valid in [true, false] {
            check(
                expect_valid,
                &[("/b", "format")],
                &[("/c", "pattern")],
                &[(Some("/b"), compact_only), (Some("/c"), reference_only)],
            );
        }
    }
}
