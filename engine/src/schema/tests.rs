//! Unit tests of the compact validator: one `check(schema, data, expected)` helper, where
//! `expected` lists the errors as `"<instance pointer> <keyword>"`, and many one-line tests.
//! Malformed schemas are checked with `check_schema_error`.

use serde_json::{json, Value};

use super::{CompileOptions, ErrorParams, Keyword, Schema, SchemaErrorKind};
use crate::regex::RegressEngine;

fn compile(schema: &Value) -> Schema {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: true,
    };
    match Schema::compile(schema, &opts) {
        Ok(s) => s,
        Err(errors) => panic!("{schema} does not compile: {errors:?}"),
    }
}

/// Validate `data`; the errors, as "<instance> <keyword>", must be `expected` (any order).
fn check(schema: Value, data: Value, expected: &[&str]) {
    let s = compile(&schema);
    let errors = s.validate(&data);
    let mut got: Vec<String> = errors
        .iter()
        .map(|e| format!("{} {}", e.instance, e.keyword.as_str()))
        .collect();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|e| (*e).to_owned()).collect();
    want.sort();
    assert_eq!(got, want, "schema {schema} data {data}");
    assert_eq!(
        s.is_valid(&data),
        expected.is_empty(),
        "is_valid of {data} under {schema}"
    );
}

/// Compiling must fail with an error of this kind at this pointer (strict mode).
fn check_schema_error(schema: Value, pointer: &str, kind: fn(&SchemaErrorKind) -> bool) {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: true,
    };
    let errors = Schema::compile(&schema, &opts).err().unwrap_or_default();
    assert!(
        errors.iter().any(|e| e.pointer == pointer && kind(&e.kind)),
        "{schema}: expected an error at {pointer:?}, got {errors:?}"
    );
}

// Types and values.
#[test]
fn type_ok() {
    check(json!({"type": "string"}), json!("a"), &[]);
}
#[test]
fn type_wrong() {
    check(json!({"type": "string"}), json!(1), &[" type"]);
}
#[test]
fn type_integer_float() {
    check(json!({"type": "integer"}), json!(1.0), &[]);
}
#[test]
fn type_integer_fraction() {
    check(json!({"type": "integer"}), json!(1.5), &[" type"]);
}
#[test]
fn type_list() {
    check(json!({"type": ["string", "null"]}), json!(null), &[]);
}
#[test]
fn enum_number_by_value() {
    check(json!({"enum": [1, "a"]}), json!(1.0), &[]);
}
#[test]
fn enum_miss() {
    check(json!({"enum": [1, "a"]}), json!("b"), &[" enum"]);
}
#[test]
fn const_object_unordered() {
    check(
        json!({"const": {"a": 1, "b": [2]}}),
        json!({"b": [2.0], "a": 1}),
        &[],
    );
}
#[test]
fn const_miss() {
    check(json!({"const": false}), json!(0), &[" const"]);
}

