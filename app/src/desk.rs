//! The office's pages, a wasm of their own (desk.html, `src/bin/desk.rs`): the entrance
//! kiosk (`/kiosk`, its own layout), the visitor's ticket (`/ticket`) and the staff inbox
//! (`/office`). The applicant's app carries none of them.

use leptos::prelude::*;

use crate::catalog;

#[component]
pub fn Desk() -> impl IntoView {
    crate::app::remove_shell();
    let path = window().location().pathname().unwrap_or_default();
    if path == "/kiosk" {
        // Its own layout, and no remembered language: the next visitor starts afresh.
        return view! { <crate::kiosk_page::KioskPage /> }.into_any();
    }
    let lang = RwSignal::new(catalog::initial_locale());
    let page = if path == "/ticket" {
        view! { <crate::ticket_page::TicketPage lang /> }.into_any()
    } else {
        view! { <crate::office_page::OfficePage lang /> }.into_any()
    };
    crate::app::framed(lang, |_| page)
}
