//! The compiled form: a [`FormDoc`] whose invariants hold. Every field pointer resolves to a
//! subschema, every condition is compiled, ids are unique, every leaf of the data schema is on
//! a step and widgets fit their schemas. Everything that reads a form (renderer, server, lint)
//! works on this type, so each of those facts is checked in one place.
//!
//! The compiler reports *every* problem it finds, each with a JSON pointer into form.json.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use serde_json::Value;

use crate::definition::{AttachmentDoc, FormDoc, ItemDoc, RoutingDoc, WidgetDoc};
use crate::pointer;
use crate::regex::RegexEngine;
use crate::schema::{CompileOptions, ErrorParams, Keyword, Schema, SchemaError, ValidationError};

/// A compiled form definition.
pub struct Form {
    pub id: String,
    pub version: String,
    pub routing: RoutingDoc,
    /// The data schema as written (the reference validator compiles it natively).
    pub raw_schema: Value,
    /// The data schema compiled for the compact validator.
    pub schema: Schema,
    pub steps: Vec<Step>,
    pub attachments: Vec<AttachmentSlot>,
    /// Pointer of the date field the application must arrive before (see `FormDoc::deadline`);
    /// checked to be a date field on a step, outside any group.
    pub deadline: Option<String>,
}

/// One wizard page.
pub struct Step {
    pub id: String,
    pub items: Vec<Item>,
    pub visible_if: Option<Schema>,
}

/// One thing on a step.
pub enum Item {
    Field(Field),
    Group(Group),
    Section(Section),
    Info(String),
    /// Index into [`Form::attachments`].
    Attachment(usize),
}

impl Item {
    /// The item's own visibility condition (info blocks and attachment items have none here;
    /// a slot's condition is on the slot).
    pub fn visible_if(&self) -> Option<&Schema> {
        match self {
            Item::Field(f) | Item::Group(Group { field: f, .. }) => f.visible_if.as_ref(),
            Item::Section(s) => s.visible_if.as_ref(),
            Item::Info(_) | Item::Attachment(_) => None,
        }
    }

    /// Is the item shown, its condition evaluated against `scope` (the whole data, or the
    /// group entry inside a group)?
    pub fn shown(&self, scope: &Value) -> bool {
        self.visible_if().is_none_or(|c| c.is_valid(scope))
    }
}

/// A data field with everything the renderer needs to know about it.
pub struct Field {
    /// Absolute data pointer; inside a group, relative to the group entry.
    pub pointer: String,
    /// Message-id stem: pointer tokens joined by `-` (group pointer tokens first).
    pub stem: String,
    pub widget: Widget,
    /// Required by the `required` list of its parent object (conditional requirements come
    /// from validation).
    pub required: bool,
    /// The allowed values, for choice widgets, in schema order.
    pub options: Vec<Value>,
    /// `x-code-list` of the field's schema: option labels come from `codelist-<name>-<value>`.
    pub code_list: Option<String>,
    /// `x-fim-id`: the field's id in the federal FIM field catalogue.
    pub fim_id: Option<String>,
    /// Input hints derived from the schema (the validator still decides).
    pub hints: Hints,
    pub visible_if: Option<Schema>,
}

/// Input attributes a renderer may set so browsers help the user early.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub integer: bool,
    /// The answer is inherently left-to-right (an e-mail address, a phone number, a date, a
    /// number, or text a pattern limits to ASCII: passport numbers, postcodes, IBANs): it
    /// stays LTR inside right-to-left pages.
    pub ltr: bool,
}

/// A repeatable group over an array of objects.
pub struct Group {
    pub field: Field,
    pub min_items: u64,
    pub max_items: Option<u64>,
    pub items: Vec<Item>,
}

/// A titled fieldset.
pub struct Section {
    pub id: String,
    pub items: Vec<Item>,
    pub visible_if: Option<Schema>,
}

/// An attachment slot.
#[derive(Clone)]
pub struct AttachmentSlot {
    pub id: String,
    pub accept: Vec<String>,
    pub max_size: u64,
    pub min_count: u32,
    pub max_count: u32,
    pub visible_if: Option<Schema>,
}

/// How a field is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    Text,
    Textarea,
    Tel,
    Email,
    Date,
    Number,
    /// A boolean as two radio buttons.
    YesNo,
    /// A boolean that must be `true` (`const: true`): one checkbox.
    Consent,
    Radio,
    Select,
    /// A long list with type-ahead.
    Combobox,
    /// An array of enum values, `uniqueItems`.
    Checkboxes,
    /// The array of a repeatable group.
    Group,
}

impl Widget {
    /// The name used in form.json and in the DOM.
    pub fn name(self) -> &'static str {
        match self {
            Widget::Text => "text",
            Widget::Textarea => "textarea",
            Widget::Tel => "tel",
            Widget::Email => "email",
            Widget::Date => "date",
            Widget::Number => "number",
            Widget::YesNo => "yes-no",
            Widget::Consent => "consent",
            Widget::Radio => "radio",
            Widget::Select => "select",
            Widget::Combobox => "combobox",
            Widget::Checkboxes => "checkboxes",
            Widget::Group => "group",
        }
    }
}

