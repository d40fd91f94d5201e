//! The form definition exactly as an author writes it (`forms/<id>/form.json`): the raw,
//! unchecked document. [`crate::form::Form::compile`] turns it into the validated model.
//!
//! The format in brief (the full reference is `forms/README.md`, the editor schema
//! `forms/form.schema.json`):
//!
//! ```json
//! {
//!   "$schema": "../form.schema.json",
//!   "id": "residence-permit-extension",
//!   "version": "1.0.0",
//!   "routing": { "team": "residence", "service": "residence-permit-extension" },
//!   "schema": { "type": "object", "properties": { "person": { … } } },
//!   "steps": [
//!     { "id": "person", "items": [
//!       { "info": "person-intro" },
//!       { "field": "/person/familyName" },
//!       { "section": "employment", "visibleIf": { … }, "items": [ … ] },
//!       { "group": "/household", "items": [ { "field": "/name" } ] },
//!       { "attachment": "passport" }
//!     ] }
//!   ],
//!   "attachments": [ { "id": "passport", "accept": ["image/jpeg", "application/pdf"],
//!                      "maxSize": 10485760, "minCount": 1, "maxCount": 4 } ]
//! }
//! ```
//!
//! Human text never appears here: every label, help text, option, step title and error
//! message is a Fluent message whose id follows from the ids in this file (see
//! [`crate::form::message`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A whole form definition file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FormDoc {
    /// Path or URL of the meta-schema, for editors; ignored by the engine.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub meta_schema: Option<String>,
    /// Stable id, also the folder name and the prefix of every message id: `[a-z][a-z0-9-]*`.
    pub id: String,
    /// Version of this definition (semantic versioning); submissions record it.
    pub version: String,
    /// Where submissions of this form go.
    pub routing: RoutingDoc,
    /// The data schema: JSON Schema draft 2020-12 within the browser subset.
    pub schema: Value,
    /// The pages of the wizard, in order.
    pub steps: Vec<StepDoc>,
    /// Attachment slots, referenced from steps by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<AttachmentDoc>,
    /// Pointer to a date field the application must arrive before (e.g. the expiry of the
    /// current permit, § 81 (4) AufenthG): the receipt says whether it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// Routing metadata: sent in clear with a submission so the office can route it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RoutingDoc {
    /// The responsible team's id, e.g. `residence`.
    pub team: String,
    /// The office's service id, e.g. `residence-permit-extension`.
    pub service: String,
}

/// One page of the wizard.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct StepDoc {
    /// Step id, unique in the form: `[a-z][a-zA-Z0-9-]*`. Title message: `<form>-step-<id>-title`.
    pub id: String,
    /// What the step shows, in order.
    pub items: Vec<ItemDoc>,
    /// Show the step only while the data validates against this schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Value>,
}

/// One thing on a step. Exactly one of `field`, `group`, `section`, `info`, `attachment` is set;
/// the compiler reports anything else with the item's pointer.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ItemDoc {
    /// A data field: JSON pointer into the data (relative to the item inside a group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// A repeatable group: pointer to an array of objects; `items` are its per-entry fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// A titled fieldset around `items`; the id names its messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// A static text block; message `<form>-info-<id>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<String>,
    /// An attachment slot, by its id in `attachments`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<String>,
    /// How to render a field when the default for its schema does not fit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widget: Option<WidgetDoc>,
    /// Children of a `group` or `section`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ItemDoc>>,
    /// Show the item only while the data validates against this schema. Evaluated against
    /// the whole data, except inside a group, where it is evaluated against the group entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Value>,
}

/// The widgets an author can ask for (the compiler checks that it fits the field's schema;
/// repeatable groups are their own item kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WidgetDoc {
    Text,
    Textarea,
    Tel,
    Email,
    Date,
    Number,
    YesNo,
    Consent,
    Radio,
    Select,
    Combobox,
    Checkboxes,
}

/// An attachment slot: what files the applicant may or must add.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AttachmentDoc {
    /// Slot id, unique in the form. Messages: `<form>-attachment-<id>-label` (and `-help`).
    pub id: String,
    /// Accepted media types, e.g. `image/jpeg`, `application/pdf`.
    pub accept: Vec<String>,
    /// Largest file in bytes (before encryption).
    pub max_size: u64,
    /// Fewest files when the slot is visible; 0 makes it optional.
    #[serde(default)]
    pub min_count: u32,
    /// Most files.
    pub max_count: u32,
    /// Show (and require) the slot only while the data validates against this schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Value>,
}

impl FormDoc {
    /// Parse form.json text. Errors carry serde's line and column.
    pub fn parse(text: &str) -> Result<FormDoc, serde_json::Error> {
        serde_json::from_str(text)
    }
}
