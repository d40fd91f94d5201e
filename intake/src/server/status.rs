//! Case status (docs/STATUS.md): the signed, append-only event log of each submitted case,
//! and the applicant's lookup with reference and status secret.
//!
//! The log: [`append`] signs an event with the server's Ed25519 key as a Security Event Token
//! whose `prev` is the SHA-256 of the event before, and inserts it at the next `seq`; the
//! database refuses updates and deletes of events (triggers in migration 0004). The office
//! appends through `office.rs`; the server itself appends `received` on submit.
//!
//! The lookup answers an unknown reference and a wrong secret alike (404, same body), and
//! limits guesses twice: per client address and per reference, so neither one client nor a
//! botnet trying one reference gets far against an 80-bit secret.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use pforte_engine::status::{
    CaseEvent, CaseStatus, Event, EventClaims, Lookup, Status, StatusError,
};
use pforte_engine::submission::{reference, status_secret};
use sqlx::SqliteConnection;

use super::db::{now, rfc3339};
use super::error::ApiError;
use super::precompressed::sha256_hex;
use super::submissions::{bad_request, parse_json, Intake};
use super::AppState;

/// Lookups per client address: a burst of 10, then one every 6 s.
const PER_CLIENT: (u32, u32) = (10, 6);
/// Lookups per reference, from anywhere: a burst of 20, then one every 3 min.
const PER_REFERENCE: (u32, u32) = (20, 180);

/// The two limits of the lookup.
pub struct LookupLimits {
    client: DefaultKeyedRateLimiter<IpAddr>,
    reference: DefaultKeyedRateLimiter<String>,
}

impl Default for LookupLimits {
    fn default() -> LookupLimits {
        let quota = |(burst, seconds): (u32, u32)| {
            Quota::with_period(std::time::Duration::from_secs(u64::from(seconds)))
                .expect("a period above zero")
                .allow_burst(NonZeroU32::new(burst).expect("a burst above zero"))
        };
        LookupLimits {
            client: RateLimiter::keyed(quota(PER_CLIENT)),
            reference: RateLimiter::keyed(quota(PER_REFERENCE)),
        }
    }
}

impl LookupLimits {
    /// Forget keys whose limit has fully recovered (called by the sweep).
    pub fn shrink(&self) {
        self.client.retain_recent();
        self.reference.retain_recent();
        self.client.shrink_to_fit();
        self.reference.shrink_to_fit();
    }
}

impl std::fmt::Debug for LookupLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LookupLimits")
    }
}

/// The applicant's routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/status", post(lookup))
}

fn too_many() -> Response {
    let mut response = ApiError::refused(
        StatusCode::TOO_MANY_REQUESTS,
        "too-many-lookups",
        "too many lookups; try again in a few minutes",
    )
    .into_response();
    response
        .headers_mut()
        .insert("retry-after", HeaderValue::from_static("60"));
    response
}

fn no_case() -> ApiError {
    ApiError::NotFound("no case with this reference and status code".into())
}

/// The client's address as the server saw it (the connection's peer); requests without a
/// connection (the tests') share one bucket.
fn client_addr(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| {
            addr.ip()
        })
}

/// `POST /api/v1/status` with [`Lookup`]: the case's events, oldest first.
async fn lookup(
    State(state): State<Arc<AppState>>,
    request: Request,
) -> Result<Response, ApiError> {
    if state
        .limits
        .client
        .check_key(&client_addr(&request))
        .is_err()
    {
        return Ok(too_many());
    }
    // The route group's body limit applies; this only collects the body.
    let body = axum::body::to_bytes(request.into_body(), usize::MAX)
        .await
        .map_err(|_| bad_request("the request body could not be read"))?;
    let request: Lookup = parse_json(&body)?;
    // Malformed input is told apart (the check symbols catch typos before any guess counts);
    // a well-formed reference and secret that do not match are not.
    let reference = reference::normalize(&request.reference).ok_or_else(|| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-reference",
            "this is not a reference number (XXXX-XXXX-X); check it for typos",
        )
    })?;
    let secret = status_secret::normalize(&request.secret).ok_or_else(|| {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-status-code",
            "this is not a status code (XXXX-XXXX-XXXX-XXXX-X); check it for typos",
        )
    })?;
    if state.limits.reference.check_key(&reference).is_err() {
        return Ok(too_many());
    }
    let row: Option<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, form_id, status_secret_sha256 FROM submissions WHERE reference = ?",
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
    let events = events(&state.db, &sid).await?;
    Ok(Json(CaseStatus {
        reference,
        form_id,
        events,
    })
    .into_response())
}

/// A case's events, oldest first, as a lookup answers them.
pub async fn events(db: &sqlx::SqlitePool, sid: &str) -> Result<Vec<CaseEvent>, ApiError> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT seq, jws, created_at FROM case_events WHERE submission_id = ? ORDER BY seq",
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
    conn: &mut SqliteConnection,
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
        "SELECT seq, jws FROM case_events WHERE submission_id = ? ORDER BY seq DESC LIMIT 1",
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
        jti: uuid_v4()?,
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
        "INSERT INTO case_events (submission_id, seq, jws, created_at) VALUES (?, ?, ?, ?)",
    )
    .bind(sid)
    .bind(seq)
    .bind(&jws)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    if let Event::FictionCertificate { valid_until } = event {
        sqlx::query("UPDATE submissions SET fiction_valid_until = ? WHERE id = ?")
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

fn uuid_v4() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::internal(err.to_string()))?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string())
}
