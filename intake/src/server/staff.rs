//! Staff accounts and sessions for the staff inbox (`/office`, docs/KIOSK.md).
//!
//! People are added on the server host with `pforte office staff add` (password hashed with
//! argon2id, its PHC string stored). Signing in gives a bearer token that the inbox keeps in
//! the page's memory only (no cookie, so no CSRF and nothing left in the browser); the server
//! keeps its SHA-256 and an expiry ([`SESSION_SECONDS`]). [`Reader`] accepts such a session or
//! an office API token (scripts, `pforte office concerns`): a person sees their teams' queues,
//! a token every team's.

use std::sync::{Arc, LazyLock};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use pforte_engine::kiosk::api::{Session, SignIn};

use super::db::{now, rfc3339};
use super::error::ApiError;
use super::limits::ClientAddr;
use super::office::{bearer, token_hash, OfficeClient, Unauthorized};
use super::AppState;

/// A session lasts a working day, then the person signs in again.
pub const SESSION_SECONDS: i64 = 8 * 3600;
/// Shortest password `staff add` accepts.
pub const MIN_PASSWORD: usize = 12;
/// Longest name or password a sign-in may carry (argon2 is not fed megabytes).
const MAX_INPUT: usize = 256;

/// The routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/office/sessions", post(sign_in).delete(sign_out))
}

/// The argon2id PHC string of a password (OWASP's parameters: the crate's defaults).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches the stored PHC string.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// Checked against when the name is unknown, so that an unknown name takes as long as a wrong
/// password and the timing does not tell which names exist.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("not a password of anyone").unwrap_or_default());

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions",
    tag = "kiosk",
    summary = "Staff sign-in: a bearer session of 8 hours",
    request_body = pforte_engine::kiosk::api::SignIn,
    responses((status = 201, description = "The session (token shown once)", body = pforte_engine::kiosk::api::Session), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 401, description = "Name or password is not right (the same answer for both)", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn sign_in(
    client: ClientAddr,
    State(state): State<Arc<AppState>>,
    Json(attempt): Json<SignIn>,
) -> Result<(StatusCode, Json<Session>), ApiError> {
    if attempt.name.len() > MAX_INPUT || attempt.password.len() > MAX_INPUT {
        return Err(ApiError::BadRequest(
            "name and password are at most 256 bytes".into(),
        ));
    }
    state.limits.sign_in(client, &attempt.name)?;
    let stored: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM staff WHERE name = $1")
            .bind(&attempt.name)
            .fetch_optional(&state.db)
            .await
            .map_err(ApiError::internal)?;
    let known = stored.is_some();
    let phc = stored.unwrap_or_else(|| DUMMY_HASH.clone());
    let password = attempt.password.clone();
    let matches = tokio::task::spawn_blocking(move || verify_password(&password, &phc))
        .await
        .map_err(ApiError::internal)?;
    if !(known && matches) {
        tracing::info!("staff sign-in refused");
        return Err(ApiError::refused(
            StatusCode::UNAUTHORIZED,
            "sign-in-refused",
            "name or password is not right",
        ));
    }
    let token = crate::office::new_token()
        .map_err(|e| ApiError::internal(std::io::Error::other(e.to_string())))?;
    let at = now();
    let expires = at + SESSION_SECONDS;
    sqlx::query(
        "INSERT INTO staff_sessions (token_sha256, name, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash(&token))
    .bind(&attempt.name)
    .bind(at)
    .bind(expires)
    .execute(&state.db)
    .await
    .map_err(ApiError::internal)?;
    let teams = teams_of(&state, &attempt.name).await?;
    tracing::info!(name = %attempt.name, "staff signed in");
    Ok((
        StatusCode::CREATED,
        Json(Session {
            token,
            name: attempt.name,
            teams,
            expires_at: rfc3339(expires),
        }),
    ))
}

#[utoipa::path(
    delete,
    path = "/api/v1/office/sessions",
    tag = "kiosk",
    summary = "End this session",
    responses((status = 204, description = "Ended"), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn sign_out(
    reader: Reader,
    State(state): State<Arc<AppState>>,
) -> Result<StatusCode, ApiError> {
    if let Reader::Staff { token_sha256, .. } = &reader {
        sqlx::query("DELETE FROM staff_sessions WHERE token_sha256 = $1")
            .bind(token_sha256)
            .execute(&state.db)
            .await
            .map_err(ApiError::internal)?;
    }
    Ok(StatusCode::NO_CONTENT)
}

async fn teams_of(state: &AppState, name: &str) -> Result<Vec<String>, ApiError> {
    sqlx::query_scalar("SELECT team FROM staff_teams WHERE name = $1 ORDER BY team")
        .bind(name)
        .fetch_all(&state.db)
        .await
        .map_err(ApiError::internal)
}

/// Who reads a queue: a signed-in person (their teams) or an office API token (every team).
#[derive(Debug, Clone)]
pub enum Reader {
    Staff {
        name: String,
        teams: Vec<String>,
        token_sha256: String,
    },
    Office(OfficeClient),
}

impl Reader {
    /// The teams this reader may see; `None`: all.
    pub fn teams(&self) -> Option<&[String]> {
        match self {
            Reader::Staff { teams, .. } => Some(teams),
            Reader::Office(_) => None,
        }
    }

    /// Who it is, for `updated_by` and the log.
    pub fn name(&self) -> &str {
        match self {
            Reader::Staff { name, .. } => name,
            Reader::Office(client) => &client.name,
        }
    }
}

impl FromRequestParts<Arc<AppState>> for Reader {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Some(token) = bearer(parts) else {
            return Err(Unauthorized { invalid: false }.into_response());
        };
        let digest = token_hash(token);
        let staff: Option<String> = sqlx::query_scalar(
            "SELECT name FROM staff_sessions WHERE token_sha256 = $1 AND expires_at > $2",
        )
        .bind(&digest)
        .bind(now())
        .fetch_optional(&state.db)
        .await
        .map_err(|e| ApiError::internal(e).into_response())?;
        if let Some(name) = staff {
            let teams = teams_of(state, &name)
                .await
                .map_err(IntoResponse::into_response)?;
            return Ok(Reader::Staff {
                name,
                teams,
                token_sha256: digest,
            });
        }
        OfficeClient::from_request_parts(parts, state)
            .await
            .map(Reader::Office)
    }
}
