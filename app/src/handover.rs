//! Resume codes: a counsellor hands a half-filled form to a client, or the client back to the
//! counsellor, as a code (and its QR code) instead of a device.
//!
//! The code (`engine::submission::resume_code`) has an id part and a secret part. PBKDF2
//! (SHA-256, 600 000 iterations, salted with the id) turns the secret into 64 bytes: an
//! AES-GCM key that encrypts the draft here, and a token the server keeps only the SHA-256
//! of. The server stores the ciphertext under the id for 14 days (`server/handover.rs`) and
//! never sees the secret. Files picked for attachment slots are not handed over (their
//! ciphertext is bound to this device's outbox); the client picks them on their own device.
//!
//! Resuming saves the draft on the client's device as if typed there and remembers the id
//! and token, so the handover is deleted from the server when the form is sent.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use js_sys::{Array, Reflect, Uint8Array};
use pforte_engine::submission::resume_code;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto, XmlHttpRequest};

use crate::drafts::{object, outbox};

const ITERATIONS: u32 = 600_000;
const IV_LEN: usize = 12;

/// Why a handover failed; each is a message in app.ftl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoverError {
    /// The typed code is not a code (wrong length, a typo the check symbol caught).
    NotACode,
    /// No draft under this code (never made, expired, already used and sent).
    NotFound,
    /// The server could not be reached or refused.
    Offline,
    /// WebCrypto is missing or failed; or the stored draft does not decrypt.
    Crypto,
}

impl HandoverError {
    pub fn message(self) -> &'static str {
        match self {
            HandoverError::NotACode => "handover-error-code",
            HandoverError::NotFound => "handover-error-missing",
            HandoverError::Offline => "send-error-offline",
            HandoverError::Crypto => "send-error-crypto",
        }
    }
}

use HandoverError::{Crypto, NotACode, NotFound, Offline};

fn subtle() -> Result<SubtleCrypto, HandoverError> {
    crate::seal::subtle().map_err(|_| Crypto)
}

