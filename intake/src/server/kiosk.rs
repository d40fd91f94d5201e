//! The entrance kiosk (docs/KIOSK.md): its setup (routing config and team keys), the
//! concerns it sends, the visitor's ticket, and the teams' queues.
//!
//! The kiosk routes and encrypts in the browser, so the server sees of a concern only what
//! the routing needs in clear: the team and the concern type. It checks that the pair is one
//! the routing config can produce, that the sender is on a kiosk network (`--kiosk-network`),
//! and the limits; then it numbers the ticket for the day. The staff's note to the visitor
//! arrives encrypted under a key derived from the visitor's ticket code, of which the server
//! holds only a digest.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use ipnet::IpNet;
use pforte_engine::kiosk::api::{
    ConcernState, ConcernUpdate, KioskSetup, NewConcern, QueuedConcern, Ticket, TicketStatus,
    MAX_ENCRYPTED, MAX_ENCRYPTED_NOTE,
};
use pforte_engine::kiosk::{Routing, RoutingDoc};
use pforte_engine::submission::ticket_code;
use serde::Deserialize;

use super::db::{now, rfc3339, uuid_v4};
use super::error::ApiError;
use super::limits::ClientAddr;
use super::staff::Reader;
use super::AppState;
use crate::error::StartError;

/// How long a concern is kept after it last changed (then it is deleted with its note).
pub const RETENTION_SECONDS: i64 = 30 * 24 * 3600;
/// How long a done concern stays in the queue's default view.
const DONE_VISIBLE_SECONDS: i64 = 24 * 3600;

/// The kiosk as configured at start-up.
#[derive(Debug)]
pub struct Kiosk {
    routing: Routing,
    setup: KioskSetup,
    networks: Vec<IpNet>,
    zone: jiff::tz::TimeZone,
}

impl Kiosk {
    /// Read the routing config and every team's key (`team-<id>.jwk` in `keys`); any problem
    /// stops the start with its file named.
    pub fn load(
        routing_path: &Path,
        keys: &Path,
        networks: Vec<IpNet>,
        zone: &str,
    ) -> Result<Kiosk, StartError> {
        let text = std::fs::read_to_string(routing_path).map_err(|source| StartError::Read {
            path: routing_path.to_path_buf(),
            source,
        })?;
        let routing = Routing::from_json(&text).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            StartError::Kiosk(format!(
                "{}:\n  {}",
                routing_path.display(),
                lines.join("\n  ")
            ))
        })?;
        // Compiled above, so it parses.
        let doc: RoutingDoc = serde_json::from_str(&text)
            .map_err(|e| StartError::Kiosk(format!("{}: {e}", routing_path.display())))?;
        let mut team_keys = BTreeMap::new();
        for team in routing.teams() {
            let path = keys.join(team_key_file(team));
            let key = crate::office_key::read(&path)
                .map_err(|e| StartError::Kiosk(format!("team {team:?}: {e}")))?;
            team_keys.insert(team.clone(), key.jwk);
        }
        let zone = jiff::tz::TimeZone::get(zone)
            .map_err(|err| StartError::Kiosk(format!("time zone {zone:?}: {err}")))?;
        Ok(Kiosk {
            routing,
            setup: KioskSetup {
                routing: doc,
                team_keys,
            },
            networks,
            zone,
        })
    }

    fn today(&self) -> String {
        jiff::Timestamp::now()
            .to_zoned_datetime(self.zone.clone())
            .date()
            .to_string()
    }
}

/// The file name of a team's public key: `team-<id>.jwk`.
pub fn team_key_file(team: &str) -> String {
    format!("team-{team}.jwk")
}

/// The kiosk's routes and the queue's; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/kiosk", get(setup))
        .route("/api/v1/kiosk/concerns", post(send))
        .route("/api/v1/kiosk/ticket", post(ticket))
        .route("/api/v1/office/concerns", get(queue))
        .route("/api/v1/office/concerns/{id}", post(update))
}

