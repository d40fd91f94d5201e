//! Case status (docs/STATUS.md): the signed, append-only event log of each submitted case,
//! and the applicant's lookup with reference and status secret.
//!
//! The log: [`append`] signs an event with the server's Ed25519 key as a Security Event Token
//! whose `prev` is the SHA-256 of the event before, and inserts it at the next `seq`; the
//! database refuses updates and deletes of events (triggers in migration 0004). The office
//! appends through `office.rs`; the server itself appends `received` on submit.
//!
//! The lookup answers an unknown reference and a wrong secret alike (404, same body), and
//! limits guesses twice (`limits.rs`): per client address and per reference, so neither one
//! client nor a botnet trying one reference gets far against an 80-bit secret.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use pforte_engine::status::{
    CaseEvent, CaseStatus, Event, EventClaims, Lookup, NoticeRequest, Status, StatusError,
    MAX_NOTICE_JWE,
};
use pforte_engine::submission::{reference, status_secret};
use sqlx::AnyConnection;

use super::db::{now, rfc3339};
use super::error::ApiError;
use super::limits::ClientAddr;
use super::precompressed::sha256_hex;
use super::submissions::{parse_json, Intake};
use super::AppState;

/// The applicant's routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/status", post(lookup))
        .route("/api/v1/status/notice", post(ask_for_notice))
}

fn no_case() -> ApiError {
    ApiError::NotFound("no case with this reference and status code".into())
}

/// A submitted case whose reference and status code someone proved to know.
#[derive(Debug, Clone)]
pub struct Case {
    pub sid: String,
    pub reference: String,
    pub form_id: String,
}

/// Check a reference and status code as typed, within the guess limits (per client address
/// and per reference). Malformed input is told apart (the check symbols catch typos before
/// any guess counts); a well-formed reference and code that do not match are not: an
/// unknown reference and a wrong code get the same 404.
pub async fn identify(
    state: &AppState,
    client: ClientAddr,
    typed_reference: &str,
    typed_secret: &str,
) -> Result<Case, ApiError> {
    state.limits.proof_from(client)?;
    let reference = reference::normalize(typed_reference).ok_or_else(|| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-reference",
            "this is not a reference number (XXXX-XXXX-X); check it for typos",
        )
    })?;
    let secret = status_secret::normalize(typed_secret).ok_or_else(|| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-status-code",
            "this is not a status code (XXXX-XXXX-XXXX-XXXX-X); check it for typos",
        )
    })?;
    state.limits.proof_for(&reference)?;
    let row: Option<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, form_id, status_secret_sha256 FROM submissions WHERE reference = $1",
    )
    .bind(&reference)
    .fetch_optional(&state.db)
    .await?;
    let Some((sid, form_id, Some(stored))) = row else {
        return Err(no_case());
    };
    // Digests of a secret, compared whole: timing tells nothing about the secret.
    if stored != status_secret::digest(&secret) {
        return Err(no_case());
    }
    Ok(Case {
        sid,
        reference,
        form_id,
    })
}

