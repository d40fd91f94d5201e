//! Lint tests, data-driven from folders: every folder in `tests/lint/` is one case, with the
//! `forms/` and `locales/` lint reads and `expected.txt`, the exact output (paths relative to
//! the case). `BLESS=1 cargo test -p pforte-intake --test tests lint` rewrites the expected files
//! after a deliberate change; review the diff.
//!
//! Each case's `forms/form.schema.json` is a symlink to the real meta-schema, so the cases also
//! check that the meta-schema and the engine agree on what a definition may contain.

use std::path::{Path, PathBuf};

use pforte_intake::lint::{lint, LintReport};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint")
}

/// The report as `pforte forms lint` prints it, paths relative to `base`.
fn render(report: &LintReport, base: &Path) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        out.push_str(&finding.relative_to(base).to_string());
        out.push('\n');
    }
    out.push_str(&report.summary());
    out.push('\n');
    out
}

/// Lint one case and compare with (or, with BLESS=1, write) its expected.txt.
fn check(case: &Path) -> Result<(), String> {
    let report = lint(&case.join("forms"), &case.join("locales"));
    let actual = render(&report, case);
    let expected_path = case.join("expected.txt");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&expected_path, &actual)
            .map_err(|e| format!("{}: {e}", expected_path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- expected\n{expected}--- actual\n{actual}",
            case.display()
        ))
    }
}

#[test]
fn every_case_reports_exactly_its_expected_findings() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("tests/lint")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the lint cases are missing: {cases:?}");
    let failures: Vec<String> = cases.iter().filter_map(|case| check(case).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ (BLESS=1 rewrites):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_clean_case_has_no_findings() {
    let case = cases_dir().join("clean");
    let report = lint(&case.join("forms"), &case.join("locales"));
    assert!(report.findings.is_empty(), "{}", render(&report, &case));
    assert_eq!(report.forms, 1);
}

#[test]
fn a_missing_folder_is_a_finding_not_a_panic() {
    let report = lint(
        Path::new("/nonexistent/forms"),
        Path::new("/nonexistent/locales"),
    );
    assert_eq!(report.forms, 0);
    assert!(!report.findings.is_empty());
}

/// The forms and translations in the repository lint clean.
#[test]
fn the_repositorys_forms_have_no_findings() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace");
    let report = lint(&repo.join("forms"), &repo.join("locales"));
    assert!(report.findings.is_empty(), "\n{}", render(&report, repo));
}