fn kiosk(state: &AppState) -> Result<&Kiosk, ApiError> {
    state.kiosk.as_ref().ok_or_else(|| {
        ApiError::refused(
            StatusCode::SERVICE_UNAVAILABLE,
            "no-kiosk",
            "this server has no kiosk configured (--routing)",
        )
    })
}

#[utoipa::path(
    get,
    path = "/api/v1/kiosk",
    tag = "kiosk",
    summary = "The kiosk's routing config and each team's public key",
    responses((status = 200, description = "Routing and keys", body = pforte_engine::kiosk::api::KioskSetup), (status = 503, description = "No kiosk configured", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn setup(
    State(state): State<Arc<AppState>>,
) -> Result<Json<KioskSetup>, ApiError> {
    Ok(Json(kiosk(&state)?.setup.clone()))
}

/// A compact JWE as the kiosk and the inbox make them: five base64url parts.
fn is_compact_jwe(text: &str, max: usize) -> bool {
    text.len() <= max
        && text.split('.').count() == 5
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn is_digest(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[utoipa::path(
    post,
    path = "/api/v1/kiosk/concerns",
    tag = "kiosk",
    summary = "A concern from a kiosk terminal, encrypted to its team",
    request_body = pforte_engine::kiosk::api::NewConcern,
    responses((status = 201, description = "The visitor's ticket", body = pforte_engine::kiosk::api::Ticket), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 403, description = "Not from a kiosk network", body = crate::server::openapi::ErrorBody), (status = 409, description = "The ticket code is in use", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No kiosk configured", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn send(
    client: ClientAddr,
    State(state): State<Arc<AppState>>,
    Json(concern): Json<NewConcern>,
) -> Result<(StatusCode, Json<Ticket>), ApiError> {
    let kiosk = kiosk(&state)?;
    if !kiosk.networks.iter().any(|net| net.contains(&client.0)) {
        return Err(ApiError::refused(
            StatusCode::FORBIDDEN,
            "not-a-kiosk",
            "concerns are taken only from the office's kiosk terminals",
        ));
    }
    state.limits.write_from(client)?;
    if !kiosk.routing.may_route(&concern.concern, &concern.team) {
        return Err(ApiError::BadRequest(format!(
            "the routing config never sends a concern {:?} to team {:?}",
            concern.concern, concern.team
        )));
    }
    if !is_compact_jwe(&concern.encrypted, MAX_ENCRYPTED) {
        return Err(ApiError::BadRequest(format!(
            "encrypted must be a compact JWE of at most {MAX_ENCRYPTED} characters"
        )));
    }
    if !is_digest(&concern.ticket_digest) {
        return Err(ApiError::BadRequest(
            "ticketDigest must be a SHA-256 in lowercase hex".into(),
        ));
    }
    let id = uuid_v4()?;
    let at = now();
    let day = kiosk.today();
    // One statement draws the day's next number. Two kiosks at the same moment can draw the
    // same one on PostgreSQL (UNIQUE (day, seq) refuses the second): draw again.
    let mut attempt = 0;
    let seq: i64 = loop {
        let drawn = sqlx::query_scalar(
            "INSERT INTO concerns (id, day, seq, team, concern, encrypted, ticket_digest, \
             created_at, updated_at) \
             SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4, $5, $6, $7, $8 FROM concerns \
             WHERE day = $9 RETURNING seq",
        )
        .bind(&id)
        .bind(&day)
        .bind(&concern.team)
        .bind(&concern.concern)
        .bind(&concern.encrypted)
        .bind(&concern.ticket_digest)
        .bind(at)
        .bind(at)
        .bind(&day)
        .fetch_one(&state.db)
        .await;
        match drawn {
            Ok(seq) => break seq,
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                let on_code = db.message().contains("ticket_digest")
                    || db.constraint().is_some_and(|c| c.contains("ticket_digest"));
                attempt += 1;
                if on_code || attempt >= 20 {
                    return Err(ApiError::refused(
                        StatusCode::CONFLICT,
                        "ticket-taken",
                        "this ticket code is in use; the kiosk makes a new one",
                    ));
                }
            }
            Err(e) => return Err(ApiError::internal(e)),
        }
    };
    tracing::info!(team = %concern.team, concern = %concern.concern, "kiosk concern received");
    Ok((
        StatusCode::CREATED,
        Json(Ticket {
            number: ticket_number(seq),
            created_at: rfc3339(at),
        }),
    ))
}

/// `17` → `017`.
fn ticket_number(seq: i64) -> String {
    format!("{seq:03}")
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TicketLookup {
    code: String,
}

/// The visitor's view of their ticket: number, state and the (encrypted) note.
#[utoipa::path(
    post,
    path = "/api/v1/kiosk/ticket",
    tag = "kiosk",
    summary = "A ticket by its code: state and the encrypted note",
    request_body = TicketLookup,
    responses((status = 200, description = "The ticket", body = pforte_engine::kiosk::api::TicketStatus), (status = 404, description = "No ticket with this code", body = crate::server::openapi::ErrorBody), (status = 422, description = "Not a ticket code (check symbol)", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn ticket(
    client: ClientAddr,
    State(state): State<Arc<AppState>>,
    Json(lookup): Json<TicketLookup>,
) -> Result<Json<TicketStatus>, ApiError> {
    let Some(code) = ticket_code::normalize(&lookup.code) else {
        return Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "code-typo",
            "this is not a ticket code; check it for a typo",
        ));
    };
    state.limits.proof_from(client)?;
    let row: Option<(i64, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT seq, state, note, updated_at FROM concerns WHERE ticket_digest = $1",
    )
    .bind(ticket_code::digest(&code))
    .fetch_optional(&state.db)
    .await
    .map_err(ApiError::internal)?;
    let (seq, current, note, updated_at) =
        row.ok_or_else(|| ApiError::NotFound("no ticket with this code".into()))?;
    Ok(Json(TicketStatus {
        number: ticket_number(seq),
        state: parse_state(&current)?,
        note,
        updated_at: rfc3339(updated_at),
    }))
}

fn parse_state(text: &str) -> Result<ConcernState, ApiError> {
    ConcernState::parse(text)
        .ok_or_else(|| ApiError::internal(std::io::Error::other(format!("state {text:?}"))))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct QueueQuery {
    /// One team; default: every team the reader may see.
    team: Option<String>,
    /// `all`: done concerns of any age too (up to the retention).
    all: Option<bool>,
}

type ConcernRow = (
    String,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    i64,
    Option<String>,
);
const CONCERN_COLUMNS: &str =
    "id, seq, team, concern, state, encrypted, note, created_at, updated_at, updated_by";

fn queued(row: ConcernRow) -> Result<QueuedConcern, ApiError> {
    let (id, seq, team, concern, current, encrypted, note, created_at, updated_at, updated_by) =
        row;
    Ok(QueuedConcern {
        id,
        ticket: ticket_number(seq),
        team,
        concern,
        state: parse_state(&current)?,
        encrypted,
        note,
        created_at: rfc3339(created_at),
        updated_at: rfc3339(updated_at),
        updated_by,
    })
}

/// A team's queue, oldest first: open concerns, and those done in the last day.
#[utoipa::path(
    get,
    path = "/api/v1/office/concerns",
    tag = "kiosk",
    summary = "Teams' queues: open concerns and those done in the last day",
    params(QueueQuery),
    responses((status = 200, description = "Oldest first", body = Vec<pforte_engine::kiosk::api::QueuedConcern>), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 403, description = "Not in this team", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn queue(
    reader: Reader,
    State(state): State<Arc<AppState>>,
    Query(query): Query<QueueQuery>,
) -> Result<Json<Vec<QueuedConcern>>, ApiError> {
    let teams: Vec<String> = match (&query.team, reader.teams()) {
        (Some(team), Some(mine)) if !mine.contains(team) => {
            return Err(ApiError::refused(
                StatusCode::FORBIDDEN,
                "not-your-team",
                format!("you are not in team {team:?}"),
            ))
        }
        (Some(team), _) => vec![team.clone()],
        (None, Some(mine)) => mine.to_vec(),
        (None, None) => match state.kiosk.as_ref() {
            Some(kiosk) => kiosk.routing.teams().to_vec(),
            None => Vec::new(),
        },
    };
    let done_since = if query.all.unwrap_or(false) {
        0
    } else {
        now() - DONE_VISIBLE_SECONDS
    };
    let mut concerns = Vec::new();
    for team in &teams {
        let rows: Vec<ConcernRow> = sqlx::query_as(&format!(
            "SELECT {CONCERN_COLUMNS} FROM concerns \
             WHERE team = $1 AND (state != 'done' OR updated_at >= $2) ORDER BY created_at, seq"
        ))
        .bind(team)
        .bind(done_since)
        .fetch_all(&state.db)
        .await
        .map_err(ApiError::internal)?;
        for row in rows {
            concerns.push(queued(row)?);
        }
    }
    concerns.sort_by(|a, b| a.created_at.cmp(&b.created_at));
    Ok(Json(concerns))
}

/// Move a concern on (new → in progress → done, or back), with a note to the visitor.
#[utoipa::path(
    post,
    path = "/api/v1/office/concerns/{id}",
    tag = "kiosk",
    summary = "Move a concern on, with a note to the visitor",
    params(("id" = String, Path, description = "Concern id")),
    request_body = pforte_engine::kiosk::api::ConcernUpdate,
    responses((status = 200, description = "The concern", body = pforte_engine::kiosk::api::QueuedConcern), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such concern in the reader's teams", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn update(
    reader: Reader,
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    Json(change): Json<ConcernUpdate>,
) -> Result<Json<QueuedConcern>, ApiError> {
    if let Some(note) = &change.note {
        if !is_compact_jwe(note, MAX_ENCRYPTED_NOTE) {
            return Err(ApiError::BadRequest(format!(
                "note must be a compact JWE of at most {MAX_ENCRYPTED_NOTE} characters"
            )));
        }
    }
    let team: Option<String> = sqlx::query_scalar("SELECT team FROM concerns WHERE id = $1")
        .bind(&id)
        .fetch_optional(&state.db)
        .await
        .map_err(ApiError::internal)?;
    let team = team.ok_or_else(|| ApiError::NotFound(format!("no concern {id:?}")))?;
    if reader.teams().is_some_and(|mine| !mine.contains(&team)) {
        // The same answer as for an unknown id: other teams' concerns do not exist for you.
        return Err(ApiError::NotFound(format!("no concern {id:?}")));
    }
    let row: ConcernRow = sqlx::query_as(&format!(
        "UPDATE concerns SET state = $1, note = COALESCE($2, note), updated_at = $3, updated_by = $4 \
         WHERE id = $5 RETURNING {CONCERN_COLUMNS}"
    ))
    .bind(change.state.as_str())
    .bind(&change.note)
    .bind(now())
    .bind(reader.name())
    .bind(&id)
    .fetch_one(&state.db)
    .await
    .map_err(ApiError::internal)?;
    tracing::info!(%id, state = change.state.as_str(), by = reader.name(), "concern updated");
    Ok(Json(queued(row)?))
}

/// Delete concerns that have not changed for [`RETENTION_SECONDS`], and expired sessions.
pub async fn sweep(state: &AppState) -> Result<u64, sqlx::Error> {
    let concerns = sqlx::query("DELETE FROM concerns WHERE updated_at < $1")
        .bind(now() - RETENTION_SECONDS)
        .execute(&state.db)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM staff_sessions WHERE expires_at < $1")
        .bind(now())
        .execute(&state.db)
        .await?;
    Ok(concerns)
}
