//! Pforte's pure core, shared by the browser app, the intake server, `lint` and the tests.
//!
//! The one design decision everything else follows from: **the same definition model and the
//! same validation semantics everywhere.** A form author writes `forms/<id>/form.json`; the
//! browser, the server and the linter all parse it with [`definition`], compile it into a
//! [`form::Form`] and validate data with the compact validator in [`schema`]. The reference
//! validator (the `jsonschema` crate) is too large for the browser (~740 KB gzip), so the
//! compact one supports a documented keyword subset and is held to the reference by the
//! JSON-Schema-Test-Suite and by differential tests; `lint` rejects forms outside the subset.
//!
//! The crate does no I/O: callers hand it text and values, and it hands back values and
//! errors-as-data (every error, with a JSON pointer), never the first one only.

pub mod appointments;
pub mod config;
pub mod contact;
pub mod definition;
pub mod form;
pub mod i18n;
pub mod kiosk;
pub mod pointer;
#[cfg(feature = "reference")]
pub mod reference;
pub mod regex;
pub mod schema;
pub mod status;
pub mod submission;
