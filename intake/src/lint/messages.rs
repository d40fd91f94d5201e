//! Lint's message check: every text a form shows exists in every locale, and nothing else does.
//!
//! For each locale folder in the locales folder (`locales/<lang>/`):
//! - `<form-id>.ftl` has every required message of each form and no orphans (ids that are
//!   neither required nor optional for the form);
//! - `codelists.ftl` has `codelist-<list>-<value>` for every value of every code list a form uses;
//! - `app.ftl` has `error-<keyword>` for every keyword the compact validator can report
//!   (forms are data: a new form never needs new app texts); without any `app.ftl`, that is
//!   one finding;
//! - every `.ftl` file parses, and defines each message once;
//! - a message that exists in some locales' copy of a file but not in another's is flagged
//!   there (required ones are already reported as missing, so once is enough).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use pforte_engine::form::{message, Form};
use pforte_engine::i18n::{self, LOCALES};
use pforte_engine::schema::Keyword;

use super::{files_with_extension, read, subfolders};
use crate::finding::Finding;
use crate::position::line_at;

/// The app's own messages (not a form's).
const APP_FILE: &str = "app.ftl";
/// Display names of code-list values, shared by all forms.
const CODELISTS_FILE: &str = "codelists.ftl";

/// Check the messages of the compiled `forms` against `locales_dir`.
pub(super) fn check(forms: &[Form], locales_dir: &Path, findings: &mut Vec<Finding>) {
    if !locales_dir.is_dir() {
        findings.push(Finding::file(
            locales_dir,
            "no locales folder: no message was checked",
        ));
        return;
    }
    let mut checker = Checker {
        locales_dir,
        findings,
        files: BTreeMap::new(),
        tags: Vec::new(),
        reported: BTreeSet::new(),
        orphans: BTreeSet::new(),
    };
    checker.read_all();
    let mut code_values = BTreeSet::new();
    for form in forms {
        let ids = form.message_ids();
        code_values.extend(ids.code_values.iter().cloned());
        let file = format!("{}.ftl", form.id);
        let what = format!("the form {}'s messages", form.id);
        checker.require(&file, &ids.required, &what, Some(&ids.optional));
    }
    if !code_values.is_empty() {
        checker.require(
            CODELISTS_FILE,
            &code_values,
            "the code lists' value names",
            None,
        );
    }
    // A message for every keyword the validator can report: forms are data, so a new form
    // must never need a translation of the app's own texts.
    let app_ids: BTreeSet<String> = Keyword::ALL
        .iter()
        .map(|k| message::error(k.as_str()))
        .collect();
    if checker
        .tags
        .iter()
        .all(|tag| checker.get(APP_FILE, tag).is_none())
    {
        let message = format!(
            "no locale has {APP_FILE}: the app's error messages (error-<keyword>) were not checked"
        );
        checker.findings.push(Finding::file(locales_dir, message));
        checker.reported_files(APP_FILE);
    } else {
        checker.require(
            APP_FILE,
            &app_ids,
            "the app's error messages (error-<keyword>)",
            None,
        );
    }
    checker.consistency();
}

/// `ids` must be in `file` of every locale (e.g. the kiosk's concern types in kiosk.ftl); the
/// findings name each locale and message missing. Nothing else is checked here: [`check`]
/// does the rest of the locales.
pub(super) fn require_everywhere(
    locales_dir: &Path,
    file: &str,
    ids: &BTreeSet<String>,
    what: &str,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut checker = Checker {
        locales_dir,
        findings: &mut findings,
        files: BTreeMap::new(),
        tags: Vec::new(),
        reported: BTreeSet::new(),
        orphans: BTreeSet::new(),
    };
    checker.read_all();
    // read_all reports unreadable and unparsable files; check() reports those already.
    checker.findings.clear();
    checker.require(file, ids, what, None);
    findings
}

/// One parsed Fluent file: its message ids with their lines.
struct Ftl {
    ids: BTreeMap<String, usize>,
}

struct Checker<'a> {
    locales_dir: &'a Path,
    findings: &'a mut Vec<Finding>,
    /// file name → locale tag → file.
    files: BTreeMap<String, BTreeMap<String, Ftl>>,
    /// Locale folders, sorted.
    tags: Vec<String>,
    /// (tag, file, id) already reported missing; `""` as id for a whole missing file.
    reported: BTreeSet<(String, String, String)>,
    /// (file, id) reported as orphans: not to be copied into the other locales.
    orphans: BTreeSet<(String, String)>,
}

