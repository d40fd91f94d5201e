//! The entrance kiosk (`/kiosk`, docs/KIOSK.md): a visitor picks their language, describes an
//! urgent concern and gets a ticket number; the concern is routed here by the office's rules
//! (`pforte_engine::kiosk`) and encrypted to that team's key before it leaves the terminal.
//!
//! The kiosk is shared by strangers, so it keeps nothing:
//! - every screen is in memory; the address never changes, so there is no history to go
//!   back into;
//! - the language is set on the document only, not remembered (unlike the app's chooser);
//! - it encrypts only to team keys whose pin is the one in its start address (`?pin=`,
//!   from `pforte office kiosk-pin`), so a swapped key on the server is refused;
//! - after [`idle_seconds`] without a touch or key (a countdown shows for the last part), on
//!   "Done" and on "Cancel", [`wipe`] clears the storages and reloads `/kiosk` in place,
//!   which drops the page's memory, DOM and form state with it.

use leptos::prelude::*;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue, LOCALES};
use pforte_engine::kiosk::api::{ConcernContent, KioskSetup, Ticket, MAX_CONTACT, MAX_DESCRIPTION};
use pforte_engine::kiosk::Routing;
use pforte_engine::submission::{reference, ticket_code};

use crate::catalog::{self, Shared};

/// Idle time before the kiosk wipes itself: `?idle=` in seconds (5 to 600; the office sets it
/// in the terminal's start address), else two minutes.
pub fn idle_seconds() -> u32 {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| {
            q.trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("idle=")?.parse::<u32>().ok())
        })
        .map_or(120, |s| s.clamp(5, 600))
}

/// Forget everything: the storages, and the page itself (reloaded in place, so the history
/// gains no entry and the previous page cannot be gone back to).
pub fn wipe() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for storage in [window.session_storage(), window.local_storage()]
        .into_iter()
        .flatten()
        .flatten()
    {
        let _ = storage.clear();
    }
    let search = window.location().search().unwrap_or_default();
    let _ = window.location().replace(&format!("/kiosk{search}"));
}

/// The setup (routing compiled) from the server.
struct Setup {
    raw: KioskSetup,
    routing: Routing,
}

/// `?pin=` in the kiosk's start address: the pin of the team keys it may encrypt to
/// (`pforte office kiosk-pin`).
fn pin() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| {
            q.trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("pin=").map(str::to_string))
        })
}

/// The setup, if its keys carry the pin the terminal was started with (without a pin, as in
/// development, any keys the server serves).
async fn load_setup() -> Result<Shared<Setup>, String> {
    let text = crate::api::text("/api/v1/kiosk").await?;
    let raw: KioskSetup = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    if pin().is_some_and(|pin| pin != pforte_engine::kiosk::api::key_pin(&raw.team_keys)) {
        return Err("the team keys do not match the kiosk's pin".into());
    }
    let routing = Routing::compile(&raw.routing).map_err(|_| "routing".to_string())?;
    Ok(catalog::shared(Setup { raw, routing }))
}

/// 80 random bits as a ticket code.
fn new_ticket_code() -> Option<String> {
    let bytes = crate::seal::random::<16>().ok()?;
    Some(ticket_code::encode(u128::from_le_bytes(bytes)))
}