impl From<WidgetDoc> for Widget {
    fn from(w: WidgetDoc) -> Widget {
        match w {
            WidgetDoc::Text => Widget::Text,
            WidgetDoc::Textarea => Widget::Textarea,
            WidgetDoc::Tel => Widget::Tel,
            WidgetDoc::Email => Widget::Email,
            WidgetDoc::Date => Widget::Date,
            WidgetDoc::Number => Widget::Number,
            WidgetDoc::YesNo => Widget::YesNo,
            WidgetDoc::Consent => Widget::Consent,
            WidgetDoc::Radio => Widget::Radio,
            WidgetDoc::Select => Widget::Select,
            WidgetDoc::Combobox => Widget::Combobox,
            WidgetDoc::Checkboxes => Widget::Checkboxes,
        }
    }
}

/// A problem in a form definition: where (JSON pointer into form.json) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct DefinitionError {
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(f, "{at}: {}", self.message)
    }
}

/// A validation problem attributed to a field the user can see.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldIssue {
    /// Absolute data pointer of the field (with array indices for group entries).
    pub pointer: String,
    /// The field's message stem (`None` when no field on any step owns the pointer).
    pub stem: Option<String>,
    pub keyword: Keyword,
    pub params: ErrorParams,
}

/// Message ids (the naming convention of forms/README.md, in one place).
pub mod message {
    pub fn title(form: &str) -> String {
        format!("{form}-title")
    }
    pub fn description(form: &str) -> String {
        format!("{form}-description")
    }
    pub fn step_title(form: &str, step: &str) -> String {
        format!("{form}-step-{step}-title")
    }
    pub fn step_help(form: &str, step: &str) -> String {
        format!("{form}-step-{step}-help")
    }
    pub fn label(form: &str, stem: &str) -> String {
        format!("{form}-{stem}-label")
    }
    pub fn help(form: &str, stem: &str) -> String {
        format!("{form}-{stem}-help")
    }
    pub fn group_entry(form: &str, stem: &str) -> String {
        format!("{form}-{stem}-entry")
    }
    pub fn field_error(form: &str, stem: &str, keyword: &str) -> String {
        format!("{form}-{stem}-error-{keyword}")
    }
    /// The app-wide message for a keyword, used when the field has no override.
    pub fn error(keyword: &str) -> String {
        format!("error-{keyword}")
    }
    pub fn option(form: &str, stem: &str, value: &str) -> String {
        format!("{form}-{stem}-option-{value}")
    }
    pub fn code(list: &str, value: &str) -> String {
        format!("codelist-{list}-{value}")
    }
    pub fn section_title(form: &str, id: &str) -> String {
        format!("{form}-section-{id}-title")
    }
    pub fn section_help(form: &str, id: &str) -> String {
        format!("{form}-section-{id}-help")
    }
    pub fn info(form: &str, id: &str) -> String {
        format!("{form}-info-{id}")
    }
    pub fn attachment_label(form: &str, id: &str) -> String {
        format!("{form}-attachment-{id}-label")
    }
    pub fn attachment_help(form: &str, id: &str) -> String {
        format!("{form}-attachment-{id}-help")
    }
}

