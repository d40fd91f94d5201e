//! "Your ticket" (`/ticket#CODE`, docs/KIOSK.md): on their own phone, a kiosk visitor sees
//! whether the team has taken up their concern and reads the team's note, which only their
//! ticket code opens (it is decrypted here; the server holds only the code's digest). The code
//! comes in the address's fragment, which browsers never send to the server.

use leptos::prelude::*;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use pforte_engine::kiosk::api::{ConcernState, TicketStatus};
use pforte_engine::submission::ticket_code;

use crate::catalog::{self, Shared};

/// The ticket and its note in clear (if the team left one).
#[derive(Clone)]
struct Seen {
    ticket: TicketStatus,
    note: Option<String>,
}

async fn look_up(typed: &str) -> Result<Seen, &'static str> {
    let code = ticket_code::normalize(typed).ok_or("ticket-error-code")?;
    let body = serde_json::json!({ "code": code }).to_string();
    let (status, text) = crate::api::post_json("/api/v1/kiosk/ticket", &body)
        .await
        .map_err(|_| "ticket-error-offline")?;
    let ticket: TicketStatus = match status {
        200 => serde_json::from_str(&text).map_err(|_| "ticket-error-offline")?,
        404 => return Err("ticket-error-not-found"),
        422 => return Err("ticket-error-code"),
        429 => return Err("ticket-error-too-many"),
        _ => return Err("ticket-error-offline"),
    };
    let note = match &ticket.note {
        Some(jwe) => {
            let key = crate::kiosk_crypto::note_key(&code)
                .await
                .map_err(|_| "ticket-error-offline")?;
            crate::kiosk_crypto::open_note(&key, jwe).await.ok()
        }
        None => None,
    };
    Ok(Seen { ticket, note })
}

#[component]
pub fn TicketPage(lang: RwSignal<String>) -> impl IntoView {
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &["kiosk"]).await }
    });
    let from_address = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default();
    let code = RwSignal::new(from_address.clone());
    let error = RwSignal::new(None::<&'static str>);
    let seen = RwSignal::new(None::<Seen>);
    let run = move || {
        error.set(None);
        let typed = code.get_untracked();
        leptos::task::spawn_local(async move {
            match look_up(&typed).await {
                Ok(found) => seen.set(Some(found)),
                Err(message) => {
                    seen.set(None);
                    error.set(Some(message));
                    request_animation_frame(|| crate::nav::focus("ticket-error"));
                }
            }
        });
    };
    if !from_address.is_empty() {
        run();
    }
    move || {
        texts.get().and_then(Result::ok).map(|cat| {
            let c = cat.clone();
            let result = move || seen.get().map(|seen| view! { <TicketState cat=c.clone() seen /> });
            let c = cat.clone();
            view! {
                <h1>{cat.text("ticket-title", None)}</h1>
                <p class="error-box" id="ticket-error" tabindex="-1" role="alert"
                    hidden=move || error.get().is_none()>{move || error.get().map(|m| c.text(m, None))}</p>
                <form class="status-lookup" novalidate on:submit=move |ev| { ev.prevent_default(); run(); }>
                    <div class="field">
                        <label for="ticket-code">{cat.text("ticket-code", None)}</label>
                        <p class="help" id="ticket-code-hint">{cat.text("ticket-code-hint", None)}</p>
                        <input type="text" id="ticket-code" dir="ltr" autocomplete="off" spellcheck="false"
                            autocapitalize="characters" aria-describedby="ticket-code-hint ticket-error"
                            aria-invalid=move || (error.get() == Some("ticket-error-code")).then_some("true")
                            prop:value=move || code.get()
                            on:input=move |ev| code.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="primary">{cat.text("ticket-show", None)}</button>
                </form>
                {result}
            }
        })
    }
}

#[component]
fn TicketState(cat: Shared<Catalog>, seen: Seen) -> impl IntoView {
    let mut number = FluentArgs::new();
    number.set("number", FluentValue::from(seen.ticket.number.clone()));
    let state = match seen.ticket.state {
        ConcernState::New => "ticket-state-new",
        ConcernState::InProgress => "ticket-state-in-progress",
        ConcernState::Done => "ticket-state-done",
    };
    let mut time = FluentArgs::new();
    time.set(
        "time",
        FluentValue::from(crate::receipt_page::local_time(
            &seen.ticket.updated_at,
            &cat.locale,
        )),
    );
    view! {
        <section class="case" aria-labelledby="ticket-number">
            <h2 id="ticket-number">{cat.text("ticket-number", Some(&number))}</h2>
            <p class="state-now" role="status">{cat.text(state, None)}</p>
            {seen.note.map(|note| view! {
                <h3>{cat.text("ticket-note", None)}</h3>
                <p class="ticket-note" dir="auto">{note}</p>
            })}
            <p class="help">{cat.text("ticket-updated", Some(&time))}</p>
        </section>
    }
}
