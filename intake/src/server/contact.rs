//! Booking without an application (docs/APPOINTMENTS.md, "Booking without an application"):
//! a person proves an email address with a one-time code the server sends through the
//! office's SMTP relay, and books as that address: one open booking per address and
//! service, as with a reference.
//!
//! What the server keeps of the address: a keyed digest of its one spelling
//! ([`pforte_engine::contact::identity`]: lower case, no `+tag`), which is the person in the
//! booking rules and the audit, and the address itself as a JWE to the office key, for the
//! office's reminders. Never the address in the clear, never in a log. It does see the
//! address while it sends the code: that is what sending an email takes.
//!
//! Guessing: a code has 6 digits and dies after 5 wrong tries or 30 minutes; an address gets
//! at most 3 codes an hour; asking and trying count against the client's proof limit too.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use pforte_engine::contact;
use pforte_engine::i18n;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::db::{now, uuid_v4};
use super::error::ApiError;
use super::limits::ClientAddr;
use super::submissions::parse_json;
use super::AppState;
use crate::mail::Relay;

/// How long a code can be used: for choosing a time and booking it.
pub const CODE_LIFETIME_SECONDS: i64 = 30 * 60;
/// Wrong tries before a code is dead.
pub const MAX_ATTEMPTS: i64 = 5;
/// Codes per address and hour.
pub const CODES_PER_HOUR: i64 = 3;

/// The routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/appointments/contact", post(send_code))
}

/// The keyed digest (hex) of `message` under the server's identity secret.
pub fn keyed(state: &AppState, message: &str) -> String {
    let secret = state.intake.receipts.derive("pforte-identity-v1");
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&secret).expect("HMAC takes any key");
    mac.update(message.as_bytes());
    pforte_engine::submission::hex(&mac.finalize().into_bytes())
}

/// The person an address is in the booking rules (from its one spelling).
pub fn person(state: &AppState, identity: &str) -> String {
    keyed(state, &format!("email:{identity}"))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct CodeRequest {
    email: String,
    /// The language to write the email in (one of the app's locales; German otherwise).
    lang: Option<String>,
}

/// A code was sent; the check's id goes with the code into the booking requests.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CodeSent {
    check: String,
    /// Seconds the code can be used.
    expires_in: i64,
}

fn relay(state: &AppState) -> Result<&Relay, ApiError> {
    state.appointments.mail.as_ref().ok_or_else(|| {
        ApiError::refused(
            StatusCode::SERVICE_UNAVAILABLE,
            "no-email",
            "this office cannot send email: book with an application's reference",
        )
    })
}

/// A random code of [`contact::CODE_DIGITS`] digits, uniform.
fn new_code() -> Result<String, ApiError> {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).map_err(|err| ApiError::internal(err.to_string()))?;
        let n = u32::from_le_bytes(bytes);
        // The largest multiple of a million below 2^32: no digit is likelier than another.
        if n < 4_294_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

/// The email's words, in `lang` (the server's `mail.ftl`, German where a text is missing).
fn code_mail(state: &AppState, lang: Option<&str>, code: &str) -> (String, String) {
    let lang = lang.and_then(i18n::supported).unwrap_or(i18n::FALLBACK);
    let catalog = state.locales.catalog(lang, &["mail"]);
    (
        catalog.text("contact-mail-subject", None),
        format!("{}\n\n{code}\n", catalog.text("contact-mail-body", None)),
    )
}