/// An enum value as it appears in message ids and form controls.
pub fn option_token(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Message ids a form uses: `required` must exist in every locale, `optional` may.
#[derive(Debug, Default)]
pub struct MessageIds {
    pub required: BTreeSet<String>,
    pub optional: BTreeSet<String>,
    /// Code lists whose every value needs `codelist-<name>-<value>`.
    pub code_values: BTreeSet<String>,
}

impl Form {
    /// Compile and check a definition. `regex` compiles `pattern`s (ECMA-262).
    pub fn compile(doc: &FormDoc, regex: &dyn RegexEngine) -> Result<Form, Vec<DefinitionError>> {
        let mut c = Compiler {
            doc,
            regex,
            errors: Vec::new(),
            on_step: HashSet::new(),
        };
        let form = c.form();
        match form {
            Some(form) if c.errors.is_empty() => Ok(form),
            _ => Err(c.errors),
        }
    }

    /// Parse form.json text and compile it.
    pub fn from_json(text: &str, regex: &dyn RegexEngine) -> Result<Form, Vec<DefinitionError>> {
        let doc = FormDoc::parse(text).map_err(|e| {
            vec![DefinitionError {
                pointer: String::new(),
                message: format!("not a form definition: {e}"),
            }]
        })?;
        Form::compile(&doc, regex)
    }

    /// The field at an absolute data pointer, outside groups (fields in groups have pointers
    /// relative to their entry).
    pub fn field_at(&self, pointer: &str) -> Option<&Field> {
        fn find<'a>(items: &'a [Item], pointer: &str) -> Option<&'a Field> {
            items.iter().find_map(|item| match item {
                Item::Field(f) if f.pointer == pointer => Some(f),
                Item::Section(s) => find(&s.items, pointer),
                _ => None,
            })
        }
        self.steps.iter().find_map(|s| find(&s.items, pointer))
    }

    /// Is step `index` shown for `data`?
    pub fn step_visible(&self, index: usize, data: &Value) -> bool {
        self.steps
            .get(index)
            .is_some_and(|s| visible(&s.visible_if, data))
    }

    /// Indices of the steps shown for `data`, in order.
    pub fn visible_steps(&self, data: &Value) -> Vec<usize> {
        (0..self.steps.len())
            .filter(|&i| self.step_visible(i, data))
            .collect()
    }

    /// The data without the values of hidden steps, sections, fields and group-entry fields:
    /// what is validated and submitted. Values no field owns are kept (the schema decides).
    pub fn prune(&self, data: &Value) -> Value {
        let mut out = data.clone();
        for step in &self.steps {
            let shown = visible(&step.visible_if, data);
            prune_items(&step.items, shown, data, data, "", &mut out);
        }
        out
    }

    /// Validate the visible data; every error attributed to the field that shows it.
    ///
    /// A missing required *object* (say `/person`, when nothing of it was entered yet) would
    /// be one error that no field shows. The object must exist anyway, so validation goes on
    /// as if it were there and empty: the errors then name its own required fields, which
    /// the applicant can see and fix. (Bounded by the nesting depth of the data.)
    pub fn validate(&self, data: &Value) -> Vec<FieldIssue> {
        let mut work = self.prune(data);
        for _ in 0..16 {
            let errors = self.schema.validate(&work);
            let mut grew = false;
            for e in &errors {
                if let ErrorParams::Missing(name) = &e.params {
                    let at = pointer::push(&e.instance, name);
                    if self.is_container(&at) {
                        grew |= pointer::set(&mut work, &at, Value::Object(Default::default()));
                    }
                }
            }
            if !grew {
                return errors.into_iter().map(|e| self.attribute(e)).collect();
            }
        }
        self.schema
            .validate(&work)
            .into_iter()
            .map(|e| self.attribute(e))
            .collect()
    }

    /// Is `data_pointer` an object that holds fields (and not a field itself)?
    fn is_container(&self, data_pointer: &str) -> bool {
        let Some(tokens) = pointer::tokens(data_pointer) else {
            return false;
        };
        let mut below = false;
        let mut is_field = false;
        self.for_each_field(&mut |field, group| {
            let pattern = field_pattern(field, group);
            if pattern.len() >= tokens.len() && matches_prefix(&pattern[..tokens.len()], &tokens) {
                below |= pattern.len() > tokens.len();
                is_field |= pattern.len() == tokens.len();
            }
        });
        below && !is_field
    }

    /// Map a validator error to a field: `required`/`dependentRequired` point at the missing
    /// property; others at the deepest field whose pointer contains the instance.
    fn attribute(&self, e: ValidationError) -> FieldIssue {
        let pointer = match &e.params {
            ErrorParams::Missing(name) | ErrorParams::MissingDependent { missing: name, .. } => {
                pointer::push(&e.instance, name)
            }
            _ => e.instance.clone(),
        };
        let stem = self.stem_for(&pointer);
        FieldIssue {
            pointer,
            stem,
            keyword: e.keyword,
            params: e.params,
        }
    }

    /// The stem of the field that owns `data_pointer` (array indices are skipped for groups).
    pub fn stem_for(&self, data_pointer: &str) -> Option<String> {
        let tokens = pointer::tokens(data_pointer)?;
        let mut best: Option<(usize, String)> = None;
        self.for_each_field(&mut |field, group| {
            let want = field_pattern(field, group);
            if matches_prefix(&want, &tokens) && best.as_ref().is_none_or(|(n, _)| want.len() > *n)
            {
                best = Some((want.len(), field.stem.clone()));
            }
        });
        best.map(|(_, s)| s)
    }

    /// Call `f` for every field (group arrays too), with the group pointer's tokens for entry fields.
    pub fn for_each_field(&self, f: &mut dyn FnMut(&Field, Option<&[String]>)) {
        for step in &self.steps {
            walk_fields(&step.items, None, f);
        }
    }

    /// All message ids this form's .ftl file may contain.
    pub fn message_ids(&self) -> MessageIds {
        let mut ids = MessageIds::default();
        let f = self.id.as_str();
        ids.required.insert(message::title(f));
        ids.optional.insert(message::description(f));
        for step in &self.steps {
            ids.required.insert(message::step_title(f, &step.id));
            ids.optional.insert(message::step_help(f, &step.id));
            collect_ids(f, &step.items, &self.attachments, &mut ids);
        }
        ids
    }
}

/// A field's absolute data pointer as tokens, with [`INDEX`] standing for any entry index of
/// its group.
fn field_pattern(field: &Field, group: Option<&[String]>) -> Vec<String> {
    let mut want: Vec<String> = Vec::new();
    if let Some(g) = group {
        want.extend(g.iter().cloned());
        want.push(INDEX.to_string());
    }
    want.extend(pointer::tokens(&field.pointer).unwrap_or_default());
    want
}

/// Stands for an array index in a field pattern (a NUL byte never occurs in property names).
const INDEX: &str = "\u{0}index";

fn matches_prefix(field: &[String], data: &[String]) -> bool {
    field.len() <= data.len()
        && field.iter().zip(data).all(|(want, got)| {
            if want == INDEX {
                got.parse::<usize>().is_ok()
            } else {
                want == got
            }
        })
}

