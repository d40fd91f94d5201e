//! Booking an appointment (`/appointments`) and cancelling one (`/appointments/cancel#…`),
//! docs/APPOINTMENTS.md. The applicant proves who they are with the reference and status
//! code from their receipt (as on the status page, filled in from this device's receipt), picks
//! a service, a day and a time, and gets the appointment with an `.ics` file and a cancel
//! link. The cancel link carries its token in the fragment, which browsers never send to a
//! server.

use leptos::prelude::*;
use pforte_engine::appointments::api::{
    BookedAppointment as Booked, FreeTime as Time, FreeTimes, Offer as ServiceInfo,
    Offers as Services,
};
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use wasm_bindgen::JsValue;

use crate::catalog::{self, Shared};
use crate::status_page::{
    checked, error_text, proof_refused, ErrorBox, Failure, Field, Proof, ProofFields,
};

/// The cancel page's address.
pub const CANCEL: &str = "/appointments/cancel";

/// What went wrong, worded (some messages carry the date and time of another booking).
fn failure_args(date: &str, time: &str, locale: &str) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let shown = crate::review::local_date(date, locale).unwrap_or_else(|| date.to_string());
    args.set("date", FluentValue::from(shown));
    args.set("time", FluentValue::from(time.to_string()));
    args
}

/// A service's name: its message if the office wrote one, else its id.
fn service_name(cat: &Catalog, id: &str) -> String {
    let message = format!("service-{id}");
    if cat.has(&message) {
        cat.text(&message, None)
    } else {
        id.to_string()
    }
}

#[component]
pub fn AppointmentsPage(lang: RwSignal<String>) -> impl IntoView {
    let loaded = crate::api::loaded(move || {
        let lang = lang.get();
        async move {
            let cat = catalog::load(&lang, &[]).await.ok()?;
            let services = crate::api::text("/api/v1/appointments/services")
                .await
                .ok()
                .and_then(|text| serde_json::from_str::<Services>(&text).ok());
            Some((cat, services))
        }
    });
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        Some(None) => ().into_any(),
        Some(Some((cat, None))) => view! {
            <h1>{cat.text("appointments-title", None)}</h1>
            <p class="error-box" role="alert">{cat.text("appointments-error-unavailable", None)}</p>
        }
        .into_any(),
        Some(Some((cat, Some(services)))) => {
            let email_proof = services.email_proof;
            view! { <Booking cat services=catalog::shared(services.services) email_proof /> }
                .into_any()
        }
    }
}

/// Booking without an application: the address, the check the server made when it sent
/// the code, and the code as typed.
#[derive(Clone, Copy)]
struct EmailProof {
    email: RwSignal<String>,
    check: RwSignal<Option<String>>,
    code: RwSignal<String>,
}

impl EmailProof {
    fn new() -> EmailProof {
        EmailProof {
            email: RwSignal::new(String::new()),
            check: RwSignal::new(None),
            code: RwSignal::new(String::new()),
        }
    }
}

/// The proof part of a booking request: reference and status code, or check and code.
fn proof_body(
    by_email: bool,
    proof: Proof,
    email: EmailProof,
) -> Result<serde_json::Map<String, serde_json::Value>, Failure> {
    let body = if by_email {
        let wrong = ("appointments-error-code", Some(Field::OneTimeCode));
        let check = email.check.get_untracked().ok_or(wrong)?;
        let code = pforte_engine::contact::code(&email.code.get_untracked()).ok_or(wrong)?;
        serde_json::json!({"check": check, "code": code})
    } else {
        let (reference, code) = checked(
            &proof.reference.get_untracked(),
            &proof.code.get_untracked(),
        )?;
        serde_json::json!({"reference": reference, "secret": code})
    };
    Ok(body.as_object().cloned().unwrap_or_default())
}

