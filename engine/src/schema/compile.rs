//! Compiling a schema document into an arena of nodes.
//!
//! Every subschema becomes one [`Node`], registered under its JSON pointer; a `$ref` is the
//! index of its target's node. Targets not compiled yet are reserved and queued, so recursive
//! schemas compile in finite time. After compiling, a cycle check over the in-place applicators
//! (`$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`) rejects
//! schemas that would recurse forever without descending into the instance.

use std::collections::BTreeMap;

use serde_json::{Map, Number, Value};

use super::format::{EmailClasses, Format};
use super::number::MultipleOf;
use super::{
    CompileOptions, JsonTypes, SchemaError, SchemaErrorKind, ANNOTATION_KEYWORDS,
    SUPPORTED_KEYWORDS,
};
use crate::regex::Regex;

pub(crate) type NodeId = usize;
pub(crate) type RegexId = usize;
/// Property names (sorted where looked up).
pub(crate) type Names = Box<[Box<str>]>;
/// Subschemas by property name.
pub(crate) type NamedNodes = Box<[(Box<str>, NodeId)]>;

/// The compiled document.
pub(crate) struct Compiled {
    /// Node 0 is the root.
    pub nodes: Vec<Node>,
    pub regexes: Vec<Box<dyn Regex>>,
    /// Character classes for the email format's IDNA fallback, when some `format` is `email`.
    pub email: Option<EmailClasses>,
}

/// One subschema.
pub(crate) struct Node {
    /// JSON pointer of the subschema in the document.
    pub pointer: Box<str>,
    pub body: Body,
}

pub(crate) enum Body {
    Bool(bool),
    Checks(Box<[Check]>),
}

/// One compiled assertion or applicator.
pub(crate) enum Check {
    Type(JsonTypes),
    Enum(Box<[Value]>),
    Const(Value),
    Required(Box<[Box<str>]>),
    Properties(Box<[(Box<str>, NodeId)]>),
    PatternProperties(Box<[(RegexId, NodeId)]>),
    /// `additionalProperties` with a schema; `known` is sorted.
    Additional {
        node: NodeId,
        known: Box<[Box<str>]>,
        patterns: Box<[RegexId]>,
    },
    /// `additionalProperties: false`: one error per object listing the unexpected names.
    NoAdditional {
        known: Box<[Box<str>]>,
        patterns: Box<[RegexId]>,
    },
    PropertyNames(NodeId),
    /// `propertyNames: false`: one `false` error per non-empty object.
    NoPropertyNames(NodeId),
    MinProperties(u64),
    MaxProperties(u64),
    DependentRequired(Box<[(Box<str>, Names)]>),
    DependentSchemas(Box<[(Box<str>, NodeId)]>),
    PrefixItems(Box<[NodeId]>),
    Items {
        node: NodeId,
        skip: usize,
    },
    Contains {
        node: NodeId,
        min: Option<u64>,
        max: Option<u64>,
    },
    MinItems(u64),
    MaxItems(u64),
    UniqueItems,
    MinLength(u64),
    MaxLength(u64),
    Pattern(RegexId, Box<str>),
    Format(Format),
    Minimum(Number),
    Maximum(Number),
    ExclusiveMinimum(Number),
    ExclusiveMaximum(Number),
    MultipleOf(MultipleOf, Number),
    AllOf(Box<[NodeId]>),
    AnyOf(Box<[NodeId]>),
    OneOf(Box<[NodeId]>),
    Not(NodeId),
    If {
        cond: NodeId,
        then: Option<NodeId>,
        otherwise: Option<NodeId>,
    },
    Ref(NodeId),
}

/// Keywords whose semantics the subset cannot honour: rejected in every mode, because
/// ignoring them would silently validate differently from the reference.
const NEVER_IGNORED: &[&str] = &[
    "$dynamicRef",
    "$recursiveRef",
    "unevaluatedProperties",
    "unevaluatedItems",
];