fn walk_fields(
    items: &[Item],
    group: Option<&[String]>,
    f: &mut dyn FnMut(&Field, Option<&[String]>),
) {
    for item in items {
        match item {
            Item::Field(field) => f(field, group),
            Item::Group(g) => {
                f(&g.field, group);
                let tokens = pointer::tokens(&g.field.pointer).unwrap_or_default();
                walk_fields(&g.items, Some(&tokens), f);
            }
            Item::Section(s) => walk_fields(&s.items, group, f),
            Item::Info(_) | Item::Attachment(_) => {}
        }
    }
}

fn collect_ids(f: &str, items: &[Item], slots: &[AttachmentSlot], ids: &mut MessageIds) {
    for item in items {
        match item {
            Item::Field(field) | Item::Group(Group { field, .. }) => {
                ids.required.insert(message::label(f, &field.stem));
                ids.optional.insert(message::help(f, &field.stem));
                // Any error the validator can report may be worded for the field.
                for kw in Keyword::ALL {
                    ids.optional
                        .insert(message::field_error(f, &field.stem, kw.as_str()));
                }
                match &field.code_list {
                    Some(list) => {
                        ids.code_values.extend(
                            field
                                .options
                                .iter()
                                .map(|v| message::code(list, &option_token(v))),
                        );
                    }
                    None if field.widget != Widget::YesNo => {
                        for v in &field.options {
                            ids.required
                                .insert(message::option(f, &field.stem, &option_token(v)));
                        }
                    }
                    None => {}
                }
                if let Item::Group(g) = item {
                    ids.required.insert(message::group_entry(f, &field.stem));
                    collect_ids(f, &g.items, slots, ids);
                }
            }
            Item::Section(s) => {
                ids.required.insert(message::section_title(f, &s.id));
                ids.optional.insert(message::section_help(f, &s.id));
                collect_ids(f, &s.items, slots, ids);
            }
            Item::Info(id) => {
                ids.required.insert(message::info(f, id));
            }
            Item::Attachment(i) => {
                if let Some(slot) = slots.get(*i) {
                    ids.required.insert(message::attachment_label(f, &slot.id));
                    ids.optional.insert(message::attachment_help(f, &slot.id));
                }
            }
        }
    }
}

fn visible(cond: &Option<Schema>, data: &Value) -> bool {
    cond.as_ref().is_none_or(|c| c.is_valid(data))
}

/// Remove hidden values from `out`. `scope` is what conditions are evaluated against (the
/// root, or a group entry); `base` is the absolute pointer of `scope`.
fn prune_items(
    items: &[Item],
    shown: bool,
    root: &Value,
    scope: &Value,
    base: &str,
    out: &mut Value,
) {
    for item in items {
        match item {
            Item::Field(field) => {
                if !shown || !visible(&field.visible_if, scope) {
                    pointer::remove(out, &format!("{base}{}", field.pointer));
                }
            }
            Item::Group(g) => {
                let at = format!("{base}{}", g.field.pointer);
                if !shown || !visible(&g.field.visible_if, scope) {
                    pointer::remove(out, &at);
                    continue;
                }
                let len = root
                    .pointer(&at)
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                for i in 0..len {
                    let entry_base = format!("{at}/{i}");
                    let entry = root.pointer(&entry_base).cloned().unwrap_or(Value::Null);
                    prune_items(&g.items, true, root, &entry, &entry_base, out);
                }
            }
            Item::Section(s) => {
                let shown = shown && visible(&s.visible_if, scope);
                prune_items(&s.items, shown, root, scope, base, out);
            }
            Item::Info(_) | Item::Attachment(_) => {}
        }
    }
}

/// The compiler's working state.
struct Compiler<'a> {
    doc: &'a FormDoc,
    regex: &'a dyn RegexEngine,
    errors: Vec<DefinitionError>,
    /// Absolute data pointers placed on steps (group entries as `<group>/*/<field>`).
    on_step: HashSet<String>,
}