async fn done(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, HandoverError> {
    crate::seal::done(promise).await.map_err(|_| Crypto)
}

/// The AES key and the server token of a code's parts.
async fn derive(id: &str, secret: &str) -> Result<(CryptoKey, String), HandoverError> {
    let subtle = subtle()?;
    let usages = Array::of1(&"deriveBits".into());
    let base: CryptoKey = done(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(secret.as_bytes()),
        "PBKDF2",
        false,
        &usages,
    ))
    .await?
    .unchecked_into();
    let salt = format!("pforte-handover-v1:{id}");
    let params = object(&[
        ("name", &"PBKDF2".into()),
        ("hash", &"SHA-256".into()),
        ("salt", &Uint8Array::from(salt.as_bytes()).into()),
        ("iterations", &ITERATIONS.into()),
    ]);
    let bits = done(subtle.derive_bits_with_object(&params, &base, 512)).await?;
    let bits = Uint8Array::new(&bits).to_vec();
    let (key_bytes, token) = bits.split_at(32);
    let algorithm = object(&[("name", &"AES-GCM".into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = done(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(key_bytes),
        &algorithm,
        false,
        &usages,
    ))
    .await?
    .unchecked_into();
    Ok((key, URL_SAFE_NO_PAD.encode(token)))
}

fn additional_data(id: &str) -> Uint8Array {
    Uint8Array::from(format!("pforte-handover-v1:{id}").as_bytes())
}

async fn request(method: &str, id: &str, token: &str, body: Option<&Uint8Array>) -> (u16, JsValue) {
    let Ok(xhr) = XmlHttpRequest::new() else {
        return (0, JsValue::NULL);
    };
    if xhr
        .open(method, &format!("/api/v1/handovers/{id}"))
        .is_err()
    {
        return (0, JsValue::NULL);
    }
    xhr.set_response_type(web_sys::XmlHttpRequestResponseType::Arraybuffer);
    let _ = xhr.set_request_header("authorization", &format!("Bearer {token}"));
    let finished = js_sys::Promise::new(&mut |resolve, _| xhr.set_onloadend(Some(&resolve)));
    let sent = match body {
        Some(bytes) => xhr.send_with_opt_buffer_source(Some(bytes)),
        None => xhr.send(),
    };
    if sent.is_err() {
        return (0, JsValue::NULL);
    }
    let _ = JsFuture::from(finished).await;
    (
        xhr.status().unwrap_or(0),
        xhr.response().unwrap_or(JsValue::NULL),
    )
}

/// Hand the draft of `form_id` at `version` over: returns the code.
pub async fn hand_over(
    form_id: &str,
    version: &str,
    data: &Value,
) -> Result<String, HandoverError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(Crypto)?;
    for _ in 0..3 {
        let mut random = [0u8; 16];
        crypto
            .get_random_values_with_u8_array(&mut random)
            .map_err(|_| Crypto)?;
        let id_bits = u64::from_le_bytes(random[..8].try_into().map_err(|_| Crypto)?);
        let secret_bits = u64::from_le_bytes(random[8..].try_into().map_err(|_| Crypto)?);
        let code = resume_code::encode(id_bits, secret_bits);
        let (id, secret) = resume_code::decode(&code).ok_or(Crypto)?;
        let (key, token) = derive(&id, &secret).await?;
        let plain =
            serde_json::json!({"formId": form_id, "version": version, "data": data}).to_string();
        let mut iv = [0u8; IV_LEN];
        crypto
            .get_random_values_with_u8_array(&mut iv)
            .map_err(|_| Crypto)?;
        let params = object(&[
            ("name", &"AES-GCM".into()),
            ("iv", &Uint8Array::from(&iv[..]).into()),
            ("additionalData", &additional_data(&id).into()),
        ]);
        let sealed =
            done(subtle()?.encrypt_with_object_and_u8_array(&params, &key, plain.as_bytes()))
                .await?;
        let mut body = iv.to_vec();
        body.extend(Uint8Array::new(&sealed).to_vec());
        match request("PUT", &id, &token, Some(&Uint8Array::from(&body[..])))
            .await
            .0
        {
            201 => return Ok(code),
            409 => continue, // the id is taken (1 in 10^12): draw again
            _ => return Err(Offline),
        }
    }
    Err(Offline)
}

/// What a code brings back.
pub struct Resumed {
    pub form_id: String,
    pub data: Value,
}

/// Fetch and decrypt the draft behind `typed`, and remember it for deletion on submit.
pub async fn resume(typed: &str) -> Result<Resumed, HandoverError> {
    let (id, secret) = resume_code::decode(typed).ok_or(NotACode)?;
    let (key, token) = derive(&id, &secret).await?;
    let (status, body) = request("GET", &id, &token, None).await;
    match status {
        200 => {}
        404 => return Err(NotFound),
        _ => return Err(Offline),
    }
    let bytes = Uint8Array::new(&body).to_vec();
    if bytes.len() <= IV_LEN {
        return Err(Crypto);
    }
    let params = object(&[
        ("name", &"AES-GCM".into()),
        ("iv", &Uint8Array::from(&bytes[..IV_LEN]).into()),
        ("additionalData", &additional_data(&id).into()),
    ]);
    let plain =
        done(subtle()?.decrypt_with_object_and_u8_array(&params, &key, &bytes[IV_LEN..])).await?;
    let text = String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| Crypto)?;
    let value: Value = serde_json::from_str(&text).map_err(|_| Crypto)?;
    let form_id = value["formId"].as_str().ok_or(Crypto)?.to_string();
    let record = object(&[
        ("form", &form_id.as_str().into()),
        ("id", &id.as_str().into()),
        ("token", &token.as_str().into()),
    ]);
    let _ = outbox::put(&format!("handover:{form_id}"), &record).await;
    Ok(Resumed {
        form_id,
        data: value["data"].clone(),
    })
}

/// The form was sent: delete the handover it was resumed from, if any.
pub async fn forget(form_id: &str) {
    let key = format!("handover:{form_id}");
    let Ok(record) = outbox::get(&key).await else {
        return;
    };
    let text = |name: &str| Reflect::get(&record, &name.into()).ok()?.as_string();
    if let (Some(id), Some(token)) = (text("id"), text("token")) {
        let _ = request("DELETE", &id, &token, None).await;
    }
    let _ = outbox::delete(&[key]).await;
}

/// The code just made, its QR code and until when it is valid (14 days, as the server keeps
/// it), for the person at the other device.
pub fn made_view(ctx: &crate::fields::Ctx, code: String) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    use pforte_engine::i18n::{FluentArgs, FluentValue};
    let until = js_sys::Date::new_0();
    until.set_time(until.get_time() + 14.0 * 24.0 * 3600.0 * 1000.0);
    let iso: String = until.to_iso_string().into();
    let date = crate::review::local_date(&iso[..10], &ctx.cat.locale)
        .unwrap_or_else(|| iso[..10].to_string());
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from(date));
    let mut qr_args = FluentArgs::new();
    qr_args.set("code", FluentValue::from(code.clone()));
    let qr = crate::receipt_page::qr_svg(&code, ctx.cat.text("handover-qr-label", Some(&qr_args)));
    view! {
        <div class="handover-result" id="handover-result" tabindex="-1" role="status">
            <p>{ctx.both("handover-code-label", None)}</p>
            <p class="reference" id="handover-code"><bdi dir="ltr">{code}</bdi></p>
            {qr}
            <p>{ctx.both("handover-valid-until", Some(&args))}</p>
            <p>{ctx.both("handover-files-note", None)}</p>
        </div>
    }
    .into_any()
}
