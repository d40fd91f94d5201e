//! The compact JSON Schema (draft 2020-12) validator that ships to the browser.
//!
//! The reference validator is the `jsonschema` crate; it is too large for the browser, so this
//! one supports a documented keyword subset ([`SUPPORTED_KEYWORDS`], `engine/SCHEMA-SUBSET.md`)
//! and is held to the reference by the JSON-Schema-Test-Suite and by differential tests
//! (`engine/tests/`): same verdict, and errors at the same instance paths with the same keywords.
//!
//! Design: a schema is compiled once into an arena of nodes ([`Schema`]); `$ref`s are arena
//! indices, so recursive schemas compile in finite time. Validation walks the arena without
//! allocating on the valid path: instance pointers are a linked list on the stack and become a
//! `String` only when an error is created. [`Schema::is_valid`] short-circuits; [`Schema::validate`]
//! reports every error, with the granularity of `jsonschema`'s `iter_errors`.
//!
//! `format` is an assertion here (`date`, `email`); other formats are annotations.

mod compile;
pub(crate) mod format;
mod idna;
mod number;
mod validate;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;

use serde_json::{Number, Value};

use crate::regex::RegexEngine;

pub use format::{is_date, is_email};

/// The validation keywords of the subset (annotation keywords are listed in
/// [`ANNOTATION_KEYWORDS`]).
pub const SUPPORTED_KEYWORDS: &[&str] = &[
    "$ref",
    "$defs",
    "type",
    "enum",
    "const",
    "required",
    "properties",
    "additionalProperties",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "dependentRequired",
    "dependentSchemas",
    "items",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
];

/// Keywords that never affect validation and are always allowed, also in strict mode (as is
/// every keyword starting with `x-`). `$id` is allowed at the root only.
pub const ANNOTATION_KEYWORDS: &[&str] = &[
    "title",
    "description",
    "$comment",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$schema",
    "$id",
];

/// The `format` values that are asserted; any other format is an annotation.
pub const ASSERTED_FORMATS: &[&str] = &["date", "email"];

/// How to compile a schema.
pub struct CompileOptions<'a> {
    /// Compiles `pattern`, `patternProperties` and the email format's character classes.
    pub regex: &'a dyn RegexEngine,
    /// Reject keywords outside the subset (forms, `lint`); non-strict ignores unknown keywords
    /// as the specification says (test suite).
    pub strict: bool,
}

/// A compiled schema: immutable, cheap to clone (one reference count).
#[derive(Clone)]
pub struct Schema {
    inner: Arc<compile::Compiled>,
}

impl fmt::Debug for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Schema")
            .field("nodes", &self.inner.nodes.len())
            .finish()
    }
}

impl Schema {
    /// Compile a draft 2020-12 schema (bool or object).
    ///
    /// `strict` rejects keywords outside the subset (annotation keywords and `x-*` are always
    /// allowed); non-strict ignores unknown keywords. Keywords whose semantics the subset
    /// cannot honour (`$dynamicRef`, `unevaluated*`, `$id` below the root, non-local `$ref`)
    /// are errors in both modes, so nothing is silently mis-validated. Every problem is
    /// reported, each with a JSON pointer into the schema.
    // On wasm32 the browser's `RegExp` is neither `Send` nor `Sync` (there is one thread); the
    // `Arc` is for sharing a compiled form across the server's threads natively.
    #[allow(clippy::arc_with_non_send_sync)]
    pub fn compile(schema: &Value, opts: &CompileOptions) -> Result<Schema, Vec<SchemaError>> {
        compile::compile(schema, opts).map(|c| Schema { inner: Arc::new(c) })
    }

    /// Every error of `instance`, with `jsonschema`'s granularity; empty when valid.
    pub fn validate(&self, instance: &Value) -> Vec<ValidationError> {
        let mut out = Vec::new();
        validate::collect(&self.inner, instance, &mut out);
        out
    }

    /// Whether `instance` is valid; stops at the first failure.
    pub fn is_valid(&self, instance: &Value) -> bool {
        validate::is_valid(&self.inner, instance)
    }
}

/// A problem in a schema, found at compile time.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaError {
    /// JSON pointer into the schema ("" = root).
    pub pointer: String,
    pub kind: SchemaErrorKind,
}

