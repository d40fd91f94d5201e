//! The applicant's other services, a wasm of their own (services.html, `src/bin/services.rs`):
//! the status lookup (`/status`), booking an appointment (`/appointments`) and cancelling one
//! (`/appointments/cancel`). Someone filling in a form downloads none of them.

use leptos::prelude::*;

use crate::{appointments_page, catalog};

#[component]
pub fn Services() -> impl IntoView {
    crate::app::remove_shell();
    let path = window().location().pathname().unwrap_or_default();
    let lang = RwSignal::new(catalog::initial_locale());
    let page = if path == crate::app::STATUS {
        view! { <crate::status_page::StatusPage lang /> }.into_any()
    } else if path == appointments_page::CANCEL {
        view! { <appointments_page::CancelPage lang /> }.into_any()
    } else {
        view! { <appointments_page::AppointmentsPage lang /> }.into_any()
    };
    crate::app::framed(lang, |_| page)
}