impl Compiler<'_> {
    fn err(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DefinitionError {
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    fn form(&mut self) -> Option<Form> {
        let doc = self.doc;
        if !is_id(&doc.id, false) {
            self.err(
                "/id",
                format!("form id {:?} must match [a-z][a-z0-9-]*", doc.id),
            );
        }
        if !is_semver(&doc.version) {
            self.err(
                "/version",
                format!(
                    "version {:?} must be a semantic version like 1.0.0",
                    doc.version
                ),
            );
        }
        for (name, value) in [
            ("team", &doc.routing.team),
            ("service", &doc.routing.service),
        ] {
            if !is_id(value, false) {
                self.err(
                    format!("/routing/{name}"),
                    format!("{value:?} must match [a-z][a-z0-9-]*"),
                );
            }
        }
        let schema = self.schema(&doc.schema, "/schema");
        if !doc.schema.is_object()
            || doc.schema.get("type").and_then(Value::as_str) != Some("object")
        {
            self.err(
                "/schema",
                "the data schema must be an object schema with \"type\": \"object\"",
            );
        }
        let attachments = self.attachments();
        let mut seen = HashSet::new();
        let mut steps = Vec::new();
        if doc.steps.is_empty() {
            self.err("/steps", "a form needs at least one step");
        }
        for (i, step) in doc.steps.iter().enumerate() {
            let at = format!("/steps/{i}");
            if !is_id(&step.id, true) {
                self.err(
                    format!("{at}/id"),
                    format!("step id {:?} must match [a-z][a-zA-Z0-9-]*", step.id),
                );
            }
            if !seen.insert(step.id.as_str()) {
                self.err(
                    format!("{at}/id"),
                    format!("step id {:?} is used twice", step.id),
                );
            }
            let visible_if = self.condition(step.visible_if.as_ref(), &format!("{at}/visibleIf"));
            let items = self.items(
                &step.items,
                &format!("{at}/items"),
                None,
                &mut HashSet::new(),
            );
            steps.push(Step {
                id: step.id.clone(),
                items,
                visible_if,
            });
        }
        self.unplaced_fields();
        let form = Form {
            id: doc.id.clone(),
            version: doc.version.clone(),
            routing: doc.routing.clone(),
            raw_schema: doc.schema.clone(),
            schema: schema?,
            steps,
            attachments,
            deadline: doc.deadline.clone(),
        };
        if let Some(deadline) = &form.deadline {
            if form.field_at(deadline).map(|f| f.widget) != Some(Widget::Date) {
                self.err(
                    "/deadline",
                    format!("{deadline:?} must point to a date field on a step, outside any group"),
                );
            }
        }
        Some(form)
    }

    fn schema(&mut self, schema: &Value, at: &str) -> Option<Schema> {
        let opts = CompileOptions {
            regex: self.regex,
            strict: true,
        };
        match Schema::compile(schema, &opts) {
            Ok(s) => Some(s),
            Err(errors) => {
                for SchemaError { pointer, kind } in errors {
                    self.err(format!("{at}{pointer}"), kind.to_string());
                }
                None
            }
        }
    }

    fn condition(&mut self, cond: Option<&Value>, at: &str) -> Option<Schema> {
        self.schema(cond?, at)
    }

    fn attachments(&mut self) -> Vec<AttachmentSlot> {
        const MAX_SIZE: u64 = 500 * 1024 * 1024; // FIT-Connect's per-attachment limit
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, a) in self.doc.attachments.iter().enumerate() {
            let at = format!("/attachments/{i}");
            let AttachmentDoc {
                id,
                accept,
                max_size,
                min_count,
                max_count,
                visible_if,
            } = a;
            if !is_id(id, true) {
                self.err(
                    format!("{at}/id"),
                    format!("attachment id {id:?} must match [a-z][a-zA-Z0-9-]*"),
                );
            }
            if !seen.insert(id.as_str()) {
                self.err(
                    format!("{at}/id"),
                    format!("attachment id {id:?} is used twice"),
                );
            }
            if accept.is_empty() {
                self.err(format!("{at}/accept"), "accept lists no media type");
            }
            for (j, t) in accept.iter().enumerate() {
                if !is_media_type(t) {
                    self.err(
                        format!("{at}/accept/{j}"),
                        format!("{t:?} is not a media type like image/jpeg"),
                    );
                }
            }
            if *max_size == 0 || *max_size > MAX_SIZE {
                self.err(
                    format!("{at}/maxSize"),
                    format!("maxSize {max_size} is outside 1..={MAX_SIZE} bytes"),
                );
            }
            if *max_count == 0 || *max_count > 50 {
                self.err(
                    format!("{at}/maxCount"),
                    format!("maxCount {max_count} is outside 1..=50"),
                );
            }
            if min_count > max_count {
                self.err(
                    format!("{at}/minCount"),
                    format!("minCount {min_count} exceeds maxCount {max_count}"),
                );
            }
            let visible_if = self.condition(visible_if.as_ref(), &format!("{at}/visibleIf"));
            out.push(AttachmentSlot {
                id: id.clone(),
                accept: accept.clone(),
                max_size: *max_size,
                min_count: *min_count,
                max_count: *max_count,
                visible_if,
            });
        }
        out
    }

    /// Compile step or section items. `group` is the group's absolute pointer and entry schema
    /// for entry fields.
    fn items(
        &mut self,
        docs: &[ItemDoc],
        at: &str,
        group: Option<(&str, &Value)>,
        sections: &mut HashSet<String>,
    ) -> Vec<Item> {
        let mut out = Vec::new();
        for (i, item) in docs.iter().enumerate() {
            let at = format!("{at}/{i}");
            if let Some(item) = self.item(item, &at, group, sections) {
                out.push(item);
            }
        }
        out
    }

    fn item(
        &mut self,
        doc: &ItemDoc,
        at: &str,
        group: Option<(&str, &Value)>,
        sections: &mut HashSet<String>,
    ) -> Option<Item> {
        let kinds = [
            doc.field.is_some(),
            doc.group.is_some(),
            doc.section.is_some(),
            doc.info.is_some(),
            doc.attachment.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            self.err(
                at,
                "an item needs exactly one of field, group, section, info, attachment",
            );
            return None;
        }
        let visible_if = self.condition(doc.visible_if.as_ref(), &format!("{at}/visibleIf"));
        if doc.items.is_some() && doc.group.is_none() && doc.section.is_none() {
            self.err(format!("{at}/items"), "only a group or a section has items");
        }
        if doc.widget.is_some() && doc.field.is_none() {
            self.err(format!("{at}/widget"), "only a field has a widget");
        }
        if let Some(ptr) = &doc.field {
            let field = self.field(
                ptr,
                doc.widget.map(Widget::from),
                visible_if,
                &format!("{at}/field"),
                group,
            )?;
            if field.widget == Widget::Group {
                self.err(
                    format!("{at}/field"),
                    "an array of objects is a group: use \"group\" with items",
                );
            }
            return Some(Item::Field(field));
        }
        if let Some(ptr) = &doc.group {
            if group.is_some() {
                self.err(format!("{at}/group"), "groups do not nest");
                return None;
            }
            let field = self.field(ptr, None, visible_if, &format!("{at}/group"), None)?;
            let entry = resolve(&self.doc.schema, &self.doc.schema, ptr)
                .and_then(|s| s.get("items"))
                .map(|s| deref(&self.doc.schema, s));
            let Some(entry) = entry.filter(|_| field.widget == Widget::Group) else {
                self.err(
                    format!("{at}/group"),
                    format!("{ptr} is not an array of objects"),
                );
                return None;
            };
            let schema = resolve(&self.doc.schema, &self.doc.schema, ptr);
            let min_items = schema
                .and_then(|s| s.get("minItems"))
                .and_then(Value::as_u64)
                .unwrap_or(0);
            let max_items = schema
                .and_then(|s| s.get("maxItems"))
                .and_then(Value::as_u64);
            let Some(children) = &doc.items else {
                self.err(at, "a group needs items");
                return None;
            };
            let items = self.items(
                children,
                &format!("{at}/items"),
                Some((ptr, entry)),
                sections,
            );
            return Some(Item::Group(Group {
                field,
                min_items,
                max_items,
                items,
            }));
        }
        if let Some(id) = &doc.section {
            if !is_id(id, true) {
                self.err(
                    format!("{at}/section"),
                    format!("section id {id:?} must match [a-z][a-zA-Z0-9-]*"),
                );
            }
            if !sections.insert(id.clone()) {
                self.err(
                    format!("{at}/section"),
                    format!("section id {id:?} is used twice"),
                );
            }
            let Some(children) = &doc.items else {
                self.err(at, "a section needs items");
                return None;
            };
            let items = self.items(children, &format!("{at}/items"), group, sections);
            return Some(Item::Section(Section {
                id: id.clone(),
                items,
                visible_if,
            }));
        }
        if visible_if.is_some() && doc.info.is_some() {
            self.err(
                format!("{at}/visibleIf"),
                "put a conditional info block in a section",
            );
        }
        if visible_if.is_some() && doc.attachment.is_some() {
            self.err(
                format!("{at}/visibleIf"),
                "put the condition on the slot in attachments",
            );
        }
        if let Some(id) = &doc.info {
            if !is_id(id, true) {
                self.err(
                    format!("{at}/info"),
                    format!("info id {id:?} must match [a-z][a-zA-Z0-9-]*"),
                );
            }
            return Some(Item::Info(id.clone()));
        }
        let slot = doc.attachment.as_deref().unwrap_or_default();
        if group.is_some() {
            self.err(
                format!("{at}/attachment"),
                "attachments cannot be inside a group",
            );
        }
        match self.doc.attachments.iter().position(|a| a.id == slot) {
            Some(i) => Some(Item::Attachment(i)),
            None => {
                self.err(
                    format!("{at}/attachment"),
                    format!("no attachment slot {slot:?} in attachments"),
                );
                None
            }
        }
    }

    fn field(
        &mut self,
        ptr: &str,
        widget: Option<Widget>,
        visible_if: Option<Schema>,
        at: &str,
        group: Option<(&str, &Value)>,
    ) -> Option<Field> {
        let root = &self.doc.schema;
        let scope = group.map_or(root, |(_, entry)| entry);
        let tokens = match pointer::tokens(ptr) {
            Some(t) if !t.is_empty() => t,
            _ => {
                self.err(
                    at,
                    format!("{ptr:?} is not a JSON pointer like /person/familyName"),
                );
                return None;
            }
        };
        if let Some(bad) = tokens.iter().find(|t| !is_property_name(t)) {
            self.err(
                at,
                format!(
                    "property name {bad:?} must match [a-zA-Z][a-zA-Z0-9]* (it names messages)"
                ),
            );
            return None;
        }
        let Some(written) = resolve_written(root, scope, ptr) else {
            self.err(
                at,
                format!("{ptr} is not declared in the data schema's properties"),
            );
            return None;
        };
        // Keywords beside a `$ref` count too (e.g. an `x-fim-id` or a `not` next to a code list).
        let merged = merge_refs(root, written, 0);
        let schema = &merged;
        let abs = match group {
            Some((g, _)) => format!("{g}/*{ptr}"),
            None => ptr.to_string(),
        };
        if !self.on_step.insert(abs.clone()) {
            self.err(at, format!("{abs} is placed on a step twice"));
        }
        let mut stem_tokens =
            group.map_or_else(Vec::new, |(g, _)| pointer::tokens(g).unwrap_or_default());
        stem_tokens.extend(tokens.iter().cloned());
        let stem = stem_tokens.join("-");
        let parent = resolve_parent(root, scope, &tokens);
        let required = parent
            .and_then(|p| p.get("required"))
            .and_then(Value::as_array)
            .is_some_and(|r| {
                r.iter()
                    .any(|n| n.as_str() == tokens.last().map(String::as_str))
            });
        let mut facts = Facts::of(root, schema);
        if !facts.options.is_empty() {
            facts.options =
                self.allowed_options(root, written, facts.options, facts.ty == Some("array"));
        }
        let default = facts.default_widget();
        let widget = match widget {
            None => default,
            Some(w) if facts.fits(w) => w,
            Some(w) => {
                self.err(
                    at,
                    format!("widget {:?} does not fit the schema of {ptr}", w.name()),
                );
                default
            }
        };
        let hints = Hints {
            max_length: schema.get("maxLength").and_then(Value::as_u64),
            minimum: schema.get("minimum").and_then(Value::as_f64),
            maximum: schema.get("maximum").and_then(Value::as_f64),
            integer: facts.ty == Some("integer"),
            ltr: matches!(
                widget,
                Widget::Email | Widget::Tel | Widget::Date | Widget::Number
            ) || facts.format.is_some_and(|f| f == "email" || f == "date")
                || schema
                    .get("pattern")
                    .and_then(Value::as_str)
                    .is_some_and(ascii_only_pattern),
        };
        Some(Field {
            pointer: ptr.to_string(),
            stem,
            widget,
            required,
            options: facts.options,
            code_list: facts.code_list,
            fim_id: schema
                .get("x-fim-id")
                .and_then(Value::as_str)
                .map(str::to_string),
            hints,
            visible_if,
        })
    }

    /// The enum values the field's whole schema accepts (a `not` or `allOf` beside the enum
    /// can exclude some), so a choice widget never offers a value validation rejects.
    fn allowed_options(
        &self,
        root: &Value,
        written: &Value,
        options: Vec<Value>,
        array: bool,
    ) -> Vec<Value> {
        let mut wrapper = written.clone();
        if let (Some(obj), Some(defs)) = (wrapper.as_object_mut(), root.get("$defs")) {
            obj.insert("$defs".into(), defs.clone());
        }
        let opts = CompileOptions {
            regex: self.regex,
            strict: false,
        };
        let Ok(schema) = Schema::compile(&wrapper, &opts) else {
            return options;
        };
        options
            .into_iter()
            .filter(|v| {
                if array {
                    schema.is_valid(&Value::Array(vec![v.clone()]))
                } else {
                    schema.is_valid(v)
                }
            })
            .collect()
    }

    /// Every leaf of the data schema must be placed on a step.
    fn unplaced_fields(&mut self) {
        let mut leaves = Vec::new();
        collect_leaves(&self.doc.schema, &self.doc.schema, "", &mut leaves, 0);
        for leaf in leaves {
            if !self.on_step.contains(&leaf) {
                let schema_ptr = leaf.split('/').filter(|t| !t.is_empty()).fold(
                    String::from("/schema"),
                    |acc, t| {
                        if t == "*" {
                            format!("{acc}/items")
                        } else {
                            format!("{acc}/properties/{t}")
                        }
                    },
                );
                self.err(schema_ptr, format!("field {leaf} is on no step"));
            }
        }
    }
}

