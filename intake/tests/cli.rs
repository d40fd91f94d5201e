//! The `pforte` binary end to end: `validate` and `forms lint` exit codes and output, with real
//! files in a temp dir.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};
use tempfile::TempDir;

fn pforte(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pforte"))
        .args(args)
        .output()
        .expect("runs pforte")
}

fn write(dir: &TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("writes");
    path.to_string_lossy().into_owned()
}

fn fixture(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(path)
        .to_string_lossy()
        .into_owned()
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const SCHEMA: &str = r#"{"type": "object", "properties": {"age": {"type": "integer", "minimum": 0}, "email": {"type": "string", "format": "email"}}, "required": ["age"]}"#;

/// Validate with both engines; both must answer `code` and `errors`.
fn check(args: &[&str], code: i32, errors: Value) {
    for engine in ["compact", "reference"] {
        let mut all = args.to_vec();
        all.extend(["--engine", engine]);
        let output = pforte(&all);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{engine}: {}",
            stderr(&output)
        );
        assert_eq!(
            stdout_json(&output),
            json!({"valid": code == 0, "errors": errors}),
            "{engine}"
        );
    }
}

#[test]
fn validate_schema_valid_is_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let schema = write(&dir, "schema.json", SCHEMA);
    let data = write(
        &dir,
        "data.json",
        r#"{"age": 3, "email": "ada@example.org"}"#,
    );
    check(
        &["validate", "--schema", &schema, "--data", &data],
        0,
        json!([]),
    );
}

#[test]
fn validate_schema_invalid_is_1_with_sorted_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let schema = write(&dir, "schema.json", SCHEMA);
    let data = write(
        &dir,
        "data.json",
        r#"{"email": "not an address", "age": -1}"#,
    );
    let errors = json!([{"instance": "/age", "keyword": "minimum"}, {"instance": "/email", "keyword": "format"}]);
    check(
        &["validate", "--schema", &schema, "--data", &data],
        1,
        errors,
    );
    let data = write(&dir, "missing.json", r#"{}"#);
    check(
        &["validate", "--schema", &schema, "--data", &data],
        1,
        json!([{"instance": "", "keyword": "required"}]),
    );
}

