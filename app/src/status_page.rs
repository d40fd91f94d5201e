//! "Status of your application" (`/status`): the applicant enters the reference and the
//! status code from the receipt and sees where the application stands, with its history, in
//! their own language (docs/STATUS.md).
//!
//! Statuses arrive as codes and are worded here from app.ftl (`status-*`). A typo in either
//! code is caught by its check symbol before anything is asked of the server. On this device,
//! a stored receipt fills in the status code, so `/status?ref=…` from the receipt page needs
//! no typing.

use leptos::prelude::*;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use pforte_engine::status::{CaseEvent, CaseStatus, PickupMode, Status};
use pforte_engine::submission::{reference, status_secret};

use crate::catalog::{self, Shared};
use crate::drafts::outbox;
use crate::send::RECEIPT_PREFIX;

/// Which input an error belongs to, if one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Reference,
    Code,
    /// Booking without an application: the email address, and the code sent to it.
    Email,
    OneTimeCode,
}

/// The reference in `?ref=`, if any.
pub fn reference_from_url() -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    reference::normalize(&params.get("ref")?)
}

/// The status code kept with this device's receipt for `reference`.
async fn stored_code(reference: &str) -> Option<String> {
    let record = outbox::get(&format!("{RECEIPT_PREFIX}{reference}"))
        .await
        .ok()?;
    js_sys::Reflect::get(&record, &"statusCode".into())
        .ok()?
        .as_string()
}

/// Why something failed: a message id, and the input it is about if one.
pub type Failure = (&'static str, Option<Field>);

/// The reference and status code as typed, checked by their check symbols (canonical).
pub fn checked(typed_reference: &str, typed_code: &str) -> Result<(String, String), Failure> {
    let reference = reference::normalize(typed_reference)
        .ok_or(("status-error-reference", Some(Field::Reference)))?;
    let code =
        status_secret::normalize(typed_code).ok_or(("status-error-code", Some(Field::Code)))?;
    Ok((reference, code))
}

/// The server's refusals of a proof (and anything unexpected), as a failure.
pub fn proof_refused(status: u16, text: &str) -> Failure {
    match status {
        404 if text.contains("wrong-code") => ("appointments-error-code", Some(Field::OneTimeCode)),
        404 => ("status-error-not-found", None),
        422 if text.contains("not-a-reference") => {
            ("status-error-reference", Some(Field::Reference))
        }
        422 if text.contains("not-a-status-code") => ("status-error-code", Some(Field::Code)),
        429 => ("status-error-too-many", None),
        _ => ("status-error-offline", None),
    }
}

/// Ask the server for the case.
async fn look_up(typed_reference: &str, typed_code: &str) -> Result<CaseStatus, Failure> {
    let (reference, code) = checked(typed_reference, typed_code)?;
    let body = serde_json::json!({"reference": reference, "secret": code}).to_string();
    let (status, text) = crate::api::post_json("/api/v1/status", &body)
        .await
        .map_err(|_| ("status-error-offline", None))?;
    match status {
        200 => serde_json::from_str(&text).map_err(|_| ("status-error-offline", None)),
        _ => Err(proof_refused(status, &text)),
    }
}

/// Reference and status code as typed; filled in from this device's receipt when the
/// address names a reference (`?ref=`).
#[derive(Clone, Copy)]
pub struct Proof {
    pub reference: RwSignal<String>,
    pub code: RwSignal<String>,
}

impl Proof {
    pub fn from_address() -> Proof {
        let proof = Proof {
            reference: RwSignal::new(reference_from_url().unwrap_or_default()),
            code: RwSignal::new(String::new()),
        };
        if let Some(reference) = reference_from_url() {
            leptos::task::spawn_local(async move {
                if let Some(code) = stored_code(&reference).await {
                    proof.code.set(code);
                }
            });
        }
        proof
    }
}

/// The text of a failure, for [`ErrorBox`].
pub fn error_text(
    cat: &Shared<Catalog>,
    error: RwSignal<Option<Failure>>,
) -> Signal<Option<String>> {
    let cat = cat.clone();
    Signal::derive(move || error.get().map(|(id, _)| cat.text(id, None)))
}

/// The two inputs of a proof, described by their hints and by the page's one error box
/// (`#status-error`).
#[component]
pub fn ProofFields(
    cat: Shared<Catalog>,
    proof: Proof,
    error: RwSignal<Option<Failure>>,
) -> impl IntoView {
    let invalid = move |field: Field| {
        move || (error.get().and_then(|(_, f)| f) == Some(field)).then_some("true")
    };
    view! {
        <div class="field">
            <label for="status-reference">{cat.text("status-reference", None)}</label>
            <p class="help" id="status-reference-help">{cat.text("status-reference-hint", None)}</p>
            <input type="text" id="status-reference" dir="ltr" autocomplete="off"
                spellcheck="false" autocapitalize="characters"
                aria-describedby="status-reference-help status-error"
                aria-invalid=invalid(Field::Reference)
                prop:value=move || proof.reference.get()
                on:input=move |ev| proof.reference.set(event_target_value(&ev)) />
        </div>
        <div class="field">
            <label for="status-code">{cat.text("status-code", None)}</label>
            <p class="help" id="status-code-help">{cat.text("status-code-hint", None)}</p>
            <input type="text" id="status-code" dir="ltr" autocomplete="off"
                spellcheck="false" autocapitalize="characters"
                aria-describedby="status-code-help status-error"
                aria-invalid=invalid(Field::Code)
                prop:value=move || proof.code.get()
                on:input=move |ev| proof.code.set(event_target_value(&ev)) />
        </div>
    }
}

/// The page's one error box: an alert that takes the focus when something failed
/// (`message` is its text, `None` while nothing failed).
#[component]
pub fn ErrorBox(message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="error-box" id="status-error" tabindex="-1" role="alert"
            hidden=move || message.get().is_none()>{move || message.get()}</p>
    }
}