/// `POST /api/v1/status` with [`Lookup`]: the case's events, oldest first.
#[utoipa::path(
    post,
    path = "/api/v1/status",
    tag = "status",
    summary = "An applicant's case status (reference and status code)",
    request_body = pforte_engine::status::Lookup,
    responses((status = 200, description = "The case and its signed event log", body = pforte_engine::status::CaseStatus), (status = 404, description = "Unknown reference or wrong code (the same answer)", body = crate::server::openapi::ErrorBody), (status = 422, description = "A typo in the reference or code (check symbol)", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn lookup(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<Json<CaseStatus>, ApiError> {
    let lookup: Lookup = parse_json(&body)?;
    let case = identify(&state, client, &lookup.reference, &lookup.secret).await?;
    let events = events(&state.db, &case.sid).await?;
    let notify = notice(&state.db, &case.sid).await?.is_some();
    Ok(Json(CaseStatus {
        reference: case.reference,
        form_id: case.form_id,
        events,
        notify,
    }))
}

/// The encrypted address the applicant wants status changes told to, if any.
pub async fn notice(db: &sqlx::AnyPool, sid: &str) -> Result<Option<String>, ApiError> {
    let jwe: Option<Option<String>> =
        sqlx::query_scalar("SELECT notice_jwe FROM submissions WHERE id = $1")
            .bind(sid)
            .fetch_optional(db)
            .await?;
    Ok(jwe.flatten())
}

/// `POST /api/v1/status/notice` with [`NoticeRequest`]: store the applicant's address,
/// encrypted to the office key (checked: the JWE profile and the office's `kid`), or forget
/// it. The same proof and limits as a lookup.
#[utoipa::path(
    post,
    path = "/api/v1/status/notice",
    tag = "status",
    summary = "Be told by email when the status changes, or stop it",
    request_body = pforte_engine::status::NoticeRequest,
    responses((status = 200, description = "`{notify}`: whether an address is kept now", body = serde_json::Value), (status = 404, description = "Unknown reference or wrong code (the same answer)", body = crate::server::openapi::ErrorBody), (status = 413, description = "The encrypted address is larger than 8 KiB", body = crate::server::openapi::ErrorBody), (status = 422, description = "A typo in reference or code, or not a JWE to the office key", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody), (status = 503, description = "The office has no key configured", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn ask_for_notice(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let asked: NoticeRequest = parse_json(&body)?;
    let case = identify(&state, client, &asked.reference, &asked.secret).await?;
    if let Some(jwe) = &asked.encrypted_address {
        if jwe.len() > MAX_NOTICE_JWE {
            return Err(ApiError::refused(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                "the encrypted address may have at most 8 KiB",
            ));
        }
        let office_kid = &state.intake.office_key()?.kid;
        super::submissions::check_compact("encryptedAddress", jwe, office_kid, None)?;
    }
    sqlx::query("UPDATE submissions SET notice_jwe = $1 WHERE id = $2")
        .bind(asked.encrypted_address.as_deref())
        .bind(&case.sid)
        .execute(&state.db)
        .await?;
    Ok(Json(
        serde_json::json!({"notify": asked.encrypted_address.is_some()}),
    ))
}

/// A case's events, oldest first, as a lookup answers them.
pub async fn events(db: &sqlx::AnyPool, sid: &str) -> Result<Vec<CaseEvent>, ApiError> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT seq, jws, created_at FROM case_events WHERE submission_id = $1 ORDER BY seq",
    )
    .bind(sid)
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(seq, jws, created_at)| {
            let event = Event::from_events(&payload(&jws)?.events);
            let seq = u32::try_from(seq).map_err(ApiError::internal)?;
            Ok(CaseEvent::new(jws, rfc3339(created_at), seq, event))
        })
        .collect()
}

/// The claims of an event this server signed and stored (read back, not verified again).
fn payload(jws: &str) -> Result<EventClaims, ApiError> {
    use base64::Engine as _;
    let segment = jws.split('.').nth(1).unwrap_or_default();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(segment)
        .map_err(ApiError::internal)?;
    serde_json::from_slice(&bytes).map_err(ApiError::internal)
}

/// Is this stored event the one that closed its case?
pub fn is_closing(jws: &str) -> bool {
    payload(jws).is_ok_and(|claims| {
        matches!(
            Event::from_events(&claims.events),
            Some(Event::StatusChanged(Status::Closed))
        )
    })
}

/// Append `event` to the log of submission `sid` (reference `reference`) inside the caller's
/// transaction, and return it. A closed case takes no more events.
pub async fn append(
    conn: &mut AnyConnection,
    intake: &Intake,
    sid: &str,
    reference: &str,
    event: &Event,
) -> Result<CaseEvent, ApiError> {
    event.check().map_err(|err| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad-event",
            err.to_string(),
        )
    })?;
    let last: Option<(i64, String)> = sqlx::query_as(
        "SELECT seq, jws FROM case_events WHERE submission_id = $1 ORDER BY seq DESC LIMIT 1",
    )
    .bind(sid)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((_, jws)) = &last {
        if is_closing(jws) {
            return Err(ApiError::refused(
                StatusCode::CONFLICT,
                "case-closed",
                StatusError::Closed.to_string(),
            ));
        }
    }
    let seq = last.as_ref().map_or(1, |(seq, _)| seq + 1);
    let at = now();
    let claims = EventClaims {
        iss: intake.receipts.kid().to_string(),
        iat: at,
        jti: super::db::uuid_v4()?,
        sub: format!("reference:{reference}"),
        seq: u32::try_from(seq).map_err(ApiError::internal)?,
        prev: last.map(|(_, jws)| sha256_hex(jws.as_bytes())),
        events: event.to_events(),
    };
    let jws = intake
        .receipts
        .sign_event(&claims)
        .map_err(ApiError::internal)?;
    sqlx::query(
        "INSERT INTO case_events (submission_id, seq, jws, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(sid)
    .bind(seq)
    .bind(&jws)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    if let Event::FictionCertificate { valid_until } = event {
        sqlx::query("UPDATE submissions SET fiction_valid_until = $1 WHERE id = $2")
            .bind(valid_until)
            .bind(sid)
            .execute(&mut *conn)
            .await?;
    }
    Ok(CaseEvent::new(
        jws,
        rfc3339(at),
        claims.seq,
        Some(event.clone()),
    ))
}
