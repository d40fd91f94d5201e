//! Walking the compiled arena over an instance: [`is_valid`] (short-circuits, allocates
//! nothing) and [`collect`] (every error, with `jsonschema`'s granularity).
//!
//! Granularity, as `jsonschema`'s `iter_errors` reports it: `anyOf`, `oneOf` and `not` give one
//! error at their own level; `allOf`, `$ref`, `if`/`then`/`else`, `dependentSchemas` and the
//! property and item applicators descend and report the inner errors; `required` and
//! `dependentRequired` give one error per missing name at the object; `additionalProperties:
//! false` gives one error per object listing the unexpected names; `propertyNames` reports each
//! inner error at the object; `contains`/`minContains`/`maxContains` give one error at the array.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::compile::{push_usize, Body, Check, Compiled, NodeId};
use super::format::{email_with, is_date, Format};
use super::number::{cmp, is_integer, json_eq};
use super::{ErrorParams, JsonTypes, Keyword, ValidationError};

/// A location in the instance, kept on the stack; rendered only when an error is created.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> String {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                Path::Root => break,
                Path::Key(parent, _) | Path::Index(parent, _) => {
                    segments.push(at);
                    at = parent;
                }
            }
        }
        let mut out = String::new();
        for segment in segments.iter().rev() {
            out.push('/');
            match segment {
                Path::Key(_, key) => {
                    for ch in key.chars() {
                        match ch {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
                Path::Index(_, i) => push_usize(&mut out, *i),
                Path::Root => {}
            }
        }
        out
    }
}

pub(crate) fn is_valid(c: &Compiled, instance: &Value) -> bool {
    Walker { c }.valid(0, instance)
}

pub(crate) fn collect(c: &Compiled, instance: &Value, out: &mut Vec<ValidationError>) {
    Walker { c }.collect(0, instance, &Path::Root, out);
}

struct Walker<'c> {
    c: &'c Compiled,
}

fn type_matches(types: JsonTypes, v: &Value) -> bool {
    let bit = |name| JsonTypes::bit(name).unwrap_or(0);
    let has = |name| types.0 & bit(name) != 0;
    match v {
        Value::Null => has("null"),
        Value::Bool(_) => has("boolean"),
        Value::Object(_) => has("object"),
        Value::Array(_) => has("array"),
        Value::String(_) => has("string"),
        Value::Number(n) => has("number") || (has("integer") && is_integer(n)),
    }
}

/// Length in Unicode code points, bounded checks first on the byte length.
fn at_least_chars(s: &str, min: u64) -> bool {
    // Every code point takes at least one byte, at most four.
    (s.len() as u64) >= min
        && (s.len() as u64 >= min.saturating_mul(4) || s.chars().count() as u64 >= min)
}

fn at_most_chars(s: &str, max: u64) -> bool {
    (s.len() as u64) <= max || s.chars().count() as u64 <= max
}

fn has_duplicates(items: &[Value]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[..i].iter().any(|b| json_eq(a, b)))
}

/// Whether `name` is covered by `properties` (sorted) or some `patternProperties` regex.
fn is_known(c: &Compiled, known: &[Box<str>], patterns: &[usize], name: &str) -> bool {
    known.binary_search_by(|k| k.as_ref().cmp(name)).is_ok()
        || patterns.iter().any(|p| c.regexes[*p].is_match(name))
}