#[component]
pub fn StatusPage(lang: RwSignal<String>) -> impl IntoView {
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &[]).await }
    });
    let proof = Proof::from_address();
    let error = RwSignal::new(None::<Failure>);
    let busy = RwSignal::new(false);
    let case = RwSignal::new(None::<Shared<CaseStatus>>);
    // The proof the shown case was looked up with (canonical), for the notice.
    let proven = RwSignal::new(None::<(String, String)>);
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let (typed_reference, typed_code) =
            (proof.reference.get_untracked(), proof.code.get_untracked());
        leptos::task::spawn_local(async move {
            match look_up(&typed_reference, &typed_code).await {
                Ok(found) => {
                    proven.set(checked(&typed_reference, &typed_code).ok());
                    case.set(Some(catalog::shared(found)));
                    request_animation_frame(|| crate::nav::focus("status-now"));
                }
                Err(err) => {
                    case.set(None);
                    error.set(Some(err));
                    request_animation_frame(|| crate::nav::focus("status-error"));
                }
            }
            busy.set(false);
        });
    };
    move || {
        texts.get().and_then(Result::ok).map(|cat| {
            let result = {
                let cat = cat.clone();
                move || {
                    let proof = proven.get()?;
                    case.get().map(|case| {
                        let on = case.notify;
                        view! {
                            <CaseView case cat=cat.clone() />
                            <Notice cat=cat.clone() proof on />
                        }
                    })
                }
            };
            view! {
                <h1>{cat.text("status-title", None)}</h1>
                <p>{cat.text("status-intro", None)}</p>
                <ErrorBox message=error_text(&cat, error) />
                <form class="status-lookup" on:submit=go novalidate>
                    <ProofFields cat=cat.clone() proof error />
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {cat.text("status-submit", None)}
                    </button>
                </form>
                {result}
            }
        })
    }
}

