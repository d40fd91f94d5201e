//! The calendar in force (docs/APPOINTMENTS.md, "Changing the calendar"): published versions
//! in the database, the newest one compiled once per process and looked for at most once a
//! second ([`RECHECK`]), so a change the office publishes reaches every intake process within
//! a second, without a restart (and the process that took it, at once). The office publishes
//! through `PUT /api/v1/office/calendar` (`pforte office calendar publish|close`), and learns
//! which booked appointments the new calendar no longer has room for.

use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use pforte_engine::appointments::{Calendar, Slot, TimeOfDay};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::AnyPool;

use super::db::{now, rfc3339};
use super::error::ApiError;
use super::office::{Appointment, BookingRow, OfficeClient, BOOKING_COLUMNS};
use super::AppState;
use crate::error::StartError;

/// Largest calendar accepted (the 12-counter example is 3 KB).
pub const MAX_CALENDAR_BYTES: usize = 1024 * 1024;

/// A published calendar: its version and the calendar compiled from it.
#[derive(Debug)]
pub struct Published {
    pub version: i64,
    pub calendar: Calendar,
}

/// How long a process keeps using its calendar before it looks for a newer version.
pub const RECHECK: std::time::Duration = std::time::Duration::from_secs(1);

/// The newest published calendar this process has compiled, and when it last looked.
#[derive(Debug, Default)]
pub struct InForce {
    compiled: RwLock<Option<(Arc<Published>, std::time::Instant)>>,
}

/// 503 `no-booking`: no calendar has been published.
pub fn no_booking() -> ApiError {
    ApiError::refused(
        StatusCode::SERVICE_UNAVAILABLE,
        "no-booking",
        "this office does not offer appointments online",
    )
}

impl InForce {
    /// The calendar in force: one small query for the newest version; compiled once per
    /// version. 503 `no-booking` when none has been published.
    pub async fn get(&self, db: &AnyPool) -> Result<Arc<Published>, ApiError> {
        let cached = self
            .compiled
            .read()
            .ok()
            .and_then(|compiled| compiled.clone());
        if let Some((published, looked)) = &cached {
            if looked.elapsed() < RECHECK {
                return Ok(published.clone());
            }
        }
        let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM calendars")
            .fetch_one(db)
            .await?;
        let newest = newest.ok_or_else(no_booking)?;
        if let Some((published, _)) = cached.filter(|(p, _)| p.version == newest) {
            self.remember(&published);
            return Ok(published);
        }
        let text: String = sqlx::query_scalar("SELECT text FROM calendars WHERE version = $1")
            .bind(newest)
            .fetch_one(db)
            .await?;
        // Every stored version was compiled before it was stored.
        let calendar = Calendar::from_json(&text).map_err(|problems| {
            ApiError::internal(format!(
                "the stored calendar version {newest} does not compile: {}",
                problems[0]
            ))
        })?;
        let published = Arc::new(Published {
            version: newest,
            calendar,
        });
        self.remember(&published);
        Ok(published)
    }

    fn remember(&self, published: &Arc<Published>) {
        if let Ok(mut compiled) = self.compiled.write() {
            *compiled = Some((published.clone(), std::time::Instant::now()));
        }
    }

    /// Look again on the next request (this process published a new version).
    pub fn forget(&self) {
        if let Ok(mut compiled) = self.compiled.write() {
            *compiled = None;
        }
    }
}

