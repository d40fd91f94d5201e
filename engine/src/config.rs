//! What the office's JSON configs (the appointment calendar, the kiosk's routing rules) share:
//! one error type, a problem at a JSON pointer, whose problem kinds each config names itself.
//! The text staff read comes from `Display`: `pointer: message`, `(root): message`, or
//! `line L, column C: message` for JSON that does not parse or has the wrong shape.

use std::fmt;

/// One problem in a config: where (a JSON pointer into the document; empty for the root or a
/// JSON syntax or shape error) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError<P> {
    pub pointer: String,
    pub problem: P,
}

/// A config's problem kinds. Each has one for JSON that serde could not read (serde stops at
/// the first such error, so there is at most one).
pub trait ConfigProblem: fmt::Display {
    /// The problem for a serde error at `line`, `column`, with serde's message.
    fn json(line: usize, column: usize, message: String) -> Self;
    /// The line and column, if this is that problem.
    fn json_at(&self) -> Option<(usize, usize)>;
}

/// [`ConfigProblem`] for a problem enum whose variant `Json { line, column, message }` is the
/// serde error (each config's enum has one).
#[macro_export]
macro_rules! config_problem_with_json_variant {
    ($problem:ty) => {
        impl $crate::config::ConfigProblem for $problem {
            fn json(line: usize, column: usize, message: String) -> Self {
                Self::Json {
                    line,
                    column,
                    message,
                }
            }

            fn json_at(&self) -> Option<(usize, usize)> {
                match self {
                    Self::Json { line, column, .. } => Some((*line, *column)),
                    _ => None,
                }
            }
        }
    };
}

impl<P: ConfigProblem> ConfigError<P> {
    /// The error for JSON serde could not read.
    pub fn json(e: &serde_json::Error) -> ConfigError<P> {
        // serde_json's text ends with the location, which the problem carries as fields.
        let text = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
        ConfigError {
            pointer: String::new(),
            problem: P::json(e.line(), e.column(), message),
        }
    }
}

impl<P: ConfigProblem> fmt::Display for ConfigError<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.problem.json_at(), self.pointer.as_str()) {
            (Some((line, column)), "") => {
                write!(f, "line {line}, column {column}: {}", self.problem)
            }
            (_, "") => write!(f, "(root): {}", self.problem),
            (_, pointer) => write!(f, "{pointer}: {}", self.problem),
        }
    }
}

impl<P: ConfigProblem + fmt::Debug> std::error::Error for ConfigError<P> {}