/// The email address and the code sent to it, described by the page's one error box.
#[component]
fn EmailFields(
    cat: Shared<Catalog>,
    email: EmailProof,
    error: RwSignal<Option<Failure>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let invalid = move |field: Field| {
        move || (error.get().and_then(|(_, f)| f) == Some(field)).then_some("true")
    };
    let lang = cat.locale.clone();
    let send_code = move |_| {
        if busy.get_untracked() {
            return;
        }
        let typed = email.email.get_untracked();
        if !pforte_engine::contact::looks_like_email(&typed) {
            error.set(Some(("appointments-error-email", Some(Field::Email))));
            crate::nav::focus("status-error");
            return;
        }
        busy.set(true);
        error.set(None);
        let body = serde_json::json!({"email": typed.trim(), "lang": lang}).to_string();
        leptos::task::spawn_local(async move {
            match crate::api::post_json("/api/v1/appointments/contact", &body).await {
                Ok((202, text)) => {
                    let check = serde_json::from_str::<serde_json::Value>(&text)
                        .ok()
                        .and_then(|v| v["check"].as_str().map(String::from));
                    email.check.set(check);
                    email.code.set(String::new());
                    request_animation_frame(|| crate::nav::focus("contact-code"));
                }
                Ok((status, text)) => {
                    error.set(Some(match status {
                        422 => ("appointments-error-email", Some(Field::Email)),
                        429 => ("status-error-too-many", None),
                        _ if text.contains("mail-failed") => {
                            ("appointments-error-mail", Some(Field::Email))
                        }
                        _ => ("status-error-offline", None),
                    }));
                    request_animation_frame(|| crate::nav::focus("status-error"));
                }
                Err(_) => {
                    error.set(Some(("status-error-offline", None)));
                    request_animation_frame(|| crate::nav::focus("status-error"));
                }
            }
            busy.set(false);
        });
    };
    let code_field = {
        let cat = cat.clone();
        move || {
            email.check.get().map(|_| {
                view! {
                    <p class="info" role="status">{cat.text("appointments-code-sent", None)}</p>
                    <div class="field">
                        <label for="contact-code">{cat.text("appointments-code", None)}</label>
                        <input type="text" id="contact-code" dir="ltr" inputmode="numeric"
                            autocomplete="one-time-code" maxlength="12" spellcheck="false"
                            aria-describedby="status-error"
                            aria-invalid=invalid(Field::OneTimeCode)
                            prop:value=move || email.code.get()
                            on:input=move |ev| email.code.set(event_target_value(&ev)) />
                    </div>
                }
            })
        }
    };
    view! {
        <div class="field">
            <label for="contact-email">{cat.text("appointments-email", None)}</label>
            <p class="help" id="contact-email-help">{cat.text("appointments-email-hint", None)}</p>
            <input type="email" id="contact-email" dir="ltr" autocomplete="email"
                spellcheck="false" maxlength="254"
                aria-describedby="contact-email-help status-error"
                aria-invalid=invalid(Field::Email)
                prop:value=move || email.email.get()
                on:input=move |ev| email.email.set(event_target_value(&ev)) />
        </div>
        <button type="button" class="secondary" id="send-code" on:click=send_code
            aria-disabled=move || busy.get().then_some("true")>
            {cat.text("appointments-send-code", None)}
        </button>
        {code_field}
    }
}