/// `POST /api/v1/appointments/contact` with `{email, lang}`: a one-time code to that address.
#[utoipa::path(
    post,
    path = "/api/v1/appointments/contact",
    tag = "appointments",
    summary = "Send a one-time code to an email address (booking without an application)",
    request_body = CodeRequest,
    responses((status = 202, description = "Sent; the check id goes with the code into /slots and booking", body = CodeSent), (status = 422, description = "`not-an-email`", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client, or 3 codes for this address within an hour", body = crate::server::openapi::ErrorBody), (status = 502, description = "`mail-failed`: the relay did not take the message", body = crate::server::openapi::ErrorBody), (status = 503, description = "`no-email`: this office sends no email", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn send_code(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<(StatusCode, Json<CodeSent>), ApiError> {
    let relay = relay(&state)?;
    state.limits.proof_from(client)?;
    let asked: CodeRequest = parse_json(&body)?;
    let identity = contact::identity(&asked.email).ok_or_else(|| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-an-email",
            "this is not an email address",
        )
    })?;
    let who = person(&state, &identity);
    let recent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM contact_checks WHERE person_sha256 = $1 AND created_at > $2",
    )
    .bind(&who)
    .bind(now() - 3600)
    .fetch_one(&state.db)
    .await?;
    if recent >= CODES_PER_HOUR {
        return Err(ApiError::refused(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-codes",
            "three codes went to this address within the hour; use one of them or wait",
        ));
    }
    let office = state.intake.office_key()?;
    let sealed = crate::jwe::encrypt_compact(
        serde_json::json!({"email": asked.email.trim()})
            .to_string()
            .as_bytes(),
        &office.jwk,
        pforte_engine::submission::JSON_CONTENT_TYPE,
    )
    .map_err(|err| ApiError::internal(err.to_string()))?;
    let id = uuid_v4()?;
    let code = new_code()?;
    let created = now();
    sqlx::query(
        "INSERT INTO contact_checks (id, person_sha256, contact_jwe, code_mac, attempts, \
         created_at, expires_at) VALUES ($1, $2, $3, $4, 0, $5, $6)",
    )
    .bind(&id)
    .bind(&who)
    .bind(&sealed)
    .bind(keyed(&state, &format!("code:{id}:{code}")))
    .bind(created)
    .bind(created + CODE_LIFETIME_SECONDS)
    .execute(&state.db)
    .await?;
    let (subject, text) = code_mail(&state, asked.lang.as_deref(), &code);
    let to = asked.email.trim().to_string();
    let relay = relay.clone();
    let sent = tokio::task::spawn_blocking(move || relay.send(&to, &subject, &text))
        .await
        .map_err(ApiError::internal)?;
    if let Err(err) = sent {
        // Not kept: a code nobody got. The relay's answer may name the address: not logged.
        let _ = sqlx::query("DELETE FROM contact_checks WHERE id = $1")
            .bind(&id)
            .execute(&state.db)
            .await;
        tracing::warn!(error_kind = %err.chain().count(), "a booking code could not be sent");
        return Err(ApiError::refused(
            StatusCode::BAD_GATEWAY,
            "mail-failed",
            "the email could not be sent; check the address or try again later",
        ));
    }
    tracing::info!("a booking code was sent");
    Ok((
        StatusCode::ACCEPTED,
        Json(CodeSent {
            check: id,
            expires_in: CODE_LIFETIME_SECONDS,
        }),
    ))
}

/// A person proven by a code: who they are in the booking rules, and their address for
/// the office (a JWE to the office key).
#[derive(Debug, Clone)]
pub struct Proven {
    pub person: String,
    pub contact_jwe: String,
}

/// Check a code for a check id: 404 for an unknown, expired or used-up check and for a wrong
/// code alike; each wrong code counts.
pub async fn verify(
    state: &AppState,
    client: ClientAddr,
    check: &str,
    typed_code: &str,
) -> Result<Proven, ApiError> {
    state.limits.proof_from(client)?;
    let wrong = || {
        ApiError::refused(
            StatusCode::NOT_FOUND,
            "wrong-code",
            "the code is wrong or has expired; ask for a new one",
        )
    };
    let code = contact::code(typed_code).ok_or_else(wrong)?;
    let row: Option<(String, String, String, i64)> = sqlx::query_as(
        "SELECT person_sha256, contact_jwe, code_mac, attempts FROM contact_checks \
         WHERE id = $1 AND expires_at > $2",
    )
    .bind(check)
    .bind(now())
    .fetch_optional(&state.db)
    .await?;
    let Some((person, contact_jwe, mac, attempts)) = row else {
        return Err(wrong());
    };
    if attempts >= MAX_ATTEMPTS {
        return Err(wrong());
    }
    // Digests compared whole: timing tells nothing about the code.
    if mac != keyed(state, &format!("code:{check}:{code}")) {
        sqlx::query("UPDATE contact_checks SET attempts = attempts + 1 WHERE id = $1")
            .bind(check)
            .execute(&state.db)
            .await?;
        return Err(wrong());
    }
    Ok(Proven {
        person,
        contact_jwe,
    })
}

/// Forget checks an hour after they expired (the hourly limit has looked at them by then).
pub async fn sweep(state: &AppState) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM contact_checks WHERE expires_at < $1")
        .bind(now() - 3600)
        .execute(&state.db)
        .await?;
    Ok(done.rows_affected())
}