/// Compile a calendar's text, or every problem as a line.
pub fn compile(text: &str) -> Result<Calendar, Vec<String>> {
    Calendar::from_json(text).map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

/// At start-up with `--calendar FILE`: publish the file unless its text has been published
/// before. So an edited file takes effect at the next start, and a restart with an old file
/// does not undo what the office published since (that is logged).
pub async fn publish_file(db: &AnyPool, path: &std::path::Path) -> Result<(), StartError> {
    let text = std::fs::read_to_string(path).map_err(|source| StartError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    compile(&text).map_err(|lines| {
        StartError::Calendar(format!("{}:\n  {}", path.display(), lines.join("\n  ")))
    })?;
    let database = |err: sqlx::Error| StartError::Calendar(format!("calendar history: {err}"));
    let known: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM calendars WHERE text = $1")
            .bind(&text)
            .fetch_one(db)
            .await
            .map_err(database)?;
    let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM calendars")
        .fetch_one(db)
        .await
        .map_err(database)?;
    match known {
        Some(version) if Some(version) != newest => tracing::warn!(
            file = %path.display(),
            "--calendar: this file was published before as version {version}; the office has \
             published a newer calendar since, which stays in force"
        ),
        Some(_) => {}
        None => {
            let version = insert(db, newest, &text, &format!("--calendar {}", path.display()))
                .await
                .map_err(|err| match err {
                    Insert::Changed => StartError::Calendar(
                        "another process published a calendar at the same moment; start again"
                            .into(),
                    ),
                    Insert::Database(err) => database(err),
                })?;
            tracing::info!(version, file = %path.display(), "calendar published");
        }
    }
    Ok(())
}

enum Insert {
    /// The newest version is no longer `after`.
    Changed,
    Database(sqlx::Error),
}

/// Insert `text` as the version after `after` (the newest, read before). The primary key
/// refuses a second publication of the same version, so of two racing publishers one wins.
async fn insert(db: &AnyPool, after: Option<i64>, text: &str, by: &str) -> Result<i64, Insert> {
    let version = after.unwrap_or(0) + 1;
    let inserted = sqlx::query(
        "INSERT INTO calendars (version, text, published_at, published_by) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(version)
    .bind(text)
    .bind(now())
    .bind(by)
    .execute(db)
    .await;
    match inserted {
        Ok(_) => Ok(version),
        Err(err)
            if err
                .as_database_error()
                .is_some_and(|e| e.is_unique_violation()) =>
        {
            Err(Insert::Changed)
        }
        Err(err) => Err(Insert::Database(err)),
    }
}

/// The office's calendar routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/office/calendar", get(show).put(publish))
}

/// The calendar in force as the office reads it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CalendarVersion {
    pub version: i64,
    /// RFC 3339, UTC.
    pub published_at: String,
    /// The office token's name, or `--calendar FILE`.
    pub published_by: String,
    /// The JSON as published.
    pub text: String,
}

/// `GET /api/v1/office/calendar`: the calendar in force, as published.
#[utoipa::path(
    get,
    path = "/api/v1/office/calendar",
    tag = "office",
    summary = "The appointment calendar in force",
    responses((status = 200, description = "The newest published version", body = CalendarVersion), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No calendar has been published", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn show(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
) -> Result<Json<CalendarVersion>, ApiError> {
    let row: Option<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT version, text, published_at, published_by FROM calendars \
         WHERE version = (SELECT MAX(version) FROM calendars)",
    )
    .fetch_optional(&state.db)
    .await?;
    let (version, text, at, by) = row.ok_or_else(no_booking)?;
    Ok(Json(CalendarVersion {
        version,
        published_at: rfc3339(at),
        published_by: by,
        text,
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PublishQuery {
    /// Publish only if this is still the version in force (the version read before editing);
    /// otherwise 409 `calendar-changed`, and nothing is lost.
    expect: Option<i64>,
}

/// What a publication did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// The version now in force.
    pub version: i64,
    /// False when the text equals the calendar in force (nothing was stored).
    pub changed: bool,
    /// Booked appointments, today or later, that the new calendar has no slot for (a closure,
    /// shorter hours, a counter or service gone). They stay booked: the office tells the
    /// people, and cancels or moves them.
    pub affected: Vec<Appointment>,
}

/// `PUT /api/v1/office/calendar` with the calendar's JSON: checked with every problem
/// listed, then in force in this process at once and in every other within [`RECHECK`].
#[utoipa::path(
    put,
    path = "/api/v1/office/calendar",
    tag = "office",
    summary = "Publish a new appointment calendar",
    params(PublishQuery),
    request_body(content = String, content_type = "application/json", description = "The calendar (docs/APPOINTMENTS.md)"),
    responses((status = 200, description = "In force; the appointments it has no room for", body = Publication), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 409, description = "`calendar-changed`: another version was published after `expect`", body = crate::server::openapi::ErrorBody), (status = 413, description = "Larger than 1 MiB", body = crate::server::openapi::ErrorBody), (status = 422, description = "`calendar-invalid`, with every problem in `problems`", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn publish(
    client: OfficeClient,
    State(state): State<Arc<AppState>>,
    Query(query): Query<PublishQuery>,
    body: Bytes,
) -> Result<Json<Publication>, ApiError> {
    if body.len() > MAX_CALENDAR_BYTES {
        return Err(ApiError::refused(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "a calendar may have at most 1 MiB",
        ));
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::BadRequest("the calendar is not UTF-8 text".into()))?;
    let calendar = compile(text).map_err(|problems| {
        ApiError::refused_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            "calendar-invalid",
            "the calendar has problems; nothing was changed",
            json!({ "problems": problems }),
        )
    })?;
    let newest: Option<(i64, String)> = sqlx::query_as(
        "SELECT version, text FROM calendars WHERE version = (SELECT MAX(version) FROM calendars)",
    )
    .fetch_optional(&state.db)
    .await?;
    let changed = || {
        ApiError::refused(
            StatusCode::CONFLICT,
            "calendar-changed",
            "another calendar was published in the meantime; read it again and redo the change",
        )
    };
    if query.expect.is_some() && query.expect != newest.as_ref().map(|(v, _)| *v) {
        return Err(changed());
    }
    let version = match &newest {
        Some((version, stored)) if stored == text => *version,
        _ => {
            let after = newest.as_ref().map(|(v, _)| *v);
            let by = format!("office token {}", client.name);
            let version = insert(&state.db, after, text, &by)
                .await
                .map_err(|err| match err {
                    Insert::Changed => changed(),
                    Insert::Database(err) => err.into(),
                })?;
            tracing::info!(version, by, "calendar published");
            state.appointments.forget_calendar();
            version
        }
    };
    let today = state.appointments.today();
    let affected = without_room(&state.db, &calendar, &today).await?;
    Ok(Json(Publication {
        version,
        changed: newest.is_none_or(|(v, _)| v != version),
        affected,
    }))
}

/// The open bookings from `today` on that `calendar` has no valid slot for.
async fn without_room(
    db: &AnyPool,
    calendar: &Calendar,
    today: &str,
) -> Result<Vec<Appointment>, ApiError> {
    let rows: Vec<BookingRow> = sqlx::query_as(&format!(
        "SELECT {BOOKING_COLUMNS} FROM bookings \
         WHERE state = 'booked' AND date >= $1 ORDER BY date, start, counter"
    ))
    .bind(today)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|row| {
            let fits = || {
                let slot = Slot {
                    date: row.date.parse().ok()?,
                    start: TimeOfDay::new(u16::try_from(row.start).ok()?)?,
                    counter: calendar.counter(&row.counter)?,
                };
                Some(calendar.slot_is_valid(calendar.service(&row.service)?, slot))
            };
            !fits().unwrap_or(false)
        })
        .map(Appointment::from)
        .collect())
}
