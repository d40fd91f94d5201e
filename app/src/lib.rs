//! Pforte's browser app as a library with three entry points, so each page group is its own
//! wasm and nobody downloads what they never use (ARCHITECTURE.md, "Bundle budget"):
//!
//! - `src/main.rs` (`pforte-app`, index.html): the applicant's forms and receipts
//!   ([`app::App`]);
//! - `src/bin/services.rs` (`pforte-services`, services.html): the status lookup and booking
//!   ([`services::Services`]);
//! - `src/bin/desk.rs` (`pforte-desk`, desk.html): the office's pages — the entrance kiosk,
//!   the visitor's ticket and the staff inbox ([`desk::Desk`]).
//!
//! Everything else is shared; the linker keeps in each wasm only what its entry point reaches.
//! The form app's wasm is further split into chunks loaded later ([`later`]).

pub mod api;
pub mod app;
pub mod appointments_page;
pub mod catalog;
pub mod combobox;
pub mod desk;
pub mod drafts;
pub mod fields;
pub mod files;
pub mod form_page;
pub mod handover;
pub mod kiosk_crypto;
pub mod kiosk_page;
pub mod later;
pub mod nav;
pub mod office_page;
pub mod offline;
pub mod receipt_page;
pub mod regex_js;
pub mod review;
pub mod seal;
pub mod send;
pub mod send_view;
pub mod services;
pub mod statement;
pub mod status_page;
pub mod ticket_page;
pub mod timer;
