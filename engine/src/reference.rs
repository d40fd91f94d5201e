//! The reference validator: the `jsonschema` crate, configured to mean what the compact
//! validator means — draft 2020-12, `date` and `email` asserted (`email` decided by the
//! `validator` crate), every other format an annotation. Native only: lint, the office
//! tooling, the differential tests and the benchmarks use this one constructor, so "the
//! reference" is one thing everywhere.

use serde_json::Value;
use validator::ValidateEmail;

pub use jsonschema::Validator;

/// Formats `jsonschema` would assert that are annotations in the subset.
const ANNOTATION_FORMATS: &[&str] = &[
    "date-time",
    "time",
    "duration",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// Why the reference rejected a schema: where in the schema, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaRejected {
    /// JSON pointer into the schema.
    pub pointer: String,
    pub message: String,
}

impl std::fmt::Display for SchemaRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.pointer.is_empty() {
            "#"
        } else {
            &self.pointer
        };
        write!(f, "{at}: {}", self.message)
    }
}

/// Compile `schema` for the reference validator.
pub fn validator(schema: &Value) -> Result<Validator, SchemaRejected> {
    let mut options = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_format("email", |s: &str| s.validate_email());
    for name in ANNOTATION_FORMATS {
        options = options.with_format(*name, |_: &str| true);
    }
    options.build(schema).map_err(|e| SchemaRejected {
        pointer: e.instance_path().as_str().to_owned(),
        message: e.masked().to_string(),
    })
}

/// Every error as (instance pointer, keyword), the keyword named as
/// [`crate::schema::Keyword::as_str`] names it, in the validator's order.
pub fn errors(validator: &Validator, data: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(data)
        .map(|e| (e.instance_path().as_str().to_owned(), keyword(&e)))
        .collect()
}

/// The keyword of a reference error in the compact validator's naming.
fn keyword(error: &jsonschema::ValidationError) -> String {
    let kind = error.kind().keyword();
    match kind {
        "falseSchema" => "false".to_owned(),
        // `dependentRequired` reports as `required`, `minContains`/`maxContains` as `contains`:
        // the schema path names the keyword.
        "required" | "contains" => {
            let path = error.schema_path().as_str();
            path.rsplit('/').next().unwrap_or(kind).to_owned()
        }
        other => other.to_owned(),
    }
}