/// What is wrong with a schema.
#[derive(Debug, Clone, PartialEq)]
pub enum SchemaErrorKind {
    /// A keyword outside the subset (strict mode), or one whose semantics the subset cannot
    /// honour (any mode).
    UnsupportedKeyword(String),
    /// A keyword's value has the wrong shape.
    InvalidKeywordValue {
        keyword: String,
        expected: &'static str,
    },
    /// A subschema is neither an object nor a boolean.
    InvalidSchema,
    /// A pattern the regex engine rejects.
    InvalidRegex { pattern: String, reason: String },
    /// A local `$ref` that points nowhere (or at something that is not a schema).
    UnresolvedRef(String),
    /// A `$ref` that is not a local JSON pointer (remote, anchor, relative).
    UnsupportedRef(String),
    /// `$ref`s that lead back to the same schema without descending into the instance, which
    /// would never terminate.
    RecursiveRef(String),
}

impl fmt::Display for SchemaErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaErrorKind::UnsupportedKeyword(k) => write!(f, "unsupported keyword `{k}`"),
            SchemaErrorKind::InvalidKeywordValue { keyword, expected } => {
                write!(f, "`{keyword}` must be {expected}")
            }
            SchemaErrorKind::InvalidSchema => {
                f.write_str("a schema must be an object or a boolean")
            }
            SchemaErrorKind::InvalidRegex { pattern, reason } => {
                write!(f, "invalid regular expression `{pattern}`: {reason}")
            }
            SchemaErrorKind::UnresolvedRef(r) => write!(f, "`$ref` `{r}` does not resolve"),
            SchemaErrorKind::UnsupportedRef(r) => {
                write!(f, "`$ref` `{r}` is not a local JSON pointer (`#/...`)")
            }
            SchemaErrorKind::RecursiveRef(r) => write!(
                f,
                "`$ref` `{r}` leads back to the same schema without descending into the instance"
            ),
        }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "#"
        } else {
            self.pointer.as_str()
        };
        write!(f, "{at}: {}", self.kind)
    }
}

impl std::error::Error for SchemaError {}

/// One failed assertion.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// JSON pointer into the instance ("" = root).
    pub instance: String,
    pub keyword: Keyword,
    /// JSON pointer to the failed keyword in the schema (absolute: through `$ref`s it names the
    /// target, e.g. `/$defs/name/minLength`; for `false` schemas, the schema itself).
    pub schema_path: String,
    pub params: ErrorParams,
}

/// The keyword an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Keyword {
    Type,
    Enum,
    Const,
    Required,
    AdditionalProperties,
    PropertyNames,
    MinProperties,
    MaxProperties,
    DependentRequired,
    MinItems,
    MaxItems,
    UniqueItems,
    Contains,
    MinContains,
    MaxContains,
    MinLength,
    MaxLength,
    Pattern,
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MultipleOf,
    AnyOf,
    OneOf,
    Not,
    Format,
    /// The `false` schema (or an equivalent position such as an item beyond `items: false`).
    FalseSchema,
}

impl Keyword {
    /// Every keyword the validator reports (kept complete by the exhaustive match in
    /// `every_keyword_is_listed` below).
    pub const ALL: [Keyword; 28] = [
        Keyword::Type,
        Keyword::Enum,
        Keyword::Const,
        Keyword::Required,
        Keyword::AdditionalProperties,
        Keyword::PropertyNames,
        Keyword::MinProperties,
        Keyword::MaxProperties,
        Keyword::DependentRequired,
        Keyword::MinItems,
        Keyword::MaxItems,
        Keyword::UniqueItems,
        Keyword::Contains,
        Keyword::MinContains,
        Keyword::MaxContains,
        Keyword::MinLength,
        Keyword::MaxLength,
        Keyword::Pattern,
        Keyword::Minimum,
        Keyword::Maximum,
        Keyword::ExclusiveMinimum,
        Keyword::ExclusiveMaximum,
        Keyword::MultipleOf,
        Keyword::AnyOf,
        Keyword::OneOf,
        Keyword::Not,
        Keyword::Format,
        Keyword::FalseSchema,
    ];

