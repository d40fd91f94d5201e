//! A problem in a file, located as precisely as the file allows: `path:line: pointer: message`,
//! the shape editors and terminals turn into links. Lint reports these; the server logs them and
//! `pforte validate` prints them for a form that does not compile.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::position;

/// One finding. `pointer` is a JSON pointer into a JSON file or a message id in a Fluent file;
/// empty when the finding is about the whole file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub path: PathBuf,
    /// 1-based; `None` when the file has no line to point at (it is missing, or the thing
    /// the finding is about is absent from it).
    pub line: Option<usize>,
    pub pointer: String,
    pub message: String,
}

impl Finding {
    /// A finding about a whole file (or folder).
    pub fn file(path: &Path, message: impl Into<String>) -> Finding {
        Finding {
            path: path.to_path_buf(),
            line: None,
            pointer: String::new(),
            message: message.into(),
        }
    }

    /// A finding at `pointer` in the JSON text `json` of `path`; the line is the pointer's or
    /// its nearest ancestor's.
    pub fn in_json(path: &Path, json: &str, pointer: &str, message: impl Into<String>) -> Finding {
        Finding {
            path: path.to_path_buf(),
            line: position::nearest_line(json, pointer),
            pointer: pointer.to_string(),
            message: message.into(),
        }
    }

    /// A serde_json error reading `path`: a syntax error is "invalid JSON", anything else
    /// (an unknown field, a wrong type) means the JSON is not what `what` should be.
    pub fn serde(path: &Path, error: &serde_json::Error, what: &str) -> Finding {
        let column = error.column();
        let message = if error.is_syntax() || error.is_eof() || error.is_io() {
            format!("invalid JSON at column {column}: {}", serde_message(error))
        } else {
            format!("not {what} (column {column}): {}", serde_message(error))
        };
        Finding {
            path: path.to_path_buf(),
            line: Some(error.line()).filter(|&l| l > 0),
            pointer: String::new(),
            message,
        }
    }

    /// The finding with its path shown relative to `base` (for stable expected output).
    pub fn relative_to(&self, base: &Path) -> Finding {
        let path = self
            .path
            .strip_prefix(base)
            .unwrap_or(&self.path)
            .to_path_buf();
        Finding {
            path,
            ..self.clone()
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Forward slashes on every platform, so expected output is the same everywhere.
        let path = self.path.to_string_lossy().replace('\\', "/");
        write!(f, "{path}")?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, ": {}", self.pointer)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// serde_json's message without the " at line L column C" it appends (callers show the
/// position their own way).
pub fn serde_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_path_line_pointer_message() {
        let f = Finding::in_json(
            Path::new("forms/a/form.json"),
            "{\n \"id\": 1\n}",
            "/id",
            "bad id",
        );
        assert_eq!(f.to_string(), "forms/a/form.json:2: /id: bad id");
        assert_eq!(
            Finding::file(Path::new("forms/b"), "no form.json").to_string(),
            "forms/b: no form.json"
        );
    }

    #[test]
    fn serde_errors_keep_the_line_and_drop_the_suffix() {
        let e = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ,\n}").unwrap_err();
        let f = Finding::serde(Path::new("x.json"), &e, "a form definition");
        assert_eq!(
            f.to_string(),
            "x.json:2: invalid JSON at column 8: expected value"
        );
    }

    #[test]
    fn relative_paths_strip_the_base() {
        let f =
            Finding::file(Path::new("/tmp/case/forms/a"), "m").relative_to(Path::new("/tmp/case"));
        assert_eq!(f.to_string(), "forms/a: m");
    }
}