pub(crate) fn compile(root: &Value, opts: &CompileOptions) -> Result<Compiled, Vec<SchemaError>> {
    let base = root
        .as_object()
        .and_then(|o| o.get("$id"))
        .and_then(Value::as_str)
        .map(|id| id.split('#').next().unwrap_or(id).to_owned());
    let mut c = Compiler {
        root,
        opts,
        nodes: Vec::new(),
        regexes: Vec::new(),
        by_pointer: BTreeMap::new(),
        pending: Vec::new(),
        errors: Vec::new(),
        base,
        wants_email: false,
    };
    c.node(root, String::new());
    while let Some((id, value, pointer)) = c.pending.pop() {
        let body = c.body(value, &pointer);
        c.nodes[id].body = body;
    }
    c.check_cycles();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let email = if c.wants_email {
        EmailClasses::compile(opts.regex)
    } else {
        None
    };
    Ok(Compiled {
        nodes: c.nodes,
        regexes: c.regexes,
        email,
    })
}

struct Compiler<'a, 'o> {
    root: &'a Value,
    opts: &'o CompileOptions<'o>,
    nodes: Vec<Node>,
    regexes: Vec<Box<dyn Regex>>,
    by_pointer: BTreeMap<String, NodeId>,
    pending: Vec<(NodeId, &'a Value, String)>,
    errors: Vec<SchemaError>,
    /// The root's `$id` without fragment: `$ref`s starting with it are local.
    base: Option<String>,
    wants_email: bool,
}

/// Append one escaped reference token to a pointer.
fn push_token(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    out.push('/');
    for ch in token.chars() {
        match ch {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

fn push_index(pointer: &str, index: usize) -> String {
    let mut out = String::with_capacity(pointer.len() + 4);
    out.push_str(pointer);
    out.push('/');
    push_usize(&mut out, index);
    out
}

/// Decimal digits of `n`, without the formatting machinery.
pub(crate) fn push_usize(out: &mut String, mut n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        // n % 10 < 10, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (n % 10) as u8;
        buf[i] = b'0' + digit;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// Decode `%XX` escapes of a URI fragment; `None` if malformed or not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = char::from(*bytes.get(i + 1)?).to_digit(16)?;
            let lo = char::from(*bytes.get(i + 2)?).to_digit(16)?;
            // Two hex digits are at most 255.
            #[allow(clippy::cast_possible_truncation)]
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Unescape one JSON pointer token; `None` for a `~` not followed by `0` or `1`.
fn unescape_token(token: &str) -> Option<String> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// An array index token: digits, no leading zero.
fn array_index(token: &str) -> Option<usize> {
    if token.is_empty()
        || (token.len() > 1 && token.starts_with('0'))
        || !token.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    token.parse().ok()
}

/// A non-negative integer keyword value (`2.0` counts as 2).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn non_negative(value: &Value) -> Option<u64> {
    let n = value.as_number()?;
    if let Some(u) = n.as_u64() {
        return Some(u);
    }
    let f = n.as_f64()?;
    (f >= 0.0 && f.fract() == 0.0 && f < 1.8e19).then_some(f as u64)
}

impl<'a> Compiler<'a, '_> {
    fn error(&mut self, pointer: String, kind: SchemaErrorKind) {
        self.errors.push(SchemaError { pointer, kind });
    }

    fn invalid(&mut self, pointer: &str, keyword: &str, expected: &'static str) {
        self.error(
            push_token(pointer, keyword),
            SchemaErrorKind::InvalidKeywordValue {
                keyword: keyword.to_owned(),
                expected,
            },
        );
    }

    /// Compile (or find) the node for the subschema at `pointer`.
    fn node(&mut self, value: &'a Value, pointer: String) -> NodeId {
        if let Some(&id) = self.by_pointer.get(&pointer) {
            return id;
        }
        let id = self.reserve(pointer.clone());
        let body = self.body(value, &pointer);
        self.nodes[id].body = body;
        id
    }

    fn reserve(&mut self, pointer: String) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            pointer: pointer.clone().into_boxed_str(),
            body: Body::Bool(true),
        });
        self.by_pointer.insert(pointer, id);
        id
    }

    fn body(&mut self, value: &'a Value, pointer: &str) -> Body {
        match value {
            Value::Bool(b) => Body::Bool(*b),
            Value::Object(map) => Body::Checks(self.checks(map, pointer).into_boxed_slice()),
            _ => {
                self.error(pointer.to_owned(), SchemaErrorKind::InvalidSchema);
                Body::Bool(true)
            }
        }
    }