// Objects.
#[test]
fn required_each_missing() {
    check(
        json!({"required": ["a", "b"]}),
        json!({}),
        &[" required", " required"],
    );
}
#[test]
fn required_ignores_non_objects() {
    check(json!({"required": ["a"]}), json!([]), &[]);
}
#[test]
fn properties_descend() {
    check(
        json!({"properties": {"a": {"type": "string"}}}),
        json!({"a": 1}),
        &["/a type"],
    );
}
#[test]
fn property_pointer_escaped() {
    check(
        json!({"properties": {"a/b~": {"type": "string"}}}),
        json!({"a/b~": 1}),
        &["/a~1b~0 type"],
    );
}
#[test]
fn additional_false_one_error() {
    check(
        json!({"properties": {"a": {}}, "additionalProperties": false}),
        json!({"a": 1, "b": 2, "c": 3}),
        &[" additionalProperties"],
    );
}
#[test]
fn additional_schema_per_property() {
    check(
        json!({"additionalProperties": {"type": "string"}}),
        json!({"b": 2, "c": 3}),
        &["/b type", "/c type"],
    );
}
#[test]
fn additional_respects_patterns() {
    check(
        json!({"patternProperties": {"^x": true}, "additionalProperties": false}),
        json!({"xa": 1}),
        &[],
    );
}
#[test]
fn pattern_properties_descend() {
    check(
        json!({"patternProperties": {"^a": {"type": "string"}}}),
        json!({"ab": 1, "b": 1}),
        &["/ab type"],
    );
}
#[test]
fn property_names_at_object() {
    check(
        json!({"propertyNames": {"maxLength": 1}}),
        json!({"ab": 1, "c": 2}),
        &[" propertyNames"],
    );
}
#[test]
fn property_names_false() {
    check(
        json!({"propertyNames": false}),
        json!({"a": 1}),
        &[" false"],
    );
}
#[test]
fn property_names_false_empty() {
    check(json!({"propertyNames": false}), json!({}), &[]);
}
#[test]
fn min_properties() {
    check(
        json!({"minProperties": 2}),
        json!({"a": 1}),
        &[" minProperties"],
    );
}
#[test]
fn max_properties() {
    check(
        json!({"maxProperties": 0}),
        json!({"a": 1}),
        &[" maxProperties"],
    );
}
#[test]
fn dependent_required() {
    check(
        json!({"dependentRequired": {"a": ["b", "c"]}}),
        json!({"a": 1, "c": 1}),
        &[" dependentRequired"],
    );
}
#[test]
fn dependent_required_absent_trigger() {
    check(
        json!({"dependentRequired": {"a": ["b"]}}),
        json!({"c": 1}),
        &[],
    );
}
#[test]
fn dependent_schemas() {
    check(
        json!({"dependentSchemas": {"a": {"required": ["z"]}}}),
        json!({"a": 1}),
        &[" required"],
    );
}
#[test]
fn dependent_schemas_false() {
    check(
        json!({"dependentSchemas": {"a": false}}),
        json!({"a": 1}),
        &[" false"],
    );
}

// Arrays.
#[test]
fn items_descend() {
    check(
        json!({"items": {"type": "string"}}),
        json!(["a", 1]),
        &["/1 type"],
    );
}
#[test]
fn items_false() {
    check(
        json!({"items": false}),
        json!([1, 2]),
        &["/0 false", "/1 false"],
    );
}
#[test]
fn prefix_items_then_items() {
    check(
        json!({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}),
        json!([1, 2, "x"]),
        &["/0 type", "/2 type"],
    );
}
#[test]
fn contains_none() {
    check(
        json!({"contains": {"type": "string"}}),
        json!([1]),
        &[" contains"],
    );
}
#[test]
fn contains_empty_array() {
    check(json!({"contains": false}), json!([]), &[" contains"]);
}
#[test]
fn min_contains() {
    check(
        json!({"contains": {"type": "string"}, "minContains": 2}),
        json!(["a", 1]),
        &[" minContains"],
    );
}
#[test]
fn min_contains_zero() {
    check(
        json!({"contains": {"type": "string"}, "minContains": 0}),
        json!([1]),
        &[],
    );
}
#[test]
fn max_contains() {
    check(
        json!({"contains": {"type": "string"}, "maxContains": 1}),
        json!(["a", "b"]),
        &[" maxContains"],
    );
}
#[test]
fn max_contains_none_matched() {
    check(
        json!({"contains": {"type": "string"}, "maxContains": 1}),
        json!([1]),
        &[" maxContains"],
    );
}
#[test]
fn min_and_max_contains_too_many() {
    check(
        json!({"contains": {"type": "string"}, "minContains": 3, "maxContains": 1}),
        json!(["a", "b"]),
        &[" maxContains"],
    );
}
#[test]
fn min_items() {
    check(json!({"minItems": 1}), json!([]), &[" minItems"]);
}
#[test]
fn max_items() {
    check(json!({"maxItems": 1}), json!([1, 2]), &[" maxItems"]);
}
#[test]
fn unique_items_by_value() {
    check(
        json!({"uniqueItems": true}),
        json!([1, 1.0]),
        &[" uniqueItems"],
    );
}
#[test]
fn unique_items_objects() {
    check(
        json!({"uniqueItems": true}),
        json!([{"a": 1, "b": 2}, {"b": 2, "a": 1}]),
        &[" uniqueItems"],
    );
}
#[test]
fn unique_items_distinct() {
    check(
        json!({"uniqueItems": true}),
        json!([1, "1", [1], {"a": 1}]),
        &[],
    );
}

