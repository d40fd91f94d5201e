//! Reading the files the commands work on (JSON documents, form definitions) with errors that
//! name the file and the place in it. Server, `validate` and `lint` compile forms only here, so
//! they agree on what a loadable form is.

use std::path::Path;

use pforte_engine::definition::FormDoc;
use pforte_engine::form::Form;
use pforte_engine::regex::RegressEngine;
use serde_json::Value;

use crate::error::InputError;
use crate::finding::{serde_message, Finding};

/// Read a file as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    std::fs::read_to_string(path).map_err(|source| InputError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Read and parse a JSON file; returns the text too, for locating pointers in it.
pub fn read_json(path: &Path) -> Result<(String, Value), InputError> {
    let text = read_text(path)?;
    let value = serde_json::from_str(&text).map_err(|e| InputError::Json {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: serde_message(&e),
    })?;
    Ok((text, value))
}

/// Parse and compile the form definition `text` read from `path`: every problem as a finding
/// (a serde error with its line; compile errors with their pointer and line).
pub fn compile_form(path: &Path, text: &str) -> Result<Form, Vec<Finding>> {
    let doc =
        FormDoc::parse(text).map_err(|e| vec![Finding::serde(path, &e, "a form definition")])?;
    Form::compile(&doc, &RegressEngine).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| Finding::in_json(path, text, &e.pointer, e.message))
            .collect()
    })
}

/// Read and compile a form from its folder or its form.json.
pub fn read_form(path: &Path) -> Result<Form, InputError> {
    let path = if path.is_dir() {
        path.join("form.json")
    } else {
        path.to_path_buf()
    };
    let text = read_text(&path)?;
    compile_form(&path, &text).map_err(|findings| InputError::Form { path, findings })
}