/// Does `pattern` only ever match ASCII? Conservatively: the pattern is ASCII itself and has
/// no construct that admits other characters (a negated class, `.`, `\p`, `\P`, `\S`, `\W`,
/// `\D`).
fn ascii_only_pattern(pattern: &str) -> bool {
    if !pattern.is_ascii() || pattern.contains("[^") {
        return false;
    }
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if matches!(chars.next(), Some('p' | 'P' | 'S' | 'W' | 'D' | 'u' | 'x')) {
                    return false;
                }
            }
            '.' => return false,
            _ => {}
        }
    }
    true
}

/// What a field's schema says about how to render it.
struct Facts<'a> {
    ty: Option<&'a str>,
    format: Option<&'a str>,
    options: Vec<Value>,
    code_list: Option<String>,
    const_true: bool,
    long: bool,
    array_of_enum: bool,
    array_of_objects: bool,
}

impl<'a> Facts<'a> {
    fn of(root: &'a Value, schema: &'a Value) -> Facts<'a> {
        let ty = schema.get("type").and_then(Value::as_str);
        let items = schema.get("items").map(|i| deref(root, i));
        let enum_of = |s: &Value| s.get("enum").and_then(Value::as_array).cloned();
        let (options, code_source) = match (ty, items) {
            (Some("array"), Some(items)) => (enum_of(items).unwrap_or_default(), items),
            _ => (enum_of(schema).unwrap_or_default(), schema),
        };
        Facts {
            ty,
            format: schema.get("format").and_then(Value::as_str),
            code_list: code_source
                .get("x-code-list")
                .and_then(Value::as_str)
                .map(str::to_string),
            const_true: schema.get("const") == Some(&Value::Bool(true)),
            long: schema
                .get("maxLength")
                .and_then(Value::as_u64)
                .is_some_and(|n| n > 200),
            array_of_enum: ty == Some("array") && items.is_some_and(|i| i.get("enum").is_some()),
            array_of_objects: ty == Some("array")
                && items.is_some_and(|i| i.get("type").and_then(Value::as_str) == Some("object")),
            options,
        }
    }

    fn default_widget(&self) -> Widget {
        match self.ty {
            Some("boolean") if self.const_true => Widget::Consent,
            Some("boolean") => Widget::YesNo,
            Some("integer" | "number") => Widget::Number,
            Some("array") if self.array_of_objects => Widget::Group,
            Some("array") if self.array_of_enum => Widget::Checkboxes,
            _ if self.code_list.is_some() => Widget::Combobox,
            _ if self.options.len() > 6 => Widget::Select,
            _ if !self.options.is_empty() => Widget::Radio,
            _ if self.format == Some("date") => Widget::Date,
            _ if self.format == Some("email") => Widget::Email,
            _ if self.long => Widget::Textarea,
            _ => Widget::Text,
        }
    }

    fn fits(&self, w: Widget) -> bool {
        let string = self.ty == Some("string");
        let choice = !self.options.is_empty() && self.ty != Some("array");
        match w {
            Widget::Text | Widget::Textarea | Widget::Tel | Widget::Email | Widget::Date => string,
            Widget::Number => matches!(self.ty, Some("integer" | "number")),
            Widget::YesNo => self.ty == Some("boolean"),
            Widget::Consent => self.ty == Some("boolean") && self.const_true,
            Widget::Radio | Widget::Select | Widget::Combobox => choice,
            Widget::Checkboxes => self.array_of_enum,
            Widget::Group => self.array_of_objects,
        }
    }
}

