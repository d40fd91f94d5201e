//! The receipt: proof that the application arrived, in the applicant's language with the
//! German original beneath every text (it is shown to the office and to other authorities),
//! printable, with a QR code of the reference and the signed receipt as a download that
//! `pforte office verify-receipt` checks offline.
//!
//! It reads the receipt the send step stored on the device (`receipt:<reference>` in the
//! outbox), so it survives a reload and works offline.

use leptos::prelude::*;
use pforte_engine::form::message;
use pforte_engine::i18n::{Catalog, FluentArgs, FluentValue};
use pforte_engine::submission::Receipt;
use wasm_bindgen::JsValue;

use crate::catalog::{self, Shared};
use crate::drafts::outbox;
use crate::fields::original_view;
use crate::send::RECEIPT_PREFIX;

/// What the page shows: the receipt (its stored JSON text too, for the download), the form,
/// and the deadline date if the form has one.
struct Stored {
    text: String,
    receipt: Receipt,
    form_id: String,
    deadline: Option<String>,
    /// The applicant's status code (docs/STATUS.md), for receipts stored since it exists.
    status_code: Option<String>,
}

async fn stored(reference: &str) -> Option<Stored> {
    let record = outbox::get(&format!("{RECEIPT_PREFIX}{reference}"))
        .await
        .ok()?;
    let text = |name: &str| {
        js_sys::Reflect::get(&record, &name.into())
            .ok()?
            .as_string()
    };
    let receipt_text = text("receipt")?;
    Some(Stored {
        receipt: serde_json::from_str(&receipt_text).ok()?,
        text: receipt_text,
        form_id: text("formId")?,
        deadline: text("deadline"),
        status_code: text("statusCode"),
    })
}

#[component]
pub fn ReceiptPage(reference: String, lang: RwSignal<String>) -> impl IntoView {
    let loaded = crate::api::loaded(move || {
        let reference = reference.clone();
        let lang = lang.get();
        async move {
            let stored = stored(&reference).await?;
            let cat = catalog::load(&lang, &[&stored.form_id]).await.ok()?;
            Some((catalog::shared(stored), cat))
        }
    });
    move || {
        match loaded.get() {
        None => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        Some(None) => view! {
            <p class="error-box" role="alert">"Receipt not found on this device / Quittung auf diesem Gerät nicht gefunden"</p>
        }
        .into_any(),
        Some(Some((stored, cat))) => view! { <ReceiptView stored cat /> }.into_any(),
    }
    }
}

/// A text and, unless the page is in German, its German original beneath.
fn both(cat: &Catalog, id: &str, args: Option<&FluentArgs>) -> impl IntoView {
    (cat.text(id, args), original_view(cat.original(id, args)))
}

#[component]
fn ReceiptView(stored: Shared<Stored>, cat: Shared<Catalog>) -> impl IntoView {
    let claims = &stored.receipt.claims;
    let reference = claims.reference.clone();
    let received = local_time(&claims.received_at, &cat.locale);
    let title = both(&cat, &message::title(&stored.form_id), None);
    // Received on or before the deadline day: the old permit counts as continued.
    let deadline = stored.deadline.as_ref().map(|date| {
        // The date in the reader's locale, and in German for the German original (a legal
        // statement should not carry another language's date inside it).
        let date_args = |locale: &str| {
            let mut args = FluentArgs::new();
            let shown = crate::review::local_date(date, locale).unwrap_or_else(|| date.clone());
            args.set("date", FluentValue::from(shown));
            args
        };
        let (args, args_de) = (date_args(&cat.locale), date_args("de"));
        let in_time = claims
            .received_at
            .get(..10)
            .is_some_and(|day| day <= date.as_str());
        let id = if in_time {
            "receipt-deadline-met"
        } else {
            "receipt-deadline-missed"
        };
        view! {
            <p class="info deadline">
                {cat.text(id, Some(&args))}
                {original_view(cat.original(id, Some(&args_de)))}
            </p>
        }
    });
    // The status code: only the receipt on this device has it (the server keeps a digest).
    let status_code = stored.status_code.clone().map(|code| {
        let href = format!("{}?ref={reference}", crate::app::STATUS);
        view! {
            <div class="receipt-card status-code">
                <p class="reference-label">{both(&cat, "receipt-status-code", None)}</p>
                <p class="reference" id="receipt-status-code"><bdi dir="ltr">{code}</bdi></p>
                <p>{both(&cat, "receipt-status-help", None)}</p>
                <p class="more"><a href=href>{cat.text("receipt-status-link", None)}</a></p>
            </div>
        }
    });
    let download = download_url(&stored.text);
    let print = move |_| {
        let _ = window().print();
    };
    let mut ref_args = FluentArgs::new();
    ref_args.set("reference", FluentValue::from(reference.clone()));
    let qr_label = cat.text("receipt-qr-label", Some(&ref_args));
    view! {
        <h1>{both(&cat, "receipt-title", None)}</h1>
        <p class="receipt-intro">{both(&cat, "receipt-intro", None)}</p>
        <div class="receipt-card">
            <p class="reference-label">{both(&cat, "receipt-reference", None)}</p>
            <p class="reference" id="receipt-reference"><bdi dir="ltr">{reference.clone()}</bdi></p>
            {qr_svg(&reference, qr_label)}
            <dl>
                <div class="answer"><dt>{both(&cat, "receipt-received-at", None)}</dt><dd>{received}</dd></div>
                <div class="answer"><dt>{both(&cat, "receipt-form", None)}</dt><dd>{title}</dd></div>
            </dl>
        </div>
        {deadline}
        {status_code}
        <p>{both(&cat, "receipt-keep", None)}</p>
        <p class="nav">
            <button type="button" class="primary" on:click=print>{cat.text("receipt-print", None)}</button>
            <a class="button secondary" href=download download=format!("receipt-{reference}.json")>
                {cat.text("receipt-download", None)}
            </a>
        </p>
    }
}

/// The receipt file (`{"jws", "claims"}`) as an object URL for the download link.
fn download_url(text: &str) -> String {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok())
        .unwrap_or_default()
}

/// An RFC 3339 time in the reader's locale (the browser's Intl).
pub fn local_time(rfc3339: &str, locale: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(locale, &options).into()
}

/// The reference as a QR code: one SVG path of its dark modules (no HTML from text; the
/// path is made of numbers only).
pub fn qr_svg(reference: &str, label: String) -> Option<impl IntoView> {
    let code = qrcode::QrCode::with_error_correction_level(reference, qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let size = width + 8;
    Some(view! {
        <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}")
            xmlns="http://www.w3.org/2000/svg">
            <rect width="100%" height="100%" fill="#fff" />
            <path d=path fill="#000" />
        </svg>
    })
}
