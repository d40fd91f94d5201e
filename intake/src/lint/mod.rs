//! `pforte forms lint`: every mistake in the form definitions, their translations and their
//! examples, each as a `path:line: pointer: message` finding.
//!
//! Lint never stops at the first problem and never fails: a folder without form.json, a file
//! that is not JSON or not readable, a Fluent file with syntax errors are all findings, and
//! the checks that can still run on the rest do. The checks, in order:
//!
//! 1. form.json parses and validates against the meta-schema `form.schema.json` (the editor
//!    schema, beside the form folders), then compiles with the engine (pointers resolve, every
//!    field is on a step, only browser-subset keywords, valid patterns, sane attachment limits,
//!    widgets that fit), and its id is its folder's name ([`check_form`]).
//! 2. Its examples: `examples/valid/*.json` are valid and `examples/invalid/*.json` are not,
//!    with both engines, which must agree on where the errors are ([`examples`]).
//! 3. Its messages in every locale, plus code lists and the app's error messages ([`messages`]).

mod examples;
mod messages;

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::reference::Validator;
use pforte_engine::config::{ConfigError, ConfigProblem};
use pforte_engine::form::Form;
use serde_json::Value;

use crate::finding::Finding;
use crate::{load, reference};

/// The meta-schema's file name, in the forms folder.
pub const META_SCHEMA: &str = "form.schema.json";

/// What lint found.
#[derive(Debug, Default)]
pub struct LintReport {
    /// Sorted by path, line, pointer, message; no duplicates.
    pub findings: Vec<Finding>,
    /// Form folders looked at (including broken ones).
    pub forms: usize,
}

impl LintReport {
    /// The one-line summary printed after the findings.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}",
            plural(self.forms, "form"),
            plural(self.findings.len(), "finding")
        )
    }
}

impl fmt::Display for LintReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        writeln!(f, "{}", self.summary())
    }
}

/// Lint every form folder in `forms_dir` against the Fluent files in `locales_dir`.
pub fn lint(forms_dir: &Path, locales_dir: &Path) -> LintReport {
    let mut findings = Vec::new();
    let meta = meta_schema(forms_dir, &mut findings);
    let mut linted = Vec::new();
    let mut forms = 0;
    for dir in subfolders(forms_dir, &mut findings) {
        forms += 1;
        if let Some(form) = check_form(&dir, meta.as_ref(), &mut findings) {
            linted.push(form);
        }
    }
    messages::check(&linted, locales_dir, &mut findings);
    findings.sort();
    findings.dedup();
    LintReport { findings, forms }
}

/// The sub-folders of `dir`, sorted; an unreadable folder is a finding.
fn subfolders(dir: &Path, findings: &mut Vec<Finding>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            findings.push(Finding::file(dir, format!("cannot read the folder: {e}")));
            return Vec::new();
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The files in `dir` whose name ends with `.{ext}`, sorted; a missing folder is no files.
fn files_with_extension(dir: &Path, ext: &str, findings: &mut Vec<Finding>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            findings.push(Finding::file(dir, format!("cannot read the folder: {e}")));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// Read a file as text; a finding if it cannot be read.
fn read(path: &Path, findings: &mut Vec<Finding>) -> Option<String> {
    match load::read_text(path) {
        Ok(text) => Some(text),
        Err(e) => {
            let cause = std::error::Error::source(&e)
                .map(ToString::to_string)
                .unwrap_or_default();
            findings.push(Finding::file(path, format!("cannot read: {cause}")));
            None
        }
    }
}

/// Compile the meta-schema; without it, the check is skipped and that is a finding.
fn meta_schema(forms_dir: &Path, findings: &mut Vec<Finding>) -> Option<Validator> {
    let path = forms_dir.join(META_SCHEMA);
    if !path.exists() {
        findings.push(Finding::file(
            &path,
            "missing: form definitions were not checked against the meta-schema",
        ));
        return None;
    }
    let text = read(&path, findings)?;
    let schema: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            findings.push(Finding::serde(&path, &e, "a JSON Schema"));
            return None;
        }
    };
    match reference::validator(&schema) {
        Ok(v) => Some(v),
        Err(e) => {
            let pointer = e.pointer.as_str().to_string();
            findings.push(Finding::in_json(
                &path,
                &text,
                &pointer,
                format!("not a valid JSON Schema: {}", e.message),
            ));
            None
        }
    }
}