    /// The JSON keyword, e.g. `"minLength"`; `"false"` for [`Keyword::FalseSchema`].
    pub fn as_str(&self) -> &'static str {
        match self {
            Keyword::Type => "type",
            Keyword::Enum => "enum",
            Keyword::Const => "const",
            Keyword::Required => "required",
            Keyword::AdditionalProperties => "additionalProperties",
            Keyword::PropertyNames => "propertyNames",
            Keyword::MinProperties => "minProperties",
            Keyword::MaxProperties => "maxProperties",
            Keyword::DependentRequired => "dependentRequired",
            Keyword::MinItems => "minItems",
            Keyword::MaxItems => "maxItems",
            Keyword::UniqueItems => "uniqueItems",
            Keyword::Contains => "contains",
            Keyword::MinContains => "minContains",
            Keyword::MaxContains => "maxContains",
            Keyword::MinLength => "minLength",
            Keyword::MaxLength => "maxLength",
            Keyword::Pattern => "pattern",
            Keyword::Minimum => "minimum",
            Keyword::Maximum => "maximum",
            Keyword::ExclusiveMinimum => "exclusiveMinimum",
            Keyword::ExclusiveMaximum => "exclusiveMaximum",
            Keyword::MultipleOf => "multipleOf",
            Keyword::AnyOf => "anyOf",
            Keyword::OneOf => "oneOf",
            Keyword::Not => "not",
            Keyword::Format => "format",
            Keyword::FalseSchema => "false",
        }
    }
}

/// A new `Keyword` variant makes this match non-exhaustive: the build fails here until the
/// variant is also listed in [`Keyword::ALL`].
#[allow(dead_code)]
fn every_keyword_is_listed(keyword: Keyword) {
    match keyword {
        Keyword::Type
        | Keyword::Enum
        | Keyword::Const
        | Keyword::Required
        | Keyword::AdditionalProperties
        | Keyword::PropertyNames
        | Keyword::MinProperties
        | Keyword::MaxProperties
        | Keyword::DependentRequired
        | Keyword::MinItems
        | Keyword::MaxItems
        | Keyword::UniqueItems
        | Keyword::Contains
        | Keyword::MinContains
        | Keyword::MaxContains
        | Keyword::MinLength
        | Keyword::MaxLength
        | Keyword::Pattern
        | Keyword::Minimum
        | Keyword::Maximum
        | Keyword::ExclusiveMinimum
        | Keyword::ExclusiveMaximum
        | Keyword::MultipleOf
        | Keyword::AnyOf
        | Keyword::OneOf
        | Keyword::Not
        | Keyword::Format
        | Keyword::FalseSchema => {}
    }
}

impl fmt::Display for Keyword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The typed arguments of an error, for messages (text is produced late, by Fluent).
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorParams {
    /// No argument (`const`, `uniqueItems`, `anyOf`, `not`, `false`; `contains` and
    /// `maxContains` when no item matched: the reference names `maxContains` then).
    None,
    /// `type`: the allowed types.
    Types(JsonTypes),
    /// `enum`: how many values are allowed.
    AllowedValues(usize),
    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`: the limit as
    /// written in the schema.
    Limit(Number),
    /// `minLength`, `maxLength` (code points), `minItems`, `maxItems`, `minProperties`,
    /// `maxProperties`, `minContains`, `maxContains`: the limit.
    Count(u64),
    /// `required`: the missing property.
    Missing(String),
    /// `dependentRequired`: the missing property and the present one that requires it.
    MissingDependent { missing: String, because: String },
    /// `additionalProperties: false`: the properties that are not allowed (one error per object).
    Unexpected(Vec<String>),
    /// `pattern`: the pattern.
    Pattern(String),
    /// `format`: the format name.
    Format(String),
    /// `oneOf`: how many subschemas matched (0, or 2 meaning "more than one").
    Matched(usize),
    /// `propertyNames`: the offending name and its error (whose `instance` is "").
    PropertyName {
        name: String,
        error: Box<ValidationError>,
    },
}

/// A set of JSON types (`type` keyword).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct JsonTypes(pub(crate) u8);

/// The JSON Schema type names, in [`JsonTypes`] bit order.
const TYPE_NAMES: [&str; 7] = [
    "null", "boolean", "object", "array", "number", "string", "integer",
];

impl JsonTypes {
    /// The type names in the set, in a fixed order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        TYPE_NAMES
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, n)| *n)
    }

    /// Whether the set names `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.names().any(|n| n == name)
    }

    pub(crate) fn bit(name: &str) -> Option<u8> {
        TYPE_NAMES.iter().position(|n| *n == name).map(|i| 1 << i)
    }
}
