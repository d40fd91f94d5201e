//! `pforte validate`: one data file against a form or a bare schema, with either engine.
//!
//! Against a form, data is validated the way the app submits it: first pruned of the values
//! of hidden steps, sections and fields (`Form::prune`), then checked against the data schema.
//! That is also what the server will re-validate, so this command answers "would the office
//! accept this submission".

use std::path::{Path, PathBuf};

use pforte_engine::regex::RegressEngine;
use pforte_engine::schema::{CompileOptions, Schema, SchemaError};
use serde::Serialize;
use serde_json::Value;

use crate::error::InputError;
use crate::finding::Finding;
use crate::load;
use crate::reference;

/// Which validator decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// The engine's compact validator, the one the browser runs
    Compact,
    /// The `jsonschema` crate, the reference the compact one is held to
    Reference,
}

/// What the data is validated against.
#[derive(Debug, Clone)]
pub enum Target {
    /// A form folder or its form.json.
    Form(PathBuf),
    /// A JSON Schema file.
    Schema(PathBuf),
}

/// One validation error: where in the data, which keyword.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Issue {
    pub instance: String,
    pub keyword: String,
}

/// The command's answer, printed as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub valid: bool,
    /// Sorted by instance, then keyword; no duplicates.
    pub errors: Vec<Issue>,
}

impl Outcome {
    pub fn new(issues: Vec<Issue>) -> Outcome {
        let errors = normalize(issues);
        Outcome {
            valid: errors.is_empty(),
            errors,
        }
    }
}

/// Sort by instance then keyword and drop duplicates (combinators can report one place twice).
pub fn normalize(mut issues: Vec<Issue>) -> Vec<Issue> {
    issues.sort();
    issues.dedup();
    issues
}

/// Validate the JSON file `data` against `target` with `engine`.
pub fn run(target: &Target, data: &Path, engine: Engine) -> Result<Outcome, InputError> {
    let (_, data) = load::read_json(data)?;
    let issues = match target {
        Target::Form(path) => {
            let form = load::read_form(path)?;
            let pruned = form.prune(&data);
            match engine {
                Engine::Compact => compact_issues(&form.schema, &pruned),
                Engine::Reference => {
                    let path = if path.is_dir() {
                        path.join("form.json")
                    } else {
                        path.clone()
                    };
                    let validator =
                        reference::validator(&form.raw_schema).map_err(|e| InputError::Form {
                            findings: vec![Finding::file(
                                &path,
                                format!("the reference validator rejects the data schema: {e}"),
                            )],
                            path,
                        })?;
                    reference::issues(&validator, &pruned)
                }
            }
        }
        Target::Schema(path) => {
            let (text, schema) = load::read_json(path)?;
            match engine {
                Engine::Compact => {
                    let options = CompileOptions {
                        regex: &RegressEngine,
                        strict: true,
                    };
                    let schema = Schema::compile(&schema, &options).map_err(|errors| {
                        InputError::Schema {
                            path: path.clone(),
                            findings: errors
                                .into_iter()
                                .map(|e| {
                                    Finding::in_json(path, &text, &e.pointer, schema_message(&e))
                                })
                                .collect(),
                        }
                    })?;
                    compact_issues(&schema, &data)
                }
                Engine::Reference => {
                    let validator =
                        reference::validator(&schema).map_err(|e| InputError::Schema {
                            path: path.clone(),
                            findings: vec![Finding::in_json(
                                path,
                                &text,
                                e.pointer.as_str(),
                                e.message.clone(),
                            )],
                        })?;
                    reference::issues(&validator, &data)
                }
            }
        }
    };
    Ok(Outcome::new(issues))
}

/// A schema error's message without its pointer (the finding shows the pointer itself).
fn schema_message(error: &SchemaError) -> String {
    let text = error.to_string();
    let at = if error.pointer.is_empty() {
        "#"
    } else {
        &error.pointer
    };
    match text
        .strip_prefix(at)
        .and_then(|rest| rest.strip_prefix(": "))
    {
        Some(message) => message.to_string(),
        None => text,
    }
}

/// Every error of the compact validator as (instance pointer, keyword).
pub fn compact_issues(schema: &Schema, data: &Value) -> Vec<Issue> {
    schema
        .validate(data)
        .into_iter()
        .map(|e| Issue {
            instance: e.instance.to_string(),
            keyword: e.keyword.as_str().to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(instance: &str, keyword: &str) -> Issue {
        Issue {
            instance: instance.to_string(),
            keyword: keyword.to_string(),
        }
    }

    #[test]
    fn outcome_sorts_and_dedups() {
        let o = Outcome::new(vec![
            issue("/b", "type"),
            issue("/a", "required"),
            issue("/b", "type"),
            issue("/a", "anyOf"),
        ]);
        assert!(!o.valid);
        assert_eq!(
            o.errors,
            vec![
                issue("/a", "anyOf"),
                issue("/a", "required"),
                issue("/b", "type")
            ]
        );
        assert!(Outcome::new(Vec::new()).valid);
    }
}
