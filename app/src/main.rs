//! Entry point of the browser app: mounts [`app::App`] and nothing else.

mod api;
mod app;
mod appointments_page;
mod catalog;
mod combobox;
mod drafts;
mod fields;
mod files;
mod form_page;
mod handover;
mod kiosk_crypto;
mod kiosk_page;
mod nav;
mod office_page;
mod offline;
mod receipt_page;
mod regex_js;
mod review;
mod seal;
mod send;
mod send_view;
mod statement;
mod status_page;
mod ticket_page;
mod timer;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