/// What went wrong on the form: (field id to link to, message id).
type Problems = Vec<(String, &'static str)>;

/// The form as typed.
#[derive(Clone, Copy)]
struct Entry {
    concern: RwSignal<Option<String>>,
    reference: RwSignal<String>,
    description: RwSignal<String>,
    contact: RwSignal<String>,
    consent: RwSignal<bool>,
}

impl Entry {
    fn new() -> Entry {
        Entry {
            concern: RwSignal::new(None),
            reference: RwSignal::new(String::new()),
            description: RwSignal::new(String::new()),
            contact: RwSignal::new(String::new()),
            consent: RwSignal::new(false),
        }
    }

    fn problems(&self, first_concern: &str) -> Problems {
        let mut problems = Vec::new();
        if self.concern.get_untracked().is_none() {
            problems.push((
                format!("kiosk-concern-{first_concern}"),
                "kiosk-error-concern",
            ));
        }
        let typed = self.reference.get_untracked();
        if !typed.trim().is_empty() && reference::normalize(&typed).is_none() {
            problems.push(("kiosk-reference".into(), "kiosk-error-reference"));
        }
        let description = self.description.get_untracked();
        if description.trim().is_empty() {
            problems.push(("kiosk-description".into(), "kiosk-error-description"));
        } else if description.chars().count() > MAX_DESCRIPTION {
            problems.push(("kiosk-description".into(), "kiosk-error-too-long"));
        }
        if self.contact.get_untracked().chars().count() > MAX_CONTACT {
            problems.push(("kiosk-contact".into(), "kiosk-error-too-long"));
        }
        if !self.consent.get_untracked() {
            problems.push(("kiosk-consent".into(), "kiosk-error-consent"));
        }
        problems
    }
}

/// Route, encrypt to the team and send; the ticket and its code.
async fn send(setup: &Setup, lang: &str, entry: Entry) -> Result<(Ticket, String), ()> {
    let concern = entry.concern.get_untracked().ok_or(())?;
    let typed = entry.reference.get_untracked();
    let reference = reference::normalize(&typed);
    let team = setup
        .routing
        .route(&concern, lang, reference.as_deref())
        .map_err(|_| ())?
        .to_string();
    let jwk = setup.raw.team_keys.get(&team).ok_or(())?;
    let kid = jwk.get("kid").and_then(|k| k.as_str()).unwrap_or_default();
    let key = crate::seal::import_public(&jwk.to_string(), kid)
        .await
        .map_err(|_| ())?;
    for _ in 0..3 {
        let code = new_ticket_code().ok_or(())?;
        let contact = entry.contact.get_untracked();
        let content = ConcernContent {
            concern: concern.clone(),
            language: lang.to_string(),
            reference: reference.clone(),
            description: entry.description.get_untracked().trim().to_string(),
            contact: Some(contact.trim().to_string()).filter(|c| !c.is_empty()),
            consent: true,
            ticket_code: code.clone(),
        };
        let text = serde_json::to_string(&content).map_err(|_| ())?;
        let (encrypted, _) = crate::seal::seal_json(&key, &text).await.map_err(|_| ())?;
        let body = serde_json::json!({
            "concern": concern, "team": team, "encrypted": encrypted,
            "ticketDigest": ticket_code::digest(&code),
        });
        let (status, answer) = crate::api::post_json("/api/v1/kiosk/concerns", &body.to_string())
            .await
            .map_err(|_| ())?;
        match status {
            201 => return Ok((serde_json::from_str(&answer).map_err(|_| ())?, code)),
            // The code was drawn before (80 bits: practically never); draw another.
            409 => continue,
            _ => return Err(()),
        }
    }
    Err(())
}

#[component]
pub fn KioskPage() -> impl IntoView {
    let setup = crate::api::loaded(load_setup);
    let lang = RwSignal::new(None::<String>);
    let start = crate::api::loaded(|| async {
        let german = catalog::load("de", &["kiosk"]).await?;
        let english = catalog::load("en", &["kiosk"]).await?;
        Ok::<_, String>((german, english))
    });
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move {
            match lang {
                Some(lang) => Some(catalog::load(&lang, &["kiosk"]).await),
                None => None,
            }
        }
    });
    let sent = RwSignal::new(None::<(Ticket, String)>);
    let last_touch = RwSignal::new(now());
    let left = RwSignal::new(None::<u32>);
    let idle = idle_seconds();
    // The idle watch runs while a visitor is at it (any screen but the start).
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if lang.get_untracked().is_none() {
                return;
            }
            let passed = ((now() - last_touch.get_untracked()) / 1000.0) as u32;
            let remaining = idle.saturating_sub(passed);
            if remaining == 0 {
                wipe();
            }
            let warn = (idle / 2).min(30);
            left.set((remaining <= warn).then_some(remaining));
        },
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    let touch = move || {
        last_touch.set(now());
        left.set(None);
    };
    let body = move || {
        let Some(Ok(setup)) = setup.get() else {
            return match (setup.get(), start.get()) {
                (Some(Err(_)), Some(Ok((german, english)))) => view! {
                    <p class="error-box" role="alert">{german.text("kiosk-unavailable", None)}</p>
                    <p class="error-box" lang="en">{english.text("kiosk-unavailable", None)}</p>
                }
                .into_any(),
                _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
            };
        };
        match (lang.get(), texts.get()) {
            (None, _) => match start.get() {
                Some(Ok((german, english))) => view! { <Start german english lang /> }.into_any(),
                _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
            },
            (Some(_), Some(Some(Ok(cat)))) => match sent.get() {
                Some((ticket, code)) => view! { <TicketView cat ticket code /> }.into_any(),
                None => view! { <ConcernForm cat setup=setup.clone() sent /> }.into_any(),
            },
            _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        }
    };
    let countdown = move || {
        let seconds = left.get()?;
        let cat = texts.get().flatten().and_then(Result::ok)?;
        let mut args = FluentArgs::new();
        args.set("seconds", FluentValue::from(seconds));
        Some(view! {
            <div class="kiosk-idle" role="alertdialog" aria-modal="true"
                aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-text">
                <h2 id="kiosk-idle-title">{cat.text("kiosk-idle-title", None)}</h2>
                <p id="kiosk-idle-text" aria-live="assertive">{cat.text("kiosk-idle-countdown", Some(&args))}</p>
                <button type="button" class="primary" id="kiosk-continue" autofocus
                    on:click=move |_| touch()>{cat.text("kiosk-idle-continue", None)}</button>
            </div>
        })
    };
    Effect::new(move || {
        if left.get().is_some() {
            request_animation_frame(|| crate::nav::focus("kiosk-continue"));
        }
    });
    view! {
        <main class="kiosk" id="main" tabindex="-1"
            on:pointerdown=move |_| touch() on:keydown=move |_| touch() on:input=move |_| touch()>
            {body}
            {countdown}
        </main>
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// The start screen: the kiosk's purpose in German and English, and the languages by endonym.
#[component]
fn Start(
    german: Shared<Catalog>,
    english: Shared<Catalog>,
    lang: RwSignal<Option<String>>,
) -> impl IntoView {
    catalog::set_document_language("de");
    let choose = move |tag: &'static str| {
        move |_| {
            catalog::set_document_language(tag);
            lang.set(Some(tag.to_string()));
            request_animation_frame(|| crate::nav::focus("kiosk-heading"));
        }
    };
    let buttons = LOCALES
        .iter()
        .map(|(tag, name, rtl)| {
            view! {
                <li>
                    <button type="button" class="kiosk-language" lang=*tag
                        dir=if *rtl { "rtl" } else { "ltr" } on:click=choose(tag)>{*name}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{german.text("kiosk-title", None)}
            " "<span class="kiosk-other" lang="en">{english.text("kiosk-title", None)}</span></h1>
        <p>{german.text("kiosk-welcome", None)}</p>
        <p lang="en">{english.text("kiosk-welcome", None)}</p>
        <nav aria-labelledby="kiosk-choose">
            <h2 id="kiosk-choose">{german.text("kiosk-choose-language", None)}
                " / "<span lang="en">{english.text("kiosk-choose-language", None)}</span></h2>
            <ul class="kiosk-languages">{buttons}</ul>
        </nav>
    }
}

#[component]
fn ConcernForm(
    cat: Shared<Catalog>,
    setup: Shared<Setup>,
    sent: RwSignal<Option<(Ticket, String)>>,
) -> impl IntoView {
    let entry = Entry::new();
    let problems = RwSignal::new(Problems::new());
    let failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let types = setup.routing.concern_types().to_vec();
    let first = types.first().cloned().unwrap_or_default();
    let recheck = first.clone();
    let lang = cat.locale.clone();
    let submit = {
        let setup = setup.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let found = entry.problems(&first);
            failed.set(false);
            if !found.is_empty() {
                problems.set(found);
                request_animation_frame(|| crate::nav::focus("kiosk-errors"));
                return;
            }
            problems.set(Vec::new());
            busy.set(true);
            let (setup, lang) = (setup.clone(), lang.clone());
            leptos::task::spawn_local(async move {
                match send(&setup, &lang, entry).await {
                    Ok(ticket) => {
                        sent.set(Some(ticket));
                        request_animation_frame(|| crate::nav::focus("kiosk-heading"));
                    }
                    Err(()) => {
                        failed.set(true);
                        request_animation_frame(|| crate::nav::focus("kiosk-failed"));
                    }
                }
                busy.set(false);
            });
        }
    };
    let error_of = move |field: &'static str| {
        move || {
            problems
                .get()
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, m)| *m)
        }
    };
    let described = |field: &'static str, hint: bool| {
        move || {
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{field}-hint"));
            }
            ids.push(format!("{field}-error"));
            ids.join(" ")
        }
    };
    let c = cat.clone();
    let field_error = move |field: &'static str| {
        let c = c.clone();
        move || {
            error_of(field)().map(|m| {
                view! { <p class="error" id=format!("{field}-error")>{c.text(m, None)}</p> }
            })
        }
    };
    let c = cat.clone();
    let summary = move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(field, message)| {
                    view! { <li><a href=format!("#{field}")>{c.text(message, None)}</a></li> }
                })
                .collect_view();
            view! {
                <div class="error-summary" id="kiosk-errors" tabindex="-1" role="alert">
                    <h2>{c.text("kiosk-error-summary", None)}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    // Once the summary is up, it follows the answers: a fixed problem leaves it at once.
    Effect::new(move || {
        entry.concern.track();
        entry.reference.track();
        entry.description.track();
        entry.contact.track();
        entry.consent.track();
        if !problems.get_untracked().is_empty() {
            problems.set(entry.problems(&recheck));
        }
    });
    let concern_invalid = move || {
        problems
            .get()
            .iter()
            .any(|(_, m)| *m == "kiosk-error-concern")
            .then_some("true")
    };
    let choices = types
        .iter()
        .map(|id| {
            let value = id.clone();
            let checked = {
                let id = id.clone();
                move || entry.concern.get().as_deref() == Some(id.as_str())
            };
            view! {
                <label class="choice kiosk-choice">
                    <input type="radio" name="kiosk-concern" id=format!("kiosk-concern-{id}")
                        value=id.clone() prop:checked=checked
                        on:change=move |_| entry.concern.set(Some(value.clone())) />
                    <span>{cat.text(&format!("kiosk-concern-{id}"), None)}</span>
                </label>
            }
        })
        .collect_view();
    let mut max = FluentArgs::new();
    max.set("max", FluentValue::from(MAX_DESCRIPTION));
    let fe = field_error.clone();
    let fe2 = field_error.clone();
    let fe3 = field_error.clone();
    let fe4 = field_error.clone();
    view! {
        <h1 id="kiosk-heading" tabindex="-1">{cat.text("kiosk-title", None)}</h1>
        {summary}
        <p class="error-box" id="kiosk-failed" tabindex="-1" role="alert" hidden=move || !failed.get()>
            {cat.text("kiosk-error-send", None)}
        </p>
        <form class="kiosk-form" on:submit=submit novalidate>
            <fieldset aria-describedby="kiosk-concern-error" aria-invalid=concern_invalid>
                <legend>{cat.text("kiosk-concern", None)}</legend>
                {choices}
                {field_error("kiosk-concern")}
            </fieldset>
            <div class="field">
                <label for="kiosk-reference">{cat.text("kiosk-reference", None)}</label>
                <p class="help" id="kiosk-reference-hint">{cat.text("kiosk-reference-hint", None)}</p>
                <input type="text" id="kiosk-reference" dir="ltr" autocomplete="off" spellcheck="false"
                    autocapitalize="characters" aria-describedby=described("kiosk-reference", true)
                    aria-invalid=move || error_of("kiosk-reference")().map(|_| "true")
                    prop:value=move || entry.reference.get()
                    on:input=move |ev| entry.reference.set(event_target_value(&ev)) />
                {fe("kiosk-reference")}
            </div>
            <div class="field">
                <label for="kiosk-description">{cat.text("kiosk-description", None)}</label>
                <p class="help" id="kiosk-description-hint">{cat.text("kiosk-description-hint", Some(&max))}</p>
                <textarea id="kiosk-description" rows="4" maxlength=MAX_DESCRIPTION.to_string()
                    autocomplete="off" aria-describedby=described("kiosk-description", true)
                    aria-invalid=move || error_of("kiosk-description")().map(|_| "true")
                    prop:value=move || entry.description.get()
                    on:input=move |ev| entry.description.set(event_target_value(&ev))></textarea>
                {fe2("kiosk-description")}
            </div>
            <div class="field">
                <label for="kiosk-contact">{cat.text("kiosk-contact", None)}</label>
                <input type="text" id="kiosk-contact" dir="ltr" autocomplete="off"
                    maxlength=MAX_CONTACT.to_string() aria-describedby=described("kiosk-contact", false)
                    aria-invalid=move || error_of("kiosk-contact")().map(|_| "true")
                    prop:value=move || entry.contact.get()
                    on:input=move |ev| entry.contact.set(event_target_value(&ev)) />
                {fe3("kiosk-contact")}
            </div>
            <div class="field">
                <label class="choice kiosk-choice">
                    <input type="checkbox" id="kiosk-consent" aria-describedby="kiosk-consent-error"
                        aria-invalid=move || error_of("kiosk-consent")().map(|_| "true")
                        prop:checked=move || entry.consent.get()
                        on:change=move |ev| entry.consent.set(event_target_checked(&ev)) />
                    <span>{cat.text("kiosk-consent", None)}</span>
                </label>
                {fe4("kiosk-consent")}
            </div>
            <p class="sending" role="status">{let c = cat.clone(); move || busy.get().then(|| c.text("kiosk-sending", None))}</p>
            <div class="kiosk-actions">
                <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                    {cat.text("kiosk-send", None)}
                </button>
                <button type="button" class="secondary" on:click=move |_| wipe()>
                    {cat.text("kiosk-cancel", None)}
                </button>
            </div>
        </form>
    }
}

/// The visitor's ticket: the number they are called by, and the code (with a QR code) to read
/// the team's answer on their own phone.
#[component]
fn TicketView(cat: Shared<Catalog>, ticket: Ticket, code: String) -> impl IntoView {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let link = format!("{origin}/ticket#{code}");
    view! {
        <h1 id="kiosk-heading" tabindex="-1">{cat.text("kiosk-ticket-title", None)}</h1>
        <p class="kiosk-number-label">{cat.text("kiosk-ticket-number", None)}</p>
        <p class="kiosk-number" id="kiosk-number"><bdi dir="ltr">{ticket.number}</bdi></p>
        <p>{cat.text("kiosk-ticket-team", None)}</p>
        <h2>{cat.text("kiosk-ticket-code", None)}</h2>
        <p class="kiosk-code" id="kiosk-code"><bdi dir="ltr">{code}</bdi></p>
        <p>{cat.text("kiosk-ticket-code-hint", None)}</p>
        {crate::receipt_page::qr_svg(&link, cat.text("kiosk-ticket-code", None))}
        <div class="kiosk-actions">
            <button type="button" class="primary" id="kiosk-done" on:click=move |_| wipe()>
                {cat.text("kiosk-done", None)}
            </button>
        </div>
    }
}