/// Follow a local `$ref` (`#/$defs/...` or any `#/...` pointer) once or more.
fn deref<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
    let mut cur = schema;
    for _ in 0..16 {
        match cur
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(ptr) => match root.pointer(ptr) {
                Some(next) => cur = next,
                None => return cur,
            },
            None => return cur,
        }
    }
    cur
}

/// A schema with its `$ref` chain folded in: the target's keywords, overridden by the ones
/// written beside the `$ref`.
fn merge_refs(root: &Value, schema: &Value, depth: usize) -> Value {
    let Some(obj) = schema.as_object() else {
        return schema.clone();
    };
    let target = obj
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p));
    let mut out = match target {
        Some(t) if depth < 16 => merge_refs(root, t, depth + 1),
        _ => Value::Object(Default::default()),
    };
    if let Some(map) = out.as_object_mut() {
        for (k, v) in obj.iter().filter(|(k, _)| *k != "$ref") {
            map.insert(k.clone(), v.clone());
        }
    }
    out
}

/// The property schema at `ptr` below `scope` as written (its own `$ref` not followed).
fn resolve_written<'a>(root: &'a Value, scope: &'a Value, ptr: &str) -> Option<&'a Value> {
    let tokens = pointer::tokens(ptr)?;
    let (last, parents) = tokens.split_last()?;
    let mut cur = deref(root, scope);
    for tok in parents {
        cur = deref(root, cur.get("properties")?.get(tok)?);
    }
    cur.get("properties")?.get(last)
}