impl Walker<'_> {
    fn valid(&self, id: NodeId, v: &Value) -> bool {
        match &self.c.nodes[id].body {
            Body::Bool(b) => *b,
            Body::Checks(checks) => checks.iter().all(|check| self.check_valid(check, v)),
        }
    }

    fn format_ok(&self, format: Format, s: &str) -> bool {
        match format {
            Format::Date => is_date(s),
            Format::Email => email_with(s, self.c.email.as_ref()),
        }
    }

    /// The number of items `node` matches, stopping once `enough` is reached.
    fn count_contains(&self, node: NodeId, items: &[Value], enough: u64) -> u64 {
        let mut count = 0;
        for item in items {
            if self.valid(node, item) {
                count += 1;
                if count >= enough {
                    break;
                }
            }
        }
        count
    }

    /// Whether `contains` holds, and if not the keyword `jsonschema` reports: too many matches
    /// is `maxContains`; too few is `minContains` if given, else `maxContains` if given (the
    /// reference's combined validator), else `contains`.
    fn contains_verdict(
        &self,
        node: NodeId,
        min: Option<u64>,
        max: Option<u64>,
        items: &[Value],
    ) -> Option<(Keyword, ErrorParams)> {
        let min_count = min.unwrap_or(1);
        let enough = max
            .map_or(min_count, |m| m.saturating_add(1))
            .max(min_count);
        let count = self.count_contains(node, items, enough);
        match (min, max) {
            (_, Some(m)) if count > m => Some((Keyword::MaxContains, ErrorParams::Count(m))),
            _ if count >= min_count => None,
            (Some(n), _) => Some((Keyword::MinContains, ErrorParams::Count(n))),
            (None, Some(_)) => Some((Keyword::MaxContains, ErrorParams::None)),
            (None, None) => Some((Keyword::Contains, ErrorParams::None)),
        }
    }

    fn one_of_matches(&self, nodes: &[NodeId], v: &Value) -> usize {
        let mut matched = 0;
        for node in nodes {
            if self.valid(*node, v) {
                matched += 1;
                if matched > 1 {
                    break;
                }
            }
        }
        matched
    }

    #[allow(clippy::too_many_lines)]
    fn check_valid(&self, check: &Check, v: &Value) -> bool {
        let c = self.c;
        match (check, v) {
            (Check::Type(t), _) => type_matches(*t, v),
            (Check::Enum(values), _) => values.iter().any(|e| json_eq(e, v)),
            (Check::Const(value), _) => json_eq(value, v),
            (Check::Required(names), Value::Object(o)) => {
                names.iter().all(|n| o.contains_key(n.as_ref()))
            }
            (Check::Properties(props), Value::Object(o)) => props
                .iter()
                .all(|(name, node)| o.get(name.as_ref()).is_none_or(|p| self.valid(*node, p))),
            (Check::PatternProperties(pp), Value::Object(o)) => o.iter().all(|(name, p)| {
                pp.iter()
                    .all(|(re, node)| !c.regexes[*re].is_match(name) || self.valid(*node, p))
            }),
            (
                Check::Additional {
                    node,
                    known,
                    patterns,
                },
                Value::Object(o),
            ) => o
                .iter()
                .all(|(name, p)| is_known(c, known, patterns, name) || self.valid(*node, p)),
            (Check::NoAdditional { known, patterns }, Value::Object(o)) => {
                o.keys().all(|name| is_known(c, known, patterns, name))
            }
            (Check::PropertyNames(node), Value::Object(o)) => o
                .keys()
                .all(|name| self.valid(*node, &Value::String(name.clone()))),
            (Check::NoPropertyNames(_), Value::Object(o)) => o.is_empty(),
            (Check::MinProperties(n), Value::Object(o)) => o.len() as u64 >= *n,
            (Check::MaxProperties(n), Value::Object(o)) => o.len() as u64 <= *n,
            (Check::DependentRequired(deps), Value::Object(o)) => {
                deps.iter().all(|(name, required)| {
                    !o.contains_key(name.as_ref())
                        || required.iter().all(|r| o.contains_key(r.as_ref()))
                })
            }
            (Check::DependentSchemas(deps), Value::Object(o)) => deps
                .iter()
                .all(|(name, node)| !o.contains_key(name.as_ref()) || self.valid(*node, v)),
            (Check::PrefixItems(nodes), Value::Array(a)) => nodes
                .iter()
                .zip(a)
                .all(|(node, item)| self.valid(*node, item)),
            (Check::Items { node, skip }, Value::Array(a)) => {
                a.iter().skip(*skip).all(|item| self.valid(*node, item))
            }
            (Check::Contains { node, min, max }, Value::Array(a)) => {
                self.contains_verdict(*node, *min, *max, a).is_none()
            }
            (Check::MinItems(n), Value::Array(a)) => a.len() as u64 >= *n,
            (Check::MaxItems(n), Value::Array(a)) => a.len() as u64 <= *n,
            (Check::UniqueItems, Value::Array(a)) => !has_duplicates(a),
            (Check::MinLength(n), Value::String(s)) => at_least_chars(s, *n),
            (Check::MaxLength(n), Value::String(s)) => at_most_chars(s, *n),
            (Check::Pattern(re, _), Value::String(s)) => c.regexes[*re].is_match(s),
            (Check::Format(f), Value::String(s)) => self.format_ok(*f, s),
            (Check::Minimum(limit), Value::Number(n)) => cmp(n, limit) != Ordering::Less,
            (Check::Maximum(limit), Value::Number(n)) => cmp(n, limit) != Ordering::Greater,
            (Check::ExclusiveMinimum(limit), Value::Number(n)) => {
                cmp(n, limit) == Ordering::Greater
            }
            (Check::ExclusiveMaximum(limit), Value::Number(n)) => cmp(n, limit) == Ordering::Less,
            (Check::MultipleOf(m, _), Value::Number(n)) => m.divides(n),
            (Check::AllOf(nodes), _) => nodes.iter().all(|node| self.valid(*node, v)),
            (Check::AnyOf(nodes), _) => nodes.iter().any(|node| self.valid(*node, v)),
            (Check::OneOf(nodes), _) => self.one_of_matches(nodes, v) == 1,
            (Check::Not(node), _) => !self.valid(*node, v),
            (
                Check::If {
                    cond,
                    then,
                    otherwise,
                },
                _,
            ) => {
                let branch = if self.valid(*cond, v) {
                    then
                } else {
                    otherwise
                };
                branch.is_none_or(|node| self.valid(node, v))
            }
            (Check::Ref(node), _) => self.valid(*node, v),
            // Keywords for another type than the instance's.
            _ => true,
        }
    }

    fn collect(&self, id: NodeId, v: &Value, path: &Path, out: &mut Vec<ValidationError>) {
        let node = &self.c.nodes[id];
        match &node.body {
            Body::Bool(true) => {}
            Body::Bool(false) => out.push(ValidationError {
                instance: path.pointer(),
                keyword: Keyword::FalseSchema,
                schema_path: node.pointer.to_string(),
                params: ErrorParams::None,
            }),
            Body::Checks(checks) => {
                for check in checks.iter() {
                    self.collect_check(id, check, v, path, out);
                }
            }
        }
    }

    #[allow(clippy::too_many_lines)]
    fn collect_check(
        &self,
        id: NodeId,
        check: &Check,
        v: &Value,
        path: &Path,
        out: &mut Vec<ValidationError>,
    ) {
        let c = self.c;
        let error = |keyword: Keyword, params: ErrorParams| {
            let base = &c.nodes[id].pointer;
            let mut schema_path = String::with_capacity(base.len() + 20);
            schema_path.push_str(base);
            schema_path.push('/');
            schema_path.push_str(keyword.as_str());
            ValidationError {
                instance: path.pointer(),
                keyword,
                schema_path,
                params,
            }
        };
        match (check, v) {
            (Check::Properties(props), Value::Object(o)) => {
                for (name, node) in props.iter() {
                    if let Some(p) = o.get(name.as_ref()) {
                        self.collect(*node, p, &Path::Key(path, name), out);
                    }
                }
            }
            (Check::PatternProperties(pp), Value::Object(o)) => {
                for (name, p) in o {
                    for (re, node) in pp.iter() {
                        if c.regexes[*re].is_match(name) {
                            self.collect(*node, p, &Path::Key(path, name), out);
                        }
                    }
                }
            }
            (
                Check::Additional {
                    node,
                    known,
                    patterns,
                },
                Value::Object(o),
            ) => {
                for (name, p) in o {
                    if !is_known(c, known, patterns, name) {
                        self.collect(*node, p, &Path::Key(path, name), out);
                    }
                }
            }
            (Check::NoAdditional { known, patterns }, Value::Object(o)) => {
                let mut unexpected: Vec<String> = o
                    .keys()
                    .filter(|name| !is_known(c, known, patterns, name))
                    .cloned()
                    .collect();
                // Sorted, whatever order the map keeps: serde_json's `preserve_order` is
                // switched on for the whole build by any crate that asks (intake's josekit
                // does), and the error must not depend on which binary the engine is in.
                unexpected.sort();
                if !unexpected.is_empty() {
                    out.push(error(
                        Keyword::AdditionalProperties,
                        ErrorParams::Unexpected(unexpected),
                    ));
                }
            }
            (Check::PropertyNames(node), Value::Object(o)) => {
                self.collect_property_names(*node, o, path, out)
            }
            (Check::NoPropertyNames(node), Value::Object(o)) => {
                if !o.is_empty() {
                    self.collect(*node, v, path, out);
                }
            }
            (Check::Required(names), Value::Object(o)) => {
                for name in names.iter().filter(|n| !o.contains_key(n.as_ref())) {
                    out.push(error(
                        Keyword::Required,
                        ErrorParams::Missing(name.to_string()),
                    ));
                }
            }
            (Check::DependentRequired(deps), Value::Object(o)) => {
                for (because, required) in deps
                    .iter()
                    .filter(|(name, _)| o.contains_key(name.as_ref()))
                {
                    for missing in required.iter().filter(|r| !o.contains_key(r.as_ref())) {
                        out.push(error(
                            Keyword::DependentRequired,
                            ErrorParams::MissingDependent {
                                missing: missing.to_string(),
                                because: because.to_string(),
                            },
                        ));
                    }
                }
            }
            (Check::DependentSchemas(deps), Value::Object(o)) => {
                for (_, node) in deps
                    .iter()
                    .filter(|(name, _)| o.contains_key(name.as_ref()))
                {
                    self.collect(*node, v, path, out);
                }
            }
            (Check::PrefixItems(nodes), Value::Array(a)) => {
                for (i, (node, item)) in nodes.iter().zip(a).enumerate() {
                    self.collect(*node, item, &Path::Index(path, i), out);
                }
            }
            (Check::Items { node, skip }, Value::Array(a)) => {
                for (i, item) in a.iter().enumerate().skip(*skip) {
                    self.collect(*node, item, &Path::Index(path, i), out);
                }
            }
            (Check::Contains { node, min, max }, Value::Array(a)) => {
                if let Some((keyword, params)) = self.contains_verdict(*node, *min, *max, a) {
                    out.push(error(keyword, params));
                }
            }
            (Check::AllOf(nodes), _) => {
                for node in nodes.iter() {
                    self.collect(*node, v, path, out);
                }
            }
            (
                Check::If {
                    cond,
                    then,
                    otherwise,
                },
                _,
            ) => {
                let branch = if self.valid(*cond, v) {
                    then
                } else {
                    otherwise
                };
                if let Some(node) = branch {
                    self.collect(*node, v, path, out);
                }
            }
            (Check::Ref(node), _) => self.collect(*node, v, path, out),
            (Check::OneOf(nodes), _) => {
                let matched = self.one_of_matches(nodes, v);
                if matched != 1 {
                    out.push(error(Keyword::OneOf, ErrorParams::Matched(matched)));
                }
            }
            _ => {
                if !self.check_valid(check, v) {
                    out.push(self.leaf_error(check, &error));
                }
            }
        }
    }

    /// The error of a failed assertion that does not descend.
    fn leaf_error(
        &self,
        check: &Check,
        error: &dyn Fn(Keyword, ErrorParams) -> ValidationError,
    ) -> ValidationError {
        match check {
            Check::Type(t) => error(Keyword::Type, ErrorParams::Types(*t)),
            Check::Enum(values) => error(Keyword::Enum, ErrorParams::AllowedValues(values.len())),
            Check::Const(_) => error(Keyword::Const, ErrorParams::None),
            Check::MinProperties(n) => error(Keyword::MinProperties, ErrorParams::Count(*n)),
            Check::MaxProperties(n) => error(Keyword::MaxProperties, ErrorParams::Count(*n)),
            Check::MinItems(n) => error(Keyword::MinItems, ErrorParams::Count(*n)),
            Check::MaxItems(n) => error(Keyword::MaxItems, ErrorParams::Count(*n)),
            Check::UniqueItems => error(Keyword::UniqueItems, ErrorParams::None),
            Check::MinLength(n) => error(Keyword::MinLength, ErrorParams::Count(*n)),
            Check::MaxLength(n) => error(Keyword::MaxLength, ErrorParams::Count(*n)),
            Check::Pattern(_, p) => error(Keyword::Pattern, ErrorParams::Pattern(p.to_string())),
            Check::Format(f) => error(Keyword::Format, ErrorParams::Format(f.name().to_owned())),
            Check::Minimum(l) => error(Keyword::Minimum, ErrorParams::Limit(l.clone())),
            Check::Maximum(l) => error(Keyword::Maximum, ErrorParams::Limit(l.clone())),
            Check::ExclusiveMinimum(l) => {
                error(Keyword::ExclusiveMinimum, ErrorParams::Limit(l.clone()))
            }
            Check::ExclusiveMaximum(l) => {
                error(Keyword::ExclusiveMaximum, ErrorParams::Limit(l.clone()))
            }
            Check::MultipleOf(_, l) => error(Keyword::MultipleOf, ErrorParams::Limit(l.clone())),
            Check::AnyOf(_) => error(Keyword::AnyOf, ErrorParams::None),
            Check::Not(_) => error(Keyword::Not, ErrorParams::None),
            // Descending checks are handled by the caller; never reached.
            _ => error(Keyword::FalseSchema, ErrorParams::None),
        }
    }

    /// Each error of each name, reported at the object, as `jsonschema` does.
    fn collect_property_names(
        &self,
        node: NodeId,
        o: &Map<String, Value>,
        path: &Path,
        out: &mut Vec<ValidationError>,
    ) {
        for name in o.keys() {
            let value = Value::String(name.clone());
            if self.valid(node, &value) {
                continue;
            }
            let mut inner = Vec::new();
            self.collect(node, &value, &Path::Root, &mut inner);
            for error in inner {
                out.push(ValidationError {
                    instance: path.pointer(),
                    keyword: Keyword::PropertyNames,
                    schema_path: error.schema_path.clone(),
                    params: ErrorParams::PropertyName {
                        name: name.clone(),
                        error: Box::new(error),
                    },
                });
            }
        }
    }
}