impl Checker<'_> {
    fn read_all(&mut self) {
        for dir in subfolders(self.locales_dir, self.findings) {
            let tag = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !LOCALES.iter().any(|(t, _, _)| *t == tag) {
                self.findings.push(Finding::file(
                    &dir,
                    "not one of the locales the app offers (pforte_engine::i18n::LOCALES)",
                ));
            }
            for path in files_with_extension(&dir, "ftl", self.findings) {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if let Some(ftl) = read_ftl(&path, self.findings) {
                    self.files.entry(name).or_default().insert(tag.clone(), ftl);
                }
            }
            self.tags.push(tag);
        }
    }

    fn get(&self, file: &str, tag: &str) -> Option<&Ftl> {
        self.files.get(file)?.get(tag)
    }

    fn path(&self, tag: &str, file: &str) -> std::path::PathBuf {
        self.locales_dir.join(tag).join(file)
    }

    fn reported_files(&mut self, file: &str) {
        for tag in &self.tags {
            self.reported
                .insert((tag.clone(), file.to_string(), String::new()));
        }
    }

    /// `file` must exist in every locale and define every id in `required`; with `allowed`,
    /// ids that are neither required nor allowed are orphans.
    fn require(
        &mut self,
        file: &str,
        required: &BTreeSet<String>,
        what: &str,
        allowed: Option<&BTreeSet<String>>,
    ) {
        for tag in self.tags.clone() {
            let path = self.path(&tag, file);
            let Some(ftl) = self.get(file, &tag) else {
                self.findings.push(Finding::file(
                    &path,
                    format!("missing: {what} are not translated into {tag}"),
                ));
                self.reported.insert((tag, file.to_string(), String::new()));
                continue;
            };
            let missing: Vec<String> = required
                .iter()
                .filter(|id| !ftl.ids.contains_key(*id))
                .cloned()
                .collect();
            let orphans: Vec<(String, usize)> = match allowed {
                Some(allowed) => ftl
                    .ids
                    .iter()
                    .filter(|(id, _)| !required.contains(*id) && !allowed.contains(*id))
                    .map(|(id, line)| (id.clone(), *line))
                    .collect(),
                None => Vec::new(),
            };
            for id in missing {
                self.findings.push(Finding {
                    path: path.clone(),
                    line: None,
                    pointer: id.clone(),
                    message: "missing message".into(),
                });
                self.reported.insert((tag.clone(), file.to_string(), id));
            }
            for (id, line) in orphans {
                self.orphans.insert((file.to_string(), id.clone()));
                let message = "orphan message: the form has no field, step, section, info or attachment it belongs to";
                self.findings.push(Finding {
                    path: path.clone(),
                    line: Some(line),
                    pointer: id,
                    message: message.into(),
                });
            }
        }
    }

    /// A message in some locales' copy of a file must be in every locale's.
    fn consistency(&mut self) {
        let mut found = Vec::new();
        for (file, by_tag) in &self.files {
            let mut present: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (tag, ftl) in by_tag {
                for id in ftl.ids.keys() {
                    present.entry(id).or_default().push(tag);
                }
            }
            for tag in &self.tags {
                let path = self.path(tag, file);
                let Some(ftl) = by_tag.get(tag) else {
                    if !self
                        .reported
                        .contains(&(tag.clone(), file.clone(), String::new()))
                    {
                        let others: Vec<&str> = by_tag.keys().map(String::as_str).collect();
                        found.push(Finding::file(
                            &path,
                            format!("missing: the file exists in {}", others.join(", ")),
                        ));
                    }
                    continue;
                };
                for (id, tags) in &present {
                    let key = (tag.clone(), file.clone(), id.to_string());
                    let orphan = self.orphans.contains(&(file.clone(), id.to_string()));
                    if !ftl.ids.contains_key(*id) && !self.reported.contains(&key) && !orphan {
                        let message = format!("missing here, but present in {}", tags.join(", "));
                        found.push(Finding {
                            path: path.clone(),
                            line: None,
                            pointer: id.to_string(),
                            message,
                        });
                    }
                }
            }
        }
        self.findings.extend(found);
    }
}

/// Parse a Fluent file: syntax errors and duplicate ids are findings; the ids are read even
/// from a file with errors, so one broken message does not make all others "missing".
fn read_ftl(path: &Path, findings: &mut Vec<Finding>) -> Option<Ftl> {
    let text = read(path, findings)?;
    let scanned = scan_ids(&text);
    let parsed: Option<BTreeSet<String>> = match i18n::parse(&text) {
        Ok(resource) => Some(i18n::message_ids(&resource).into_iter().collect()),
        Err(errors) => {
            for e in errors {
                findings.push(Finding {
                    path: path.to_path_buf(),
                    line: Some(line_at(&text, e.offset)),
                    pointer: String::new(),
                    message: format!("syntax error: {}", e.message),
                });
            }
            None
        }
    };
    let mut ids = BTreeMap::new();
    for (id, line) in scanned {
        if parsed.as_ref().is_some_and(|p| !p.contains(&id)) {
            continue;
        }
        match ids.get(&id) {
            Some(first) => findings.push(Finding {
                path: path.to_path_buf(),
                line: Some(line),
                pointer: id.clone(),
                message: format!(
                    "defined twice (first on line {first}); the first definition wins"
                ),
            }),
            None => {
                ids.insert(id, line);
            }
        }
    }
    Some(Ftl { ids })
}

/// Message ids with their 1-based lines, read from the text: in Fluent, an unindented line
/// `identifier =` starts a message (terms start with `-`, comments with `#`, continuation lines
/// are indented), which holds even where the parser gave up.
fn scan_ids(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        if line[end..].trim_start().starts_with('=') {
            out.push((line[..end].to_string(), i + 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_message_ids_not_terms_comments_or_continuations() {
        let text = "# c\n-term = T\na = A\n    b = not a message\nc-d_e= x\n  .attr = y\nf =\n    multi\n[one] x\n";
        let got = scan_ids(text);
        let want: Vec<(String, usize)> = [("a", 3), ("c-d_e", 5), ("f", 7)]
            .iter()
            .map(|(i, l)| (i.to_string(), *l))
            .collect();
        assert_eq!(got, want);
    }
}