#[test]
fn validate_form_prunes_then_validates() {
    let form = fixture("server/forms/tiny");
    let dir = tempfile::tempdir().expect("temp dir");
    let valid = write(&dir, "valid.json", r#"{"name": "Ada"}"#);
    check(
        &["validate", "--form", &form, "--data", &valid],
        0,
        json!([]),
    );
    let invalid = write(&dir, "invalid.json", r#"{"name": ""}"#);
    check(
        &["validate", "--form", &form, "--data", &invalid],
        1,
        json!([{"instance": "/name", "keyword": "minLength"}]),
    );
    let form_json = fixture("server/forms/tiny/form.json");
    check(
        &["validate", "--form", &form_json, "--data", &valid],
        0,
        json!([]),
    );
}

#[test]
fn malformed_json_is_2_with_the_position() {
    let dir = tempfile::tempdir().expect("temp dir");
    let schema = write(&dir, "schema.json", SCHEMA);
    let data = write(&dir, "data.json", "{\n  \"age\": 3,\n  \"x\": ]\n}");
    let output = pforte(&["validate", "--schema", &schema, "--data", &data]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr(&output),
        format!("pforte: {data}: invalid JSON at line 3 column 8: expected value\n")
    );
}

#[test]
fn unreadable_files_are_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write(&dir, "data.json", "{}");
    let missing = dir
        .path()
        .join("missing.json")
        .to_string_lossy()
        .into_owned();
    let output = pforte(&["validate", "--schema", &missing, "--data", &data]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with(&format!("pforte: {missing}: cannot read: ")),
        "{}",
        stderr(&output)
    );
    let output = pforte(&[
        "validate",
        "--form",
        &dir.path().to_string_lossy(),
        "--data",
        &data,
    ]);
    assert_eq!(output.status.code(), Some(2), "a folder without form.json");
}

#[test]
fn a_schema_or_form_that_does_not_compile_is_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write(&dir, "data.json", "{}");
    let schema = write(
        &dir,
        "schema.json",
        r#"{"properties": {"a": {"pattern": "("}}}"#,
    );
    for engine in ["compact", "reference"] {
        let output = pforte(&[
            "validate", "--schema", &schema, "--data", &data, "--engine", engine,
        ]);
        assert_eq!(output.status.code(), Some(2), "{engine}");
        assert!(
            stderr(&output)
                .starts_with(&format!("pforte: {schema}: the schema does not compile\n")),
            "{}",
            stderr(&output)
        );
    }
    let broken = fixture("server/forms/broken");
    let output = pforte(&["validate", "--form", &broken, "--data", &data]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("the form does not compile"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("/steps/0/items/0/field"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn usage_errors_are_2() {
    assert_eq!(
        pforte(&["validate", "--data", "x.json"]).status.code(),
        Some(2)
    );
    assert_eq!(
        pforte(&["validate", "--schema", "s", "--data", "d", "--engine", "other"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn lint_exit_codes() {
    let clean = pforte(&["forms", "lint", &fixture("lint/clean/forms")]);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&clean.stdout),
        "1 form, 0 findings\n"
    );

    let case = PathBuf::from(fixture("lint/missing-message"));
    let locales = case.join("locales").to_string_lossy().into_owned();
    let findings = pforte(&[
        "forms",
        "lint",
        &case.join("forms").to_string_lossy(),
        "--locales",
        &locales,
    ]);
    assert_eq!(findings.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&findings.stdout).contains("tiny-name-label: missing message"));

    let missing = pforte(&["forms", "lint", "/nonexistent/forms"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        stderr(&missing),
        "pforte: /nonexistent/forms: no such folder\n"
    );
}

#[test]
fn a_calendar_is_checked_with_every_problem_and_a_days_capacity() {
    let calendar = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/calendar.json");
    let ok = pforte(&[
        "office",
        "calendar",
        "check",
        calendar,
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let shown = String::from_utf8_lossy(&ok.stdout);
    assert!(
        shown.contains("eat-pickup")
            && shown.contains("108 slots of 10 min")
            && shown.contains("c11 54"),
        "{shown}"
    );
    let holiday = pforte(&[
        "office",
        "calendar",
        "check",
        calendar,
        "--date",
        "2026-12-24",
    ]);
    assert!(String::from_utf8_lossy(&holiday.stdout).contains("(closed)"));

    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(
        &dir,
        "bad.json",
        r#"{"counters": [{"id": "c1"}, {"id": "c1"}],
            "services": [{"id": "x", "durationMinutes": 0, "counters": ["c9"]}],
            "openingHours": {"monday": ["08:00-07:00"]}, "holidays": ["2026-02-30"],
            "closures": [], "release": {"time": "07:00", "daysAhead": 0}}"#,
    );
    let refused = pforte(&["office", "calendar", "check", &bad]);
    assert_eq!(refused.status.code(), Some(1));
    let problems = stderr(&refused);
    for expected in [
        "c1",
        "c9",
        "2026-02-30",
        "ends at 07:00",
        "daysAhead",
        "6 problem(s)",
    ] {
        assert!(
            problems.contains(expected),
            "{expected} missing: {problems}"
        );
    }
}

#[test]
fn lint_also_checks_a_calendar_and_a_routing_config() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let forms = format!("{root}/forms");
    let calendar = format!("{root}/tests/calendar.json");
    let dir = tempfile::tempdir().expect("temp dir");
    let good = write(
        &dir,
        "routing.json",
        r#"{"teams": [{"id": "cards"}, {"id": "front-desk"}],
  "concernTypes": ["lost-card", "other"],
  "rules": [{"concern": "lost-card", "team": "cards"}, {"team": "front-desk"}]}"#,
    );
    let clean = pforte(&[
        "forms",
        "lint",
        &forms,
        "--calendar",
        &calendar,
        "--routing",
        &good,
    ]);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );

    let bad = write(
        &dir,
        "bad-routing.json",
        r#"{"teams": [{"id": "cards"}],
  "concernTypes": ["lost-card"],
  "rules": [
    {"team": "cards"},
    {"concern": "lost-card", "team": "nobody"}
  ]}"#,
    );
    let found = pforte(&["forms", "lint", &forms, "--routing", &bad]);
    assert_eq!(found.status.code(), Some(1));
    let out = String::from_utf8_lossy(&found.stdout);
    assert!(
        out.contains("bad-routing.json:5: /rules/1") && out.contains("nobody"),
        "each problem at its line: {out}"
    );

    // A concern type the kiosk has no label for, in any language.
    let unlabelled = write(
        &dir,
        "unlabelled.json",
        r#"{"teams": [{"id": "cards"}], "concernTypes": ["lost-card", "parking-fine"],
  "rules": [{"team": "cards"}]}"#,
    );
    let found = pforte(&["forms", "lint", &forms, "--routing", &unlabelled]);
    assert_eq!(found.status.code(), Some(1));
    let out = String::from_utf8_lossy(&found.stdout);
    let missing = out
        .lines()
        .filter(|l| l.contains("kiosk.ftl") && l.contains("kiosk-concern-parking-fine"))
        .count();
    assert_eq!(missing, 8, "one finding per locale: {out}");
    assert!(!out.contains("kiosk-concern-lost-card"), "{out}");
}