// Strings.
#[test]
fn min_length_code_points() {
    check(json!({"minLength": 2}), json!("\u{1F4A9}"), &[" minLength"]);
}
#[test]
fn max_length_code_points() {
    check(json!({"maxLength": 1}), json!("\u{1F4A9}"), &[]);
}
#[test]
fn max_length_too_long() {
    check(json!({"maxLength": 2}), json!("äöü"), &[" maxLength"]);
}
#[test]
fn min_length_decimal() {
    check(json!({"minLength": 2.0}), json!("a"), &[" minLength"]);
}
#[test]
fn pattern_unanchored() {
    check(json!({"pattern": "b"}), json!("abc"), &[]);
}
#[test]
fn pattern_miss() {
    check(json!({"pattern": "^b"}), json!("abc"), &[" pattern"]);
}
#[test]
fn pattern_ignores_numbers() {
    check(json!({"pattern": "^b"}), json!(1), &[]);
}
#[test]
fn format_date() {
    check(json!({"format": "date"}), json!("2023-02-29"), &[" format"]);
}
#[test]
fn format_date_leap() {
    check(json!({"format": "date"}), json!("2024-02-29"), &[]);
}
#[test]
fn format_email() {
    check(json!({"format": "email"}), json!("a@b"), &[]);
}
#[test]
fn format_email_bad() {
    check(json!({"format": "email"}), json!("a@-b"), &[" format"]);
}
#[test]
fn format_email_idn() {
    check(json!({"format": "email"}), json!("max@müller.de"), &[]);
}
#[test]
fn format_unknown_ignored() {
    check(json!({"format": "uri"}), json!("::"), &[]);
}

// Numbers.
#[test]
fn minimum() {
    check(json!({"minimum": 3}), json!(2.5), &[" minimum"]);
}
#[test]
fn minimum_equal() {
    check(json!({"minimum": 3}), json!(3.0), &[]);
}
#[test]
fn maximum() {
    check(json!({"maximum": 3}), json!(4), &[" maximum"]);
}
#[test]
fn exclusive_minimum() {
    check(
        json!({"exclusiveMinimum": 0}),
        json!(0),
        &[" exclusiveMinimum"],
    );
}
#[test]
fn exclusive_maximum() {
    check(json!({"exclusiveMaximum": 0}), json!(-0.5), &[]);
}
#[test]
fn multiple_of_float_safe() {
    check(json!({"multipleOf": 0.01}), json!(19.99), &[]);
}
#[test]
fn multiple_of_miss() {
    check(json!({"multipleOf": 0.01}), json!(0.075), &[" multipleOf"]);
}
#[test]
fn big_integers_exact() {
    check(
        json!({"maximum": 18446744073709551614_u64}),
        json!(18446744073709551615_u64),
        &[" maximum"],
    );
}

