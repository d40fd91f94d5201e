//! Resume codes: a counsellor hands a half-filled form to a client (and back). The browser
//! encrypts the draft with a key derived from the code's secret part and stores the
//! ciphertext here under the code's id part; the server never sees the secret, only the
//! SHA-256 of a token derived from it, which every read and delete must present. A handover
//! expires after [`HANDOVER_TTL`] and is deleted when the resumed form is submitted.
//!
//! `PUT /api/v1/handovers/{id}` (body: the ciphertext, `Authorization: Bearer <token>`) stores
//! one once (409 if the id is taken); `GET` returns it; `DELETE` removes it. A wrong token and
//! a missing or expired handover are the same 404, so the id alone tells nothing.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::put;
use axum::Router;

use super::db::now;
use super::error::ApiError;
use super::limits::ClientAddr;
use super::AppState;

/// How long a handed-over draft is kept.
pub const HANDOVER_TTL: Duration = Duration::from_secs(14 * 24 * 3600);
/// Largest encrypted draft (form answers only; files are not handed over).
pub const MAX_DRAFT: usize = 48 * 1024;

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route(
        "/api/v1/handovers/{id}",
        put(store).get(fetch).delete(remove),
    )
}

/// The id part of a resume code: 8 Crockford base32 symbols, as the app sends it.
fn check_id(id: &str) -> Result<(), ApiError> {
    let ok = id.len() == 8
        && id
            .bytes()
            .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(ApiError::BadRequest(
            "a handover id is 8 symbols of Crockford base32".into(),
        ))
    }
}

/// SHA-256 (hex) of the bearer token; the token is 32 bytes, base64url.
fn token_hash(headers: &HeaderMap) -> Result<String, ApiError> {
    let token = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .filter(|t| {
            t.len() == 43
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .ok_or_else(|| ApiError::BadRequest("a handover needs its token".into()))?;
    // The same hash as the office's tokens.
    Ok(super::office::token_hash(token))
}

fn not_found() -> ApiError {
    ApiError::NotFound("no such handover (or it expired)".into())
}

#[utoipa::path(
    put,
    path = "/api/v1/handovers/{id}",
    tag = "handover",
    summary = "Store a draft encrypted under a resume code",
    params(("id" = String, Path, description = "The code's id part (8 symbols)")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, description = "Stored for 14 days"), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 409, description = "The id is taken", body = crate::server::openapi::ErrorBody), (status = 413, description = "Larger than 48 KiB"), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn store(
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    client: ClientAddr,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    state.limits.write_from(client)?;
    check_id(&id)?;
    let hash = token_hash(&headers)?;
    if body.is_empty() || body.len() > MAX_DRAFT {
        return Err(ApiError::refused(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            format!("a handed-over draft is 1 to {MAX_DRAFT} bytes"),
        ));
    }
    let expires = now() + i64::try_from(HANDOVER_TTL.as_secs()).unwrap_or(0);
    // Expired ones under this id go first (the sweep may not have run yet).
    sqlx::query("DELETE FROM handovers WHERE id = $1 AND expires_at <= $2")
        .bind(&id)
        .bind(now())
        .execute(&state.db)
        .await?;
    let result = sqlx::query(
        "INSERT INTO handovers (id, token_sha256, ciphertext, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&hash)
    .bind(&body[..])
    .bind(now())
    .bind(expires)
    .execute(&state.db)
    .await;
    match result {
        Ok(_) => Ok(StatusCode::CREATED),
        Err(sqlx::Error::Database(err)) if err.is_unique_violation() => Err(ApiError::refused(
            StatusCode::CONFLICT,
            "handover-exists",
            "this id is taken; make a new code",
        )),
        Err(err) => Err(err.into()),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/handovers/{id}",
    tag = "handover",
    summary = "Fetch a handed-over draft (Authorization: Bearer <token from the code>)",
    params(("id" = String, Path, description = "The code's id part")),
    responses((status = 200, description = "The ciphertext", body = Vec<u8>, content_type = "application/octet-stream"), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such handover, wrong token, or expired", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn fetch(
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    client: ClientAddr,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    state.limits.write_from(client)?;
    check_id(&id)?;
    let hash = token_hash(&headers)?;
    let row: Option<Vec<u8>> = sqlx::query_scalar(
        "SELECT ciphertext FROM handovers WHERE id = $1 AND token_sha256 = $2 AND expires_at > $3",
    )
    .bind(&id)
    .bind(&hash)
    .bind(now())
    .fetch_optional(&state.db)
    .await?;
    let ciphertext = row.ok_or_else(not_found)?;
    Ok((
        [
            (CONTENT_TYPE, "application/octet-stream"),
            (CACHE_CONTROL, "no-store"),
        ],
        ciphertext,
    )
        .into_response())
}

#[utoipa::path(
    delete,
    path = "/api/v1/handovers/{id}",
    tag = "handover",
    summary = "Delete a handed-over draft (Authorization: Bearer <token>)",
    params(("id" = String, Path, description = "The code's id part")),
    responses((status = 204, description = "Deleted"), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such handover, or wrong token", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn remove(
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    check_id(&id)?;
    let hash = token_hash(&headers)?;
    let done = sqlx::query("DELETE FROM handovers WHERE id = $1 AND token_sha256 = $2")
        .bind(&id)
        .bind(&hash)
        .execute(&state.db)
        .await?;
    if done.rows_affected() == 0 {
        return Err(not_found());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Delete expired handovers; returns how many.
pub async fn sweep(state: &AppState) -> Result<u64, ApiError> {
    let done = sqlx::query("DELETE FROM handovers WHERE expires_at <= $1")
        .bind(now())
        .execute(&state.db)
        .await?;
    Ok(done.rows_affected())
}