#[component]
fn Booking(
    cat: Shared<Catalog>,
    services: Shared<Vec<ServiceInfo>>,
    email_proof: bool,
) -> impl IntoView {
    let proof = Proof::from_address();
    let email = EmailProof::new();
    let by_email = RwSignal::new(false);
    let service = RwSignal::new(services.first().map(|s| s.id.clone()).unwrap_or_default());
    let error = RwSignal::new(None::<Failure>);
    // A failure whose text needs arguments is worded at once, with them.
    let worded = RwSignal::new(None::<String>);
    let times = RwSignal::new(None::<Vec<Time>>);
    let day = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let booked = RwSignal::new(None::<Shared<Booked>>);
    let fail = move |failure: Failure| {
        worded.set(None);
        error.set(Some(failure));
        request_animation_frame(|| crate::nav::focus("status-error"));
    };
    let show_times = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let mut body = match proof_body(by_email.get_untracked(), proof, email) {
            Ok(body) => body,
            Err(failure) => return fail(failure),
        };
        busy.set(true);
        error.set(None);
        body.insert("service".into(), service.get_untracked().into());
        let body = serde_json::Value::Object(body).to_string();
        leptos::task::spawn_local(async move {
            match crate::api::post_json("/api/v1/appointments/slots", &body).await {
                Ok((200, text)) => {
                    let found: Vec<Time> = serde_json::from_str::<FreeTimes>(&text)
                        .map(|f| {
                            f.days
                                .into_iter()
                                .flat_map(|day| {
                                    day.times.into_iter().map(move |start| Time {
                                        date: day.date.clone(),
                                        start,
                                    })
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    day.set(found.first().map(|t| t.date.clone()).unwrap_or_default());
                    time.set(String::new());
                    times.set(Some(found));
                    request_animation_frame(|| crate::nav::focus("appointment-times"));
                }
                Ok((status, text)) => fail(proof_refused(status, &text)),
                Err(_) => fail(("status-error-offline", None)),
            }
            busy.set(false);
        });
    };
    let book = {
        let cat = cat.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() {
                return;
            }
            let mut body = match proof_body(by_email.get_untracked(), proof, email) {
                Ok(body) => body,
                Err(failure) => return fail(failure),
            };
            if time.get_untracked().is_empty() {
                return fail(("appointments-error-not-a-slot", None));
            }
            busy.set(true);
            error.set(None);
            body.insert("service".into(), service.get_untracked().into());
            body.insert("date".into(), day.get_untracked().into());
            body.insert("start".into(), time.get_untracked().into());
            let body = serde_json::Value::Object(body).to_string();
            let cat = cat.clone();
            leptos::task::spawn_local(async move {
                match crate::api::post_json("/api/v1/appointments", &body).await {
                    Ok((201, text)) => match serde_json::from_str::<Booked>(&text) {
                        Ok(done) => {
                            booked.set(Some(catalog::shared(done)));
                            request_animation_frame(|| crate::nav::focus("appointment-booked"));
                        }
                        Err(_) => fail(("status-error-offline", None)),
                    },
                    Ok((409, text)) => {
                        let answer: serde_json::Value =
                            serde_json::from_str(&text).unwrap_or_default();
                        let error_object = &answer["error"];
                        if error_object["code"] == "already-booked" {
                            let at = &error_object["booking"];
                            let args = failure_args(
                                at["date"].as_str().unwrap_or_default(),
                                at["start"].as_str().unwrap_or_default(),
                                &cat.locale,
                            );
                            error.set(Some(("appointments-error-already", None)));
                            worded.set(Some(cat.text("appointments-error-already", Some(&args))));
                            request_animation_frame(|| crate::nav::focus("status-error"));
                        } else {
                            // Taken: offer the next free times instead.
                            let next: Vec<Time> =
                                serde_json::from_value(error_object["nextFree"].clone())
                                    .unwrap_or_default();
                            day.set(next.first().map(|t| t.date.clone()).unwrap_or_default());
                            time.set(String::new());
                            times.set(Some(next));
                            fail(("appointments-error-taken", None));
                        }
                    }
                    Ok((422, text)) if text.contains("not-a-slot") => {
                        fail(("appointments-error-not-a-slot", None))
                    }
                    Ok((status, text)) => fail(proof_refused(status, &text)),
                    Err(_) => fail(("status-error-offline", None)),
                }
                busy.set(false);
            });
        }
    };
    let message = {
        let plain = error_text(&cat, error);
        Signal::derive(move || worded.get().or_else(|| plain.get()))
    };
    let service_choices = {
        let cat = cat.clone();
        let services = services.clone();
        move || {
            services
                .iter()
                .map(|s| {
                    let id = s.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || service.get() == id
                    };
                    let mut args = FluentArgs::new();
                    args.set("minutes", FluentValue::from(s.duration_minutes));
                    let input_id = format!("service-{}", s.id);
                    view! {
                        <div class="choice">
                            <input type="radio" name="service" id=input_id.clone() prop:checked=checked
                                on:change=move |_| { service.set(id.clone()); times.set(None); } />
                            <label for=input_id>
                                {service_name(&cat, &s.id)}" "
                                <span class="help">{cat.text("appointments-duration", Some(&args))}</span>
                            </label>
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let no_times = {
        let cat = cat.clone();
        let services = services.clone();
        move || {
            let chosen = service.get();
            let release = services
                .iter()
                .find(|s| s.id == chosen)?
                .next_release
                .clone()?;
            let (date, clock) = release.opens_at.split_once('T')?;
            let args = failure_args(date, clock.get(..5)?, &cat.locale);
            Some(cat.text("appointments-no-times", Some(&args)))
        }
    };
    let choose = {
        let cat = cat.clone();
        move || {
            let cat = cat.clone();
            let book = book.clone();
            let no_times = no_times.clone();
            times.get().map(move |list| {
                if list.is_empty() {
                    return view! { <p class="info" id="appointment-times" tabindex="-1">{no_times()}</p> }.into_any();
                }
                let mut days: Vec<String> = list.iter().map(|t| t.date.clone()).collect();
                days.dedup();
                let day_options = days
                    .into_iter()
                    .map(|d| {
                        let shown = crate::review::local_date(&d, &cat.locale).unwrap_or_else(|| d.clone());
                        view! { <option value=d.clone() selected=day.get_untracked() == d>{shown}</option> }
                    })
                    .collect_view();
                let list = std::sync::Arc::new(list);
                let time_choices = move || {
                    let chosen_day = day.get();
                    list.iter()
                        .filter(|t| t.date == chosen_day)
                        .map(|t| {
                            let start = t.start.clone();
                            let id = format!("time-{}", start.replace(':', ""));
                            let is_checked = {
                                let start = start.clone();
                                move || time.get() == start
                            };
                            view! {
                                <div class="choice">
                                    <input type="radio" name="time" id=id.clone() prop:checked=is_checked
                                        on:change=move |_| time.set(start.clone()) />
                                    <label for=id><bdi dir="ltr">{t.start.clone()}</bdi></label>
                                </div>
                            }
                        })
                        .collect_view()
                };
                view! {
                    <form class="appointment-times" on:submit=book novalidate>
                        <div class="field">
                            <label for="appointment-times">{cat.text("appointments-day", None)}</label>
                            <select id="appointment-times" on:change=move |ev| { day.set(event_target_value(&ev)); time.set(String::new()); }>
                                {day_options}
                            </select>
                        </div>
                        <fieldset class="field">
                            <legend>{cat.text("appointments-time", None)}</legend>
                            <div class="times">{time_choices}</div>
                        </fieldset>
                        <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                            {cat.text("appointments-book", None)}
                        </button>
                    </form>
                }
                .into_any()
            })
        }
    };
    let done = {
        let cat = cat.clone();
        move || {
            booked
                .get()
                .map(|b| view! { <BookedView booked=b cat=cat.clone() /> })
        }
    };
    view! {
        <h1>{cat.text("appointments-title", None)}</h1>
        <ErrorBox message />
        <Show when=move || booked.get().is_none() fallback=done>
            <p>{cat.text(if email_proof { "appointments-intro-email" } else { "appointments-intro" }, None)}</p>
            <form class="appointment-proof" on:submit=show_times novalidate>
                <fieldset class="field">
                    <legend>{cat.text("appointments-service", None)}</legend>
                    {service_choices.clone()}
                </fieldset>
                {email_proof.then(|| {
                    let choice = move |email_chosen: bool| {
                        by_email.set(email_chosen);
                        times.set(None);
                        error.set(None);
                    };
                    view! {
                        <fieldset class="field">
                            <legend>{cat.text("appointments-proof-legend", None)}</legend>
                            <div class="choice">
                                <input type="radio" name="proof" id="proof-application"
                                    prop:checked=move || !by_email.get() on:change=move |_| choice(false) />
                                <label for="proof-application">{cat.text("appointments-proof-application", None)}</label>
                            </div>
                            <div class="choice">
                                <input type="radio" name="proof" id="proof-email"
                                    prop:checked=move || by_email.get() on:change=move |_| choice(true) />
                                <label for="proof-email">{cat.text("appointments-proof-email", None)}</label>
                            </div>
                        </fieldset>
                    }
                })}
                {
                    let cat = cat.clone();
                    move || if by_email.get() {
                        view! { <EmailFields cat=cat.clone() email error busy /> }.into_any()
                    } else {
                        view! { <ProofFields cat=cat.clone() proof error /> }.into_any()
                    }
                }
                <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                    {cat.text("appointments-show-times", None)}
                </button>
            </form>
            {choose.clone()}
        </Show>
    }
}

#[component]
fn BookedView(booked: Shared<Booked>, cat: Shared<Catalog>) -> impl IntoView {
    let args = failure_args(&booked.date, &booked.start, &cat.locale);
    let origin = window().location().origin().unwrap_or_default();
    let cancel = format!("{origin}{CANCEL}#{}.{}", booked.id, booked.cancel_token);
    let ics = {
        let parts = js_sys::Array::of1(&JsValue::from_str(&booked.ics));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/calendar");
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
            .ok()
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok())
            .unwrap_or_default()
    };
    view! {
        <section class="receipt-card" aria-labelledby="appointment-booked">
            <h2 id="appointment-booked" tabindex="-1">{cat.text("appointments-booked-title", None)}</h2>
            <p class="when">{cat.text("appointments-booked-when", Some(&args))}</p>
            <p>{service_name(&cat, &booked.service)}</p>
            // Booked with an email address, there is no application and no reference number.
            <p>{cat.text(if booked.reference.is_some() { "appointments-booked-bring" } else { "appointments-booked-bring-passport" }, None)}</p>
            <p class="more"><a href=ics download="appointment.ics">{cat.text("appointments-calendar", None)}</a></p>
            <p>{cat.text("appointments-cancel-link", None)}</p>
            <p class="more"><a href=cancel.clone() id="appointment-cancel-link"><bdi dir="ltr">{cancel.clone()}</bdi></a></p>
        </section>
    }
}

/// `/appointments/cancel#<id>.<token>`: confirm, then cancel.
#[component]
pub fn CancelPage(lang: RwSignal<String>) -> impl IntoView {
    let texts = crate::api::loaded(move || {
        let lang = lang.get();
        async move { catalog::load(&lang, &[]).await }
    });
    let fragment = window().location().hash().unwrap_or_default();
    let (id, token) = fragment
        .trim_start_matches('#')
        .split_once('.')
        .map(|(id, token)| (id.to_string(), token.to_string()))
        .unwrap_or_default();
    let outcome = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let url = format!("/api/v1/appointments/{id}/cancel");
        let body = serde_json::json!({ "token": token }).to_string();
        leptos::task::spawn_local(async move {
            let message = match crate::api::post_json(&url, &body).await {
                Ok((200, _)) => "appointments-cancelled",
                Ok((404, _)) => "appointments-cancel-not-found",
                Ok((status, text)) => proof_refused(status, &text).0,
                Err(_) => "status-error-offline",
            };
            outcome.set(Some(message));
            busy.set(false);
            request_animation_frame(|| crate::nav::focus("cancel-outcome"));
        });
    };
    move || {
        let go = go.clone();
        texts.get().and_then(Result::ok).map(|cat| {
            let cat = catalog::shared(cat);
            let shown = {
                let cat = cat.clone();
                move || outcome.get().map(|id| cat.text(id, None))
            };
            view! {
                <h1>{cat.text("appointments-cancel-title", None)}</h1>
                <p class="info" id="cancel-outcome" tabindex="-1" role="status" hidden=move || outcome.get().is_none()>{shown}</p>
                <form on:submit=go novalidate hidden=move || outcome.get() == Some("appointments-cancelled")>
                    <p>{cat.text("appointments-cancel-confirm", None)}</p>
                    <button type="submit" class="primary" aria-disabled=move || busy.get().then_some("true")>
                        {cat.text("appointments-cancel-button", None)}
                    </button>
                </form>
            }
        })
    }
}