// Combinators and references.
#[test]
fn all_of_descends() {
    check(
        json!({"allOf": [{"type": "string"}, {"minimum": 5}]}),
        json!(1),
        &[" type", " minimum"],
    );
}
#[test]
fn any_of_one_error() {
    check(
        json!({"anyOf": [{"type": "string"}, {"minimum": 5}]}),
        json!(1),
        &[" anyOf"],
    );
}
#[test]
fn one_of_none() {
    check(
        json!({"oneOf": [{"type": "string"}, {"minimum": 5}]}),
        json!(1),
        &[" oneOf"],
    );
}
#[test]
fn one_of_two() {
    check(
        json!({"oneOf": [{"type": "integer"}, {"minimum": 0}]}),
        json!(1),
        &[" oneOf"],
    );
}
#[test]
fn one_of_exactly_one() {
    check(
        json!({"oneOf": [{"type": "integer"}, {"minimum": 5}]}),
        json!(1),
        &[],
    );
}
#[test]
fn not() {
    check(json!({"not": {"type": "integer"}}), json!(1), &[" not"]);
}
#[test]
fn if_then() {
    check(
        json!({"if": {"properties": {"a": {"const": 1}}}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}),
        json!({"a": 1}),
        &[" required"],
    );
}
#[test]
fn if_else() {
    check(
        json!({"if": {"properties": {"a": {"const": 1}}, "required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}),
        json!({}),
        &[" required"],
    );
}
#[test]
fn if_alone_is_nothing() {
    check(json!({"if": false}), json!(1), &[]);
}
#[test]
fn ref_to_defs() {
    check(
        json!({"$defs": {"s": {"type": "string"}}, "properties": {"a": {"$ref": "#/$defs/s"}}}),
        json!({"a": 1}),
        &["/a type"],
    );
}
#[test]
fn ref_with_siblings() {
    check(
        json!({"$defs": {"a": {"maxLength": 1}}, "$ref": "#/$defs/a", "minLength": 3}),
        json!("ab"),
        &[" minLength", " maxLength"],
    );
}
#[test]
fn ref_escaped_pointer() {
    check(
        json!({"$defs": {"a/b": {"type": "null"}, "c%d": {"type": "null"}}, "properties": {"x": {"$ref": "#/$defs/a~1b"}, "y": {"$ref": "#/$defs/c%25d"}}}),
        json!({"x": 1, "y": 1}),
        &["/x type", "/y type"],
    );
}
#[test]
fn ref_recursive_tree() {
    check(
        json!({"properties": {"child": {"$ref": "#"}}, "required": ["name"]}),
        json!({"name": 1, "child": {"name": 2, "child": {}}}),
        &["/child/child required"],
    );
}
#[test]
fn ref_schema_path_is_absolute() {
    let s = compile(
        &json!({"$defs": {"s": {"type": "string"}}, "properties": {"a": {"$ref": "#/$defs/s"}}}),
    );
    let errors = s.validate(&json!({"a": 1}));
    assert_eq!(errors[0].schema_path, "/$defs/s/type");
}
#[test]
fn false_schema() {
    check(json!(false), json!(1), &[" false"]);
}
#[test]
fn true_schema() {
    check(json!(true), json!(1), &[]);
}

// Params.
#[test]
fn required_names_missing_property() {
    let errors = compile(&json!({"required": ["a"]})).validate(&json!({}));
    assert_eq!(errors[0].params, ErrorParams::Missing("a".into()));
    assert_eq!(errors[0].keyword, Keyword::Required);
    assert_eq!(errors[0].schema_path, "/required");
}
#[test]
fn additional_lists_unexpected() {
    let errors =
        compile(&json!({"additionalProperties": false})).validate(&json!({"b": 1, "a": 2}));
    assert_eq!(
        errors[0].params,
        ErrorParams::Unexpected(vec!["a".into(), "b".into()])
    );
}
#[test]
fn min_length_carries_limit() {
    let errors = compile(&json!({"minLength": 3})).validate(&json!("a"));
    assert_eq!(errors[0].params, ErrorParams::Count(3));
}

// Malformed schemas: errors with pointers, never panics.
#[test]
fn negative_min_length() {
    check_schema_error(json!({"minLength": -1}), "/minLength", |k| {
        matches!(k, SchemaErrorKind::InvalidKeywordValue { .. })
    });
}
#[test]
fn numeric_type() {
    check_schema_error(json!({"type": 5}), "/type", |k| {
        matches!(k, SchemaErrorKind::InvalidKeywordValue { .. })
    });
}
#[test]
fn unresolved_ref() {
    check_schema_error(json!({"$ref": "#/nope"}), "/$ref", |k| {
        matches!(k, SchemaErrorKind::UnresolvedRef(_))
    });
}
#[test]
fn invalid_regex() {
    check_schema_error(json!({"pattern": "("}), "/pattern", |k| {
        matches!(k, SchemaErrorKind::InvalidRegex { .. })
    });
}
#[test]
fn nested_invalid() {
    check_schema_error(
        json!({"properties": {"a": {"maxItems": "3"}}}),
        "/properties/a/maxItems",
        |k| matches!(k, SchemaErrorKind::InvalidKeywordValue { .. }),
    );
}
#[test]
fn schema_not_object() {
    check_schema_error(json!({"items": 3}), "/items", |k| {
        matches!(k, SchemaErrorKind::InvalidSchema)
    });
}
#[test]
fn remote_ref() {
    check_schema_error(json!({"$ref": "other.json#/a"}), "/$ref", |k| {
        matches!(k, SchemaErrorKind::UnsupportedRef(_))
    });
}
#[test]
fn anchor_ref() {
    check_schema_error(json!({"$ref": "#foo"}), "/$ref", |k| {
        matches!(k, SchemaErrorKind::UnsupportedRef(_))
    });
}
#[test]
fn self_ref_loop() {
    check_schema_error(json!({"$ref": "#"}), "/$ref", |k| {
        matches!(k, SchemaErrorKind::RecursiveRef(_))
    });
}
#[test]
fn mutual_ref_loop() {
    check_schema_error(
        json!({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}}),
        "/$defs/b/allOf/0/$ref",
        |k| matches!(k, SchemaErrorKind::RecursiveRef(_)),
    );
}
#[test]
fn unknown_keyword_strict() {
    check_schema_error(json!({"foo": 1}), "/foo", |k| {
        matches!(k, SchemaErrorKind::UnsupportedKeyword(_))
    });
}
#[test]
fn unevaluated_always_rejected() {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: false,
    };
    assert!(Schema::compile(&json!({"unevaluatedProperties": false}), &opts).is_err());
}
#[test]
fn unknown_keyword_lenient() {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: false,
    };
    assert!(Schema::compile(&json!({"foo": 1}), &opts).is_ok());
}
#[test]
fn annotations_allowed_strict() {
    check(
        json!({"title": "t", "description": "d", "$comment": "c", "examples": [], "default": 1, "deprecated": false, "readOnly": false, "writeOnly": false, "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/s", "x-widget": "date"}),
        json!(1),
        &[],
    );
}
#[test]
fn nested_id_rejected() {
    check_schema_error(
        json!({"properties": {"a": {"$id": "x"}}}),
        "/properties/a/$id",
        |k| matches!(k, SchemaErrorKind::UnsupportedKeyword(_)),
    );
}
#[test]
fn every_error_reported() {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: true,
    };
    let errors = Schema::compile(
        &json!({"minLength": -1, "maxLength": "x", "pattern": "("}),
        &opts,
    )
    .err()
    .unwrap_or_default();
    assert_eq!(errors.len(), 3, "{errors:?}");
}
#[test]
fn display_has_no_trailing_period() {
    let opts = CompileOptions {
        regex: &RegressEngine,
        strict: true,
    };
    for e in Schema::compile(
        &json!({"minLength": -1, "$ref": "#/x", "pattern": "(", "foo": 1}),
        &opts,
    )
    .err()
    .unwrap_or_default()
    {
        let text = e.to_string();
        assert!(!text.ends_with('.'), "{text}");
        assert!(
            text.starts_with(&e.pointer) && text.ends_with(&e.kind.to_string()),
            "{text}"
        );
    }
}

#[test]
fn schema_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Schema>();
}