/// Check one form folder; the compiled form if it compiles.
fn check_form(dir: &Path, meta: Option<&Validator>, findings: &mut Vec<Finding>) -> Option<Form> {
    let path = dir.join("form.json");
    if !path.exists() {
        findings.push(Finding::file(dir, "no form.json in this form folder"));
        return None;
    }
    let text = read(&path, findings)?;
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            findings.push(Finding::serde(&path, &e, "JSON"));
            return None;
        }
    };
    let compiled = load::compile_form(&path, &text);
    // Where the compiler has something to say, its message is the more specific one; the
    // meta-schema speaks for the places the compiler does not reach.
    let compiler_pointers: BTreeSet<&str> = match &compiled {
        Err(errors) => errors.iter().map(|f| f.pointer.as_str()).collect(),
        Ok(_) => BTreeSet::new(),
    };
    if let Some(meta) = meta {
        for e in meta.iter_errors(&value) {
            let pointer = e.instance_path().as_str();
            if !compiler_pointers.contains(pointer) {
                findings.push(Finding::in_json(
                    &path,
                    &text,
                    pointer,
                    format!("meta-schema: {}", e.masked()),
                ));
            }
        }
    }
    let form = match compiled {
        Ok(form) => form,
        Err(errors) => {
            findings.extend(errors);
            return None;
        }
    };
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if form.id != folder {
        findings.push(Finding::in_json(
            &path,
            &text,
            "/id",
            format!("the form id must be its folder's name {folder:?}"),
        ));
    }
    examples::check(dir, &form, findings);
    Some(form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_in_words() {
        let mut r = LintReport {
            findings: Vec::new(),
            forms: 1,
        };
        assert_eq!(r.summary(), "1 form, 0 findings");
        r.forms = 2;
        r.findings.push(Finding::file(Path::new("x"), "y"));
        assert_eq!(r.summary(), "2 forms, 1 finding");
    }
}

/// Findings for the office's other JSON configs: an appointment calendar
/// (`pforte_engine::appointments`) or a kiosk routing config (`pforte_engine::kiosk`), each
/// problem at its line.
pub fn config_findings(path: &Path, kind: Config) -> Vec<Finding> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => return vec![Finding::file(path, format!("cannot read: {err}"))],
    };
    fn listed<T, P: ConfigProblem>(
        result: Result<T, Vec<ConfigError<P>>>,
    ) -> Vec<(String, String)> {
        let errors = result.err().unwrap_or_default();
        errors
            .into_iter()
            .map(|e| (e.pointer, e.problem.to_string()))
            .collect()
    }
    let problems = match kind {
        Config::Calendar => listed(pforte_engine::appointments::Calendar::from_json(&text)),
        Config::Routing => listed(pforte_engine::kiosk::Routing::from_json(&text)),
    };
    problems
        .into_iter()
        .map(|(pointer, message)| Finding::in_json(path, &text, &pointer, message))
        .collect()
}

/// The kiosk's texts for a routing config's concern types: `kiosk-concern-<type>` in every
/// locale's kiosk.ftl (the visitor picks from these labels). A config that does not compile
/// has its own findings and none of these.
pub fn routing_label_findings(path: &Path, locales_dir: &Path) -> Vec<Finding> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let Ok(routing) = pforte_engine::kiosk::Routing::from_json(&text) else {
        return Vec::new();
    };
    let ids = routing
        .concern_types()
        .iter()
        .map(|c| format!("kiosk-concern-{c}"))
        .collect();
    messages::require_everywhere(
        locales_dir,
        "kiosk.ftl",
        &ids,
        "the kiosk's concern types (kiosk-concern-<type>)",
    )
}

/// Which config [`config_findings`] reads.
#[derive(Debug, Clone, Copy)]
pub enum Config {
    Calendar,
    Routing,
}