/// The subschema of the data at `ptr` below `scope`, through `properties` (and `$ref`s).
fn resolve<'a>(root: &'a Value, scope: &'a Value, ptr: &str) -> Option<&'a Value> {
    let mut cur = deref(root, scope);
    for tok in pointer::tokens(ptr)? {
        cur = deref(root, cur.get("properties")?.get(&tok)?);
    }
    Some(cur)
}

fn resolve_parent<'a>(root: &'a Value, scope: &'a Value, tokens: &[String]) -> Option<&'a Value> {
    let (_, parents) = tokens.split_last()?;
    let mut cur = deref(root, scope);
    for tok in parents {
        cur = deref(root, cur.get("properties")?.get(tok)?);
    }
    Some(cur)
}

/// Data pointers of every field the schema declares: properties that are not objects
/// (objects are containers), with `*` for array entries of groups.
fn collect_leaves(root: &Value, schema: &Value, at: &str, out: &mut Vec<String>, depth: usize) {
    let schema = deref(root, schema);
    if depth > 32 {
        return;
    }
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, sub) in props {
        let sub = deref(root, sub);
        let here = pointer::push(at, name);
        let ty = sub.get("type").and_then(Value::as_str);
        match ty {
            Some("object") => collect_leaves(root, sub, &here, out, depth + 1),
            Some("array") => {
                out.push(here.clone());
                let items = sub.get("items").map(|i| deref(root, i));
                if let Some(items) =
                    items.filter(|i| i.get("type").and_then(Value::as_str) == Some("object"))
                {
                    collect_leaves(root, items, &format!("{here}/*"), out, depth + 1);
                }
            }
            _ => out.push(here),
        }
    }
}

fn is_id(s: &str, camel: bool) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '-'
                || (camel && c.is_ascii_uppercase())
        })
}

fn is_semver(s: &str) -> bool {
    let core = s.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_property_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric())
}

fn is_media_type(s: &str) -> bool {
    let ok = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
    };
    matches!(s.split_once('/'), Some((a, b)) if ok(a) && ok(b))
}