/// The current status and the history, newest first.
#[component]
fn CaseView(case: Shared<CaseStatus>, cat: Shared<Catalog>) -> impl IntoView {
    let now = case
        .events
        .iter()
        .rev()
        .find_map(|event| event.status.clone());
    let history = case
        .events
        .iter()
        .rev()
        .map(|event| {
            view! {
                <li>
                    <time datetime=event.at.clone()>{crate::receipt_page::local_time(&event.at, &cat.locale)}</time>
                    " "
                    {event_view(event, &cat)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="case" aria-labelledby="status-now">
            <h2 id="status-now" tabindex="-1">{cat.text("status-current", None)}</h2>
            <p class="reference"><bdi dir="ltr">{case.reference.clone()}</bdi></p>
            {now.map(|status| view! { <div class="state-now">{status_view(&status, &cat)}</div> })}
            <h2>{cat.text("status-history", None)}</h2>
            <ul class="history">{history}</ul>
        </section>
    }
}

fn event_view(event: &CaseEvent, cat: &Catalog) -> AnyView {
    match (&event.status, &event.fiction_valid_until) {
        (Some(status), _) => {
            view! { <strong>{cat.text(&format!("status-{}", status.code()), None)}</strong> }
                .into_any()
        }
        (None, Some(until)) => {
            let mut args = FluentArgs::new();
            let date =
                crate::review::local_date(until, &cat.locale).unwrap_or_else(|| until.clone());
            args.set("date", FluentValue::from(date));
            view! { <span>{cat.text("status-fiction", Some(&args))}</span> }.into_any()
        }
        (None, None) => ().into_any(),
    }
}

/// A status with what it asks of the applicant.
fn status_view(status: &Status, cat: &Catalog) -> impl IntoView {
    let title = cat.text(&format!("status-{}", status.code()), None);
    let details = match status {
        Status::DocumentsMissing { documents } => {
            let items = documents
                .iter()
                .map(|document| view! { <li>{cat.text(&format!("status-document-{}", document.code()), None)}</li> })
                .collect_view();
            Some(
                view! { <p>{cat.text("status-missing-intro", None)}</p><ul>{items}</ul> }
                    .into_any(),
            )
        }
        Status::ReadyForPickup { mode, pickup_code } => {
            let mut args = FluentArgs::new();
            if let Some(code) = pickup_code {
                args.set("code", FluentValue::from(code.clone()));
            }
            let id = match mode {
                PickupMode::Counter => "status-pickup-counter",
                PickupMode::Dispenser => "status-pickup-dispenser",
                PickupMode::Post => "status-pickup-post",
            };
            Some(view! { <p>{cat.text(id, Some(&args))}</p> }.into_any())
        }
        _ => None,
    };
    view! { <p class="state"><strong>{title}</strong></p>{details} }
}

/// Ask for an email when the status changes, or stop it (docs/STATUS.md, "Told by
/// email"). The address and the language are encrypted here to the office key; the server
/// keeps only that JWE.
async fn ask_for_notice(
    proof: &(String, String),
    email: Option<&str>,
    lang: &str,
) -> Result<(), Failure> {
    let failed = ("status-notice-error-failed", None);
    let sealed = match email {
        Some(email) => {
            let office = crate::seal::office_key().await.map_err(|_| failed)?;
            let address = serde_json::json!({"email": email.trim(), "lang": lang}).to_string();
            let (jwe, _) = crate::seal::seal_json(&office, &address)
                .await
                .map_err(|_| failed)?;
            Some(jwe)
        }
        None => None,
    };
    let body = serde_json::json!({
        "reference": proof.0, "secret": proof.1, "encryptedAddress": sealed,
    })
    .to_string();
    let (status, text) = crate::api::post_json("/api/v1/status/notice", &body)
        .await
        .map_err(|_| ("status-error-offline", None))?;
    match status {
        200 => Ok(()),
        404 | 429 => Err(proof_refused(status, &text)),
        _ => Err(failed),
    }
}

/// "Get an email when the status changes": an email field, or, once asked, a way to stop.
#[component]
fn Notice(cat: Shared<Catalog>, proof: (String, String), on: bool) -> impl IntoView {
    let on = RwSignal::new(on);
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let done = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let lang = cat.locale.clone();
    let send = move |address: Option<String>| {
        if busy.get_untracked() {
            return;
        }
        if let Some(typed) = &address {
            if !pforte_engine::contact::looks_like_email(typed) {
                error.set(Some("status-notice-error-email"));
                crate::nav::focus("notice-email");
                return;
            }
        }
        busy.set(true);
        error.set(None);
        done.set(None);
        let (proof, lang) = (proof.clone(), lang.clone());
        leptos::task::spawn_local(async move {
            match ask_for_notice(&proof, address.as_deref(), &lang).await {
                Ok(()) => {
                    let asked = address.is_some();
                    on.set(asked);
                    done.set(Some(if asked {
                        "status-notice-on"
                    } else {
                        "status-notice-off"
                    }));
                    request_animation_frame(|| crate::nav::focus("notice-done"));
                }
                Err((id, _)) => {
                    error.set(Some(id));
                    request_animation_frame(|| crate::nav::focus("notice-error"));
                }
            }
            busy.set(false);
        });
    };
    let subscribe = {
        let send = send.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            send(Some(email.get_untracked()));
        }
    };
    let stop = move |_| send(None);
    let text = {
        let cat = cat.clone();
        move |id: Option<&'static str>| id.map(|id| cat.text(id, None))
    };
    let (error_text, done_text) = (text.clone(), text);
    view! {
        <section class="notice" aria-labelledby="notice-title">
            <h2 id="notice-title">{cat.text("status-notice-title", None)}</h2>
            <p id="notice-help">{cat.text("status-notice-intro", None)}</p>
            <p class="error-box" id="notice-error" tabindex="-1" role="alert"
                hidden=move || error.get().is_none()>{move || error_text(error.get())}</p>
            <p class="notice-done" id="notice-done" tabindex="-1" role="status"
                hidden=move || done.get().is_none()>{move || done_text(done.get())}</p>
            {
                let cat = cat.clone();
                move || if on.get() {
                    let stop = stop.clone();
                    view! {
                        // Said once: by the announcement just made, or else here.
                        <p hidden=move || done.get().is_some()>{cat.text("status-notice-on", None)}</p>
                        <button type="button" class="secondary" on:click=stop
                            aria-disabled=move || busy.get().then_some("true")>
                            {cat.text("status-notice-stop", None)}
                        </button>
                    }.into_any()
                } else {
                    let subscribe = subscribe.clone();
                    view! {
                        <form class="notice-form" on:submit=subscribe novalidate>
                            <div class="field">
                                <label for="notice-email">{cat.text("status-notice-email", None)}</label>
                                <input type="email" id="notice-email" dir="ltr" autocomplete="email"
                                    spellcheck="false" maxlength="254"
                                    aria-describedby="notice-help notice-error"
                                    aria-invalid=move || error.get().is_some().then_some("true")
                                    prop:value=move || email.get()
                                    on:input=move |ev| email.set(event_target_value(&ev)) />
                            </div>
                            <button type="submit" class="primary"
                                aria-disabled=move || busy.get().then_some("true")>
                                {cat.text("status-notice-submit", None)}
                            </button>
                        </form>
                    }.into_any()
                }
            }
        </section>
    }
}