    fn sub(&mut self, value: &'a Value, pointer: &str, keyword: &str) -> NodeId {
        self.node(value, push_token(pointer, keyword))
    }

    /// Subschemas of a non-empty array keyword (`allOf`, `anyOf`, `oneOf`, `prefixItems`).
    fn sub_array(
        &mut self,
        value: &'a Value,
        pointer: &str,
        keyword: &str,
    ) -> Option<Box<[NodeId]>> {
        let Some(items) = value.as_array().filter(|a| !a.is_empty()) else {
            self.invalid(pointer, keyword, "a non-empty array of schemas");
            return None;
        };
        let at = push_token(pointer, keyword);
        Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| self.node(v, push_index(&at, i)))
                .collect(),
        )
    }

    /// Subschemas of an object keyword (`properties`, `dependentSchemas`), sorted by name.
    fn sub_map(&mut self, value: &'a Value, pointer: &str, keyword: &str) -> Option<NamedNodes> {
        let Some(map) = value.as_object() else {
            self.invalid(pointer, keyword, "an object of schemas");
            return None;
        };
        let at = push_token(pointer, keyword);
        Some(
            map.iter()
                .map(|(k, v)| (k.as_str().into(), self.node(v, push_token(&at, k))))
                .collect(),
        )
    }

    fn regex(&mut self, pattern: &str, pointer: String) -> Option<RegexId> {
        match self.opts.regex.compile(pattern) {
            Ok(re) => {
                self.regexes.push(re);
                Some(self.regexes.len() - 1)
            }
            Err(reason) => {
                self.error(
                    pointer,
                    SchemaErrorKind::InvalidRegex {
                        pattern: pattern.to_owned(),
                        reason,
                    },
                );
                None
            }
        }
    }

    fn string_list(
        &mut self,
        value: &Value,
        pointer: String,
        keyword: &str,
    ) -> Option<Box<[Box<str>]>> {
        let list = value.as_array().and_then(|a| {
            a.iter()
                .map(|v| v.as_str().map(Box::<str>::from))
                .collect::<Option<Vec<_>>>()
        });
        match list {
            Some(l) if !has_duplicates(&l) => Some(l.into_boxed_slice()),
            _ => {
                self.error(
                    pointer,
                    SchemaErrorKind::InvalidKeywordValue {
                        keyword: keyword.to_owned(),
                        expected: "an array of unique strings",
                    },
                );
                None
            }
        }
    }

    fn count(&mut self, value: &Value, pointer: &str, keyword: &str) -> Option<u64> {
        let n = non_negative(value);
        if n.is_none() {
            self.invalid(pointer, keyword, "a non-negative integer");
        }
        n
    }

    fn number(&mut self, value: &Value, pointer: &str, keyword: &str) -> Option<Number> {
        let n = value.as_number().cloned();
        if n.is_none() {
            self.invalid(pointer, keyword, "a number");
        }
        n
    }

    #[allow(clippy::too_many_lines)]
    fn checks(&mut self, map: &'a Map<String, Value>, pointer: &str) -> Vec<Check> {
        let mut out = Vec::new();
        for key in map.keys() {
            let key = key.as_str();
            if SUPPORTED_KEYWORDS.contains(&key) {
                continue;
            }
            let allowed_annotation =
                ANNOTATION_KEYWORDS.contains(&key) && (key != "$id" || pointer.is_empty());
            if allowed_annotation || key.starts_with("x-") {
                continue;
            }
            let rejected = NEVER_IGNORED.contains(&key) || key == "$id";
            if rejected || self.opts.strict {
                self.error(
                    push_token(pointer, key),
                    SchemaErrorKind::UnsupportedKeyword(key.to_owned()),
                );
            }
        }

        if let Some(v) = map.get("$defs") {
            match v.as_object() {
                Some(defs) => {
                    let at = push_token(pointer, "$defs");
                    for (name, def) in defs {
                        self.node(def, push_token(&at, name));
                    }
                }
                None => self.invalid(pointer, "$defs", "an object of schemas"),
            }
        }
        if let Some(v) = map.get("$ref") {
            if let Some(id) = self.reference(v, pointer) {
                out.push(Check::Ref(id));
            }
        }

        if let Some(v) = map.get("type") {
            if let Some(t) = types(v) {
                out.push(Check::Type(t));
            } else {
                self.invalid(
                    pointer,
                    "type",
                    "a type name or an array of unique type names",
                );
            }
        }
        if let Some(v) = map.get("enum") {
            match v.as_array() {
                Some(values) => out.push(Check::Enum(values.clone().into_boxed_slice())),
                None => self.invalid(pointer, "enum", "an array"),
            }
        }
        if let Some(v) = map.get("const") {
            out.push(Check::Const(v.clone()));
        }

        // Numbers.
        for (keyword, make) in [
            ("minimum", Check::Minimum as fn(Number) -> Check),
            ("maximum", Check::Maximum),
            ("exclusiveMinimum", Check::ExclusiveMinimum),
            ("exclusiveMaximum", Check::ExclusiveMaximum),
        ] {
            if let Some(v) = map.get(keyword) {
                if let Some(n) = self.number(v, pointer, keyword) {
                    out.push(make(n));
                }
            }
        }
        if let Some(v) = map.get("multipleOf") {
            match v
                .as_number()
                .filter(|n| n.as_f64().is_some_and(|f| f > 0.0))
            {
                Some(n) => out.push(Check::MultipleOf(
                    MultipleOf::new(n.as_f64().unwrap_or(1.0)),
                    n.clone(),
                )),
                None => self.invalid(pointer, "multipleOf", "a number greater than 0"),
            }
        }

        // Strings.
        for (keyword, make) in [
            ("minLength", Check::MinLength as fn(u64) -> Check),
            ("maxLength", Check::MaxLength),
            ("minItems", Check::MinItems),
            ("maxItems", Check::MaxItems),
            ("minProperties", Check::MinProperties),
            ("maxProperties", Check::MaxProperties),
        ] {
            if let Some(v) = map.get(keyword) {
                if let Some(n) = self.count(v, pointer, keyword) {
                    out.push(make(n));
                }
            }
        }
        if let Some(v) = map.get("pattern") {
            match v.as_str() {
                Some(p) => {
                    if let Some(id) = self.regex(p, push_token(pointer, "pattern")) {
                        out.push(Check::Pattern(id, p.into()));
                    }
                }
                None => self.invalid(pointer, "pattern", "a string"),
            }
        }
        if let Some(v) = map.get("format") {
            match v.as_str() {
                Some(name) => {
                    if let Some(f) = Format::from_name(name) {
                        self.wants_email |= f == Format::Email;
                        out.push(Check::Format(f));
                    }
                }
                None => self.invalid(pointer, "format", "a string"),
            }
        }

        // Objects.
        if let Some(v) = map.get("required") {
            if let Some(names) = self.string_list(v, push_token(pointer, "required"), "required") {
                out.push(Check::Required(names));
            }
        }
        let properties = match map.get("properties") {
            Some(v) => self.sub_map(v, pointer, "properties"),
            None => None,
        };
        let mut known: Vec<Box<str>> = properties
            .iter()
            .flat_map(|p| p.iter().map(|(k, _)| k.clone()))
            .collect();
        known.sort();
        if let Some(p) = properties {
            out.push(Check::Properties(p));
        }
        let mut patterns = Vec::new();
        if let Some(v) = map.get("patternProperties") {
            match v.as_object() {
                Some(pp) => {
                    let at = push_token(pointer, "patternProperties");
                    let mut compiled = Vec::new();
                    for (pattern, sub) in pp {
                        let here = push_token(&at, pattern);
                        let re = self.regex(pattern, here.clone());
                        let node = self.node(sub, here);
                        if let Some(re) = re {
                            patterns.push(re);
                            compiled.push((re, node));
                        }
                    }
                    out.push(Check::PatternProperties(compiled.into_boxed_slice()));
                }
                None => self.invalid(pointer, "patternProperties", "an object of schemas"),
            }
        }
        if let Some(v) = map.get("additionalProperties") {
            let node = self.sub(v, pointer, "additionalProperties");
            let known = known.into_boxed_slice();
            let patterns = patterns.into_boxed_slice();
            match v {
                Value::Bool(true) => {}
                Value::Bool(false) => out.push(Check::NoAdditional { known, patterns }),
                _ => out.push(Check::Additional {
                    node,
                    known,
                    patterns,
                }),
            }
        }
        if let Some(v) = map.get("propertyNames") {
            let node = self.sub(v, pointer, "propertyNames");
            match v {
                Value::Bool(true) => {}
                Value::Bool(false) => out.push(Check::NoPropertyNames(node)),
                _ => out.push(Check::PropertyNames(node)),
            }
        }
        if let Some(v) = map.get("dependentRequired") {
            let at = push_token(pointer, "dependentRequired");
            match v.as_object() {
                Some(deps) => {
                    let mut list = Vec::new();
                    for (name, required) in deps {
                        if let Some(names) =
                            self.string_list(required, push_token(&at, name), "dependentRequired")
                        {
                            list.push((Box::<str>::from(name.as_str()), names));
                        }
                    }
                    out.push(Check::DependentRequired(list.into_boxed_slice()));
                }
                None => self.invalid(pointer, "dependentRequired", "an object of string arrays"),
            }
        }
        if let Some(v) = map.get("dependentSchemas") {
            if let Some(deps) = self.sub_map(v, pointer, "dependentSchemas") {
                out.push(Check::DependentSchemas(deps));
            }
        }

        // Arrays.
        let mut skip = 0;
        if let Some(v) = map.get("prefixItems") {
            if let Some(nodes) = self.sub_array(v, pointer, "prefixItems") {
                skip = nodes.len();
                out.push(Check::PrefixItems(nodes));
            }
        }
        if let Some(v) = map.get("items") {
            if v.is_array() {
                self.invalid(pointer, "items", "a schema (use `prefixItems` for tuples)");
            } else {
                let node = self.sub(v, pointer, "items");
                if *v != Value::Bool(true) {
                    out.push(Check::Items { node, skip });
                }
            }
        }
        let min_contains = map
            .get("minContains")
            .and_then(|v| self.count(v, pointer, "minContains"));
        let max_contains = map
            .get("maxContains")
            .and_then(|v| self.count(v, pointer, "maxContains"));
        if let Some(v) = map.get("contains") {
            let node = self.sub(v, pointer, "contains");
            out.push(Check::Contains {
                node,
                min: min_contains,
                max: max_contains,
            });
        }
        if let Some(v) = map.get("uniqueItems") {
            match v {
                Value::Bool(true) => out.push(Check::UniqueItems),
                Value::Bool(false) => {}
                _ => self.invalid(pointer, "uniqueItems", "a boolean"),
            }
        }

        // Combinators.
        if let Some(v) = map.get("allOf") {
            if let Some(nodes) = self.sub_array(v, pointer, "allOf") {
                out.push(Check::AllOf(nodes));
            }
        }
        if let Some(v) = map.get("anyOf") {
            if let Some(nodes) = self.sub_array(v, pointer, "anyOf") {
                out.push(Check::AnyOf(nodes));
            }
        }
        if let Some(v) = map.get("oneOf") {
            if let Some(nodes) = self.sub_array(v, pointer, "oneOf") {
                out.push(Check::OneOf(nodes));
            }
        }
        if let Some(v) = map.get("not") {
            let node = self.sub(v, pointer, "not");
            out.push(Check::Not(node));
        }
        let then = map.get("then").map(|v| self.sub(v, pointer, "then"));
        let otherwise = map.get("else").map(|v| self.sub(v, pointer, "else"));
        if let Some(v) = map.get("if") {
            let cond = self.sub(v, pointer, "if");
            if then.is_some() || otherwise.is_some() {
                out.push(Check::If {
                    cond,
                    then,
                    otherwise,
                });
            }
        }
        out
    }

    /// Resolve a `$ref` value to a node, queueing its compilation.
    fn reference(&mut self, value: &Value, pointer: &str) -> Option<NodeId> {
        let at = push_token(pointer, "$ref");
        let Some(reference) = value.as_str() else {
            self.invalid(pointer, "$ref", "a string");
            return None;
        };
        let fragment = match reference.split_once('#') {
            Some(("", fragment)) => fragment,
            Some((uri, fragment)) if self.base.as_deref() == Some(uri) => fragment,
            _ => {
                self.error(at, SchemaErrorKind::UnsupportedRef(reference.to_owned()));
                return None;
            }
        };
        if !fragment.is_empty() && !fragment.starts_with('/') {
            self.error(at, SchemaErrorKind::UnsupportedRef(reference.to_owned()));
            return None;
        }
        let resolved = percent_decode(fragment).and_then(|decoded| self.resolve(&decoded));
        let Some((target, canonical)) = resolved else {
            self.error(at, SchemaErrorKind::UnresolvedRef(reference.to_owned()));
            return None;
        };
        if !(target.is_object() || target.is_boolean()) {
            self.error(at, SchemaErrorKind::UnresolvedRef(reference.to_owned()));
            return None;
        }
        if let Some(&id) = self.by_pointer.get(&canonical) {
            return Some(id);
        }
        let id = self.reserve(canonical.clone());
        self.pending.push((id, target, canonical));
        Some(id)
    }

    /// Walk a JSON pointer from the root: the value and the canonical (escaped) pointer.
    fn resolve(&self, pointer: &str) -> Option<(&'a Value, String)> {
        let mut current = self.root;
        let mut canonical = String::new();
        if pointer.is_empty() {
            return Some((current, canonical));
        }
        for raw in pointer.strip_prefix('/')?.split('/') {
            let token = unescape_token(raw)?;
            current = match current {
                Value::Object(map) => map.get(&token)?,
                Value::Array(items) => items.get(array_index(&token)?)?,
                _ => return None,
            };
            canonical = push_token(&canonical, &token);
        }
        Some((current, canonical))
    }

    /// Reject cycles of in-place applicators (they would recurse forever at validation time).
    fn check_cycles(&mut self) {
        // 0 = unvisited, 1 = on the stack, 2 = done.
        let mut state = vec![0u8; self.nodes.len()];
        for start in 0..self.nodes.len() {
            if state[start] != 0 {
                continue;
            }
            // Iterative DFS: (node, next edge index).
            let mut stack = vec![(start, 0usize)];
            state[start] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let edges = in_place_edges(&self.nodes[node].body);
                if let Some(&(target, is_ref)) = edges.get(*next) {
                    *next += 1;
                    match state[target] {
                        0 => {
                            state[target] = 1;
                            stack.push((target, 0));
                        }
                        1 => {
                            let here = &self.nodes[node].pointer;
                            let pointer = if is_ref {
                                push_token(here, "$ref")
                            } else {
                                here.to_string()
                            };
                            let target_pointer = self.nodes[target].pointer.to_string();
                            let mut reference = String::from("#");
                            reference.push_str(&target_pointer);
                            self.error(pointer, SchemaErrorKind::RecursiveRef(reference));
                            // Mark done so the same cycle is reported once.
                            state[target] = 2;
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

/// The subschemas a node applies to the same instance location: (target, via `$ref`).
fn in_place_edges(body: &Body) -> Vec<(NodeId, bool)> {
    let Body::Checks(checks) = body else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for check in checks.iter() {
        match check {
            Check::Ref(n) => out.push((*n, true)),
            Check::AllOf(ns) | Check::AnyOf(ns) | Check::OneOf(ns) => {
                out.extend(ns.iter().map(|n| (*n, false)))
            }
            Check::Not(n) => out.push((*n, false)),
            Check::If {
                cond,
                then,
                otherwise,
            } => {
                out.push((*cond, false));
                out.extend(then.iter().chain(otherwise.iter()).map(|n| (*n, false)));
            }
            Check::DependentSchemas(ds) => out.extend(ds.iter().map(|(_, n)| (*n, false))),
            _ => {}
        }
    }
    out
}

fn has_duplicates(list: &[Box<str>]) -> bool {
    list.iter().enumerate().any(|(i, a)| list[..i].contains(a))
}

fn types(value: &Value) -> Option<JsonTypes> {
    match value {
        Value::String(s) => JsonTypes::bit(s).map(JsonTypes),
        Value::Array(items) => {
            let mut set = 0u8;
            for item in items {
                let bit = JsonTypes::bit(item.as_str()?)?;
                if set & bit != 0 {
                    return None;
                }
                set |= bit;
            }
            Some(JsonTypes(set))
        }
        _ => None,
    }
}
