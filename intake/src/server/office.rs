//! The office's API (`/api/v1/office/…`, docs/SUBMISSION.md "Office endpoints"): list the
//! submitted applications, fetch one (its two JWEs and the receipt), stream an attachment's
//! ciphertext, and acknowledge a fetch.
//!
//! Every handler takes [`OfficeClient`] first: the extractor that checks the bearer token (its
//! SHA-256 looked up in `office_tokens`) and answers 401 otherwise. It is an extractor rather
//! than a `from_fn_with_state` layer because [`router`] is built before the state exists; the
//! tests call every route without a token.
//!
//! The server only moves ciphertext here: it cannot read what it serves.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequestParts, Path as UrlPath, Query, State};
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pforte_engine::status::{CaseEvent, CaseStatus, Event, Status};
use pforte_engine::submission::{reference, AnnouncedAttachment, Receipt};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::db::rfc3339;
use super::error::ApiError;
use super::{status, AppState};
use crate::blobs::Part;

/// The office routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/office/submissions", get(list))
        .route("/api/v1/office/submissions/{reference}", get(detail))
        .route(
            "/api/v1/office/submissions/{reference}/attachments/{attachment}",
            get(attachment),
        )
        .route("/api/v1/office/submissions/{reference}/ack", post(ack))
        .route(
            "/api/v1/office/submissions/{reference}/events",
            get(case_events).post(add_event),
        )
        .route(
            "/api/v1/office/submissions/{reference}/notice",
            get(notice_address),
        )
        .route("/api/v1/office/reminders", get(reminders))
        .route("/api/v1/office/appointments", get(day_list))
        .route("/api/v1/office/appointments/audit", get(booking_audit))
}

/// One submission in the office's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub reference: String,
    pub submission_id: String,
    pub form_id: String,
    pub form_version: String,
    /// RFC 3339, UTC.
    pub received_at: String,
    /// `submitted` or `fetched`.
    pub state: String,
    pub attachments: Vec<AnnouncedAttachment>,
}

/// One submission with everything but the attachments' ciphertext.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Detail {
    #[serde(flatten)]
    pub entry: Entry,
    pub encrypted_metadata: String,
    pub encrypted_data: String,
    pub receipt: Receipt,
}

/// The authenticated office client: the name its token was created with.
#[derive(Debug, Clone)]
pub struct OfficeClient {
    pub name: String,
}

/// 401, with `WWW-Authenticate: Bearer` (RFC 6750) and the API's error body.
#[derive(Debug)]
pub struct Unauthorized {
    /// A token was given but is not known (`error="invalid_token"`).
    pub invalid: bool,
}

impl IntoResponse for Unauthorized {
    fn into_response(self) -> Response {
        let (challenge, message) = if self.invalid {
            (
                r#"Bearer realm="pforte-office", error="invalid_token""#,
                "the token is not valid (revoked, or mistyped)",
            )
        } else {
            (
                r#"Bearer realm="pforte-office""#,
                "an office token is required (Authorization: Bearer …)",
            )
        };
        let body = json!({"error": {"code": "unauthorized", "message": message}});
        let mut response = (StatusCode::UNAUTHORIZED, Json(body)).into_response();
        response
            .headers_mut()
            .insert(WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        response
    }
}

/// The bearer token of a request (RFC 6750), if it has one.
pub fn bearer(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            value
                .strip_prefix("Bearer ")
                .or_else(|| value.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|token| !token.is_empty())
}

/// Hex SHA-256 of a token: what `office_tokens` stores.
pub fn token_hash(token: &str) -> String {
    super::precompressed::sha256_hex(token.as_bytes())
}

impl FromRequestParts<Arc<AppState>> for OfficeClient {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer(parts);
        let Some(token) = token else {
            return Err(Unauthorized { invalid: false }.into_response());
        };
        let name: Option<String> =
            sqlx::query_scalar("SELECT name FROM office_tokens WHERE token_sha256 = $1")
                .bind(token_hash(token))
                .fetch_optional(&state.db)
                .await
                .map_err(|e| internal(e).into_response())?;
        match name {
            Some(name) => Ok(OfficeClient { name }),
            None => Err(Unauthorized { invalid: true }.into_response()),
        }
    }
}

fn internal(error: impl std::error::Error + Send + Sync + 'static) -> ApiError {
    ApiError::Internal(Box::new(error))
}

/// `?state=submitted` (the default) or `?state=fetched`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListQuery {
    state: Option<String>,
}

/// A submission row as the office sees it.
type Row = (String, String, String, String, Option<i64>, String);
const COLUMNS: &str = "id, reference, form_id, form_version, submitted_at, state";

#[utoipa::path(
    get,
    path = "/api/v1/office/submissions",
    tag = "office",
    summary = "Submitted applications",
    params(ListQuery),
    responses((status = 200, description = "Oldest first", body = Vec<Entry>), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn list(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    Query(query): Query<ListQuery>,
) -> Result<Json<Vec<Entry>>, ApiError> {
    let wanted = query.state.as_deref().unwrap_or("submitted");
    if !matches!(wanted, "submitted" | "fetched") {
        return Err(ApiError::BadRequest(format!(
            "state must be \"submitted\" or \"fetched\", not {wanted:?}"
        )));
    }
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM submissions WHERE state = $1 ORDER BY submitted_at, reference"
    ))
    .bind(wanted)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    let attachments: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT a.submission_id, a.id, a.length FROM attachments a \
         JOIN submissions s ON s.id = a.submission_id \
         WHERE s.state = $1 ORDER BY a.submission_id, a.position",
    )
    .bind(wanted)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    let mut by_submission: HashMap<String, Vec<AnnouncedAttachment>> = HashMap::new();
    for (sid, aid, length) in attachments {
        by_submission
            .entry(sid)
            .or_default()
            .push(announced(aid, length));
    }
    let entries = rows
        .into_iter()
        .map(|row| {
            let attachments = by_submission.remove(&row.0).unwrap_or_default();
            entry(row, attachments)
        })
        .collect();
    Ok(Json(entries))
}

fn announced(attachment_id: String, length: i64) -> AnnouncedAttachment {
    AnnouncedAttachment {
        attachment_id,
        length: u64::try_from(length).unwrap_or(0),
    }
}

fn entry(row: Row, attachments: Vec<AnnouncedAttachment>) -> Entry {
    let (submission_id, reference, form_id, form_version, submitted_at, state) = row;
    Entry {
        reference,
        submission_id,
        form_id,
        form_version,
        received_at: submitted_at.map(rfc3339).unwrap_or_default(),
        state,
        attachments,
    }
}

/// The reference as typed in the URL, normalised, or 400.
fn parse_reference(typed: &str) -> Result<String, ApiError> {
    reference::normalize(typed).ok_or_else(|| {
        ApiError::BadRequest(format!(
            "{typed:?} is not a reference number (XXXX-XXXX-C; check the last symbol)"
        ))
    })
}

/// The submitted (or fetched) submission with this reference, with its attachments.
async fn find(state: &AppState, typed: &str) -> Result<Entry, ApiError> {
    let reference = parse_reference(typed)?;
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM submissions \
         WHERE reference = $1 AND state IN ('submitted', 'fetched')"
    ))
    .bind(&reference)
    .fetch_optional(&state.db)
    .await
    .map_err(internal)?;
    let row = row.ok_or_else(|| ApiError::NotFound(format!("no submission {reference}")))?;
    let attachments: Vec<(String, i64)> = sqlx::query_as(
        "SELECT id, length FROM attachments WHERE submission_id = $1 ORDER BY position",
    )
    .bind(&row.0)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    let attachments = attachments
        .into_iter()
        .map(|(aid, length)| announced(aid, length))
        .collect();
    Ok(entry(row, attachments))
}

#[utoipa::path(
    get,
    path = "/api/v1/office/submissions/{reference}",
    tag = "office",
    summary = "One application: its JWEs and receipt",
    params(("reference" = String, Path, description = "Reference number")),
    responses((status = 200, description = "The application", body = Detail), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such application", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn detail(
    client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath(typed): UrlPath<String>,
) -> Result<Json<Detail>, ApiError> {
    let entry = find(&state, &typed).await?;
    let receipt: Option<String> =
        sqlx::query_scalar("SELECT receipt FROM submissions WHERE id = $1")
            .bind(&entry.submission_id)
            .fetch_one(&state.db)
            .await
            .map_err(internal)?;
    let receipt: Receipt =
        serde_json::from_str(receipt.as_deref().unwrap_or_default()).map_err(internal)?;
    let blobs = &state.intake.blobs;
    let sid = &entry.submission_id;
    let text = |bytes: bytes::Bytes| String::from_utf8(bytes.to_vec()).map_err(internal);
    let encrypted_metadata = text(
        blobs
            .read_all(sid, Part::Metadata)
            .await
            .map_err(internal)?,
    )?;
    let encrypted_data = text(blobs.read_all(sid, Part::Data).await.map_err(internal)?)?;
    tracing::info!(client = %client.name, reference = %entry.reference, "office fetches a submission");
    Ok(Json(Detail {
        entry,
        encrypted_metadata,
        encrypted_data,
        receipt,
    }))
}

#[utoipa::path(
    get,
    path = "/api/v1/office/submissions/{reference}/attachments/{attachment}",
    tag = "office",
    summary = "An attachment's ciphertext (chunked JWE), streamed",
    params(("reference" = String, Path, description = "Reference number"), ("attachment" = String, Path, description = "Attachment id")),
    responses((status = 200, description = "The ciphertext", body = String, content_type = "application/jose"), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such attachment", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn attachment(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath((typed, aid)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    let entry = find(&state, &typed).await?;
    if !entry.attachments.iter().any(|a| a.attachment_id == aid) {
        return Err(ApiError::NotFound(format!(
            "submission {} has no attachment {aid:?}",
            entry.reference
        )));
    }
    let (length, stream) = state
        .intake
        .blobs
        .read(&entry.submission_id, Part::Attachment(&aid))
        .await
        .map_err(internal)?;
    Ok((
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (CONTENT_LENGTH, HeaderValue::from(length)),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/office/submissions/{reference}/ack",
    tag = "office",
    summary = "Mark an application as fetched",
    params(("reference" = String, Path, description = "Reference number")),
    responses((status = 200, description = "Its new state", body = Entry), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such application", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn ack(
    client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath(typed): UrlPath<String>,
) -> Result<Json<Entry>, ApiError> {
    let entry = find(&state, &typed).await?;
    let now = super::db::now();
    sqlx::query(
        "UPDATE submissions SET state = 'fetched', fetched_at = COALESCE(fetched_at, $1) \
         WHERE id = $2",
    )
    .bind(now)
    .bind(&entry.submission_id)
    .execute(&state.db)
    .await
    .map_err(internal)?;
    tracing::info!(client = %client.name, reference = %entry.reference, "office acknowledges a submission");
    Ok(Json(Entry {
        state: "fetched".into(),
        ..entry
    }))
}

/// `POST …/events`: one of these.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum NewEvent {
    /// `{"status": {"status": "ready-for-pickup", "mode": "dispenser", "pickupCode": "K7"}}`
    Status(Status),
    /// `{"fictionCertificate": {"validUntil": "2027-03-31"}}`
    #[serde(rename_all = "camelCase")]
    FictionCertificate { valid_until: String },
}

/// `GET …/events`: the case's log, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/office/submissions/{reference}/events",
    tag = "office",
    summary = "A case's signed event log",
    params(("reference" = String, Path, description = "Reference number")),
    responses((status = 200, description = "Oldest first", body = pforte_engine::status::CaseStatus), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such application", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn case_events(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath(typed): UrlPath<String>,
) -> Result<Json<CaseStatus>, ApiError> {
    let entry = find(&state, &typed).await?;
    let events = status::events(&state.db, &entry.submission_id).await?;
    let notify = status::notice(&state.db, &entry.submission_id)
        .await?
        .is_some();
    Ok(Json(CaseStatus {
        reference: entry.reference,
        form_id: entry.form_id,
        events,
        notify,
    }))
}

/// `POST …/events`: append a signed event to the case's log; answers it (201).
#[utoipa::path(
    post,
    path = "/api/v1/office/submissions/{reference}/events",
    tag = "office",
    summary = "Set a status, or record a certificate of fictitious continuation",
    params(("reference" = String, Path, description = "Reference number")),
    request_body = NewEvent,
    responses((status = 201, description = "The signed event", body = pforte_engine::status::CaseEvent), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such application", body = crate::server::openapi::ErrorBody), (status = 409, description = "The case is closed", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn add_event(
    client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath(typed): UrlPath<String>,
    Json(new): Json<NewEvent>,
) -> Result<(StatusCode, Json<CaseEvent>), ApiError> {
    let entry = find(&state, &typed).await?;
    let event = match new {
        NewEvent::Status(status) => Event::StatusChanged(status),
        NewEvent::FictionCertificate { valid_until } => Event::FictionCertificate { valid_until },
    };
    // Two staff members setting a status at once: the second finds the first's `seq` taken
    // and goes after it.
    for _attempt in 0..3 {
        let mut tx = state.db.begin().await?;
        match status::append(
            &mut tx,
            &state.intake,
            &entry.submission_id,
            &entry.reference,
            &event,
        )
        .await
        {
            Ok(added) => {
                if matches!(event, Event::StatusChanged(Status::Closed)) {
                    // Nothing follows a closed case: nobody needs to be told again.
                    sqlx::query("UPDATE submissions SET notice_jwe = NULL WHERE id = $1")
                        .bind(&entry.submission_id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                tracing::info!(client = %client.name, reference = %entry.reference, seq = added.seq, "case event added");
                return Ok((StatusCode::CREATED, Json(added)));
            }
            Err(ApiError::Internal(cause))
                if cause
                    .downcast_ref::<sqlx::Error>()
                    .and_then(|err| err.as_database_error())
                    .is_some_and(|err| err.is_unique_violation()) =>
            {
                continue
            }
            Err(err) => return Err(err),
        }
    }
    Err(ApiError::refused(
        StatusCode::CONFLICT,
        "case-busy",
        "the case is being changed right now; try again",
    ))
}

/// Where the applicant wants to be told of a change, as the browser encrypted it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NoticeAddress {
    /// A JWE to the office key of a `{email, lang}`; null when nobody asked.
    pub encrypted_address: Option<String>,
}

/// `GET …/notice`: the applicant's encrypted email address for status notices, if any
/// (`pforte office status` opens it with the office key and sends the notice).
#[utoipa::path(
    get,
    path = "/api/v1/office/submissions/{reference}/notice",
    tag = "office",
    summary = "Where the applicant wants status changes told (encrypted)",
    params(("reference" = String, Path, description = "Reference number")),
    responses((status = 200, description = "The JWE, or null", body = NoticeAddress), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 404, description = "No such application", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn notice_address(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    UrlPath(typed): UrlPath<String>,
) -> Result<Json<NoticeAddress>, ApiError> {
    let entry = find(&state, &typed).await?;
    Ok(Json(NoticeAddress {
        encrypted_address: status::notice(&state.db, &entry.submission_id).await?,
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct RemindersQuery {
    /// Days ahead; 14 if not given.
    within: Option<u32>,
}

/// One case whose certificate of fictitious continuation ends soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub reference: String,
    pub fiction_valid_until: String,
}

/// `GET /api/v1/office/reminders?within=14`: open cases whose certificate of fictitious
/// continuation ends within that many days (or has ended), soonest first.
#[utoipa::path(
    get,
    path = "/api/v1/office/reminders",
    tag = "office",
    summary = "Open cases whose certificate of fictitious continuation ends soon",
    params(RemindersQuery),
    responses((status = 200, description = "Soonest first", body = Vec<Reminder>), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn reminders(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    Query(query): Query<RemindersQuery>,
) -> Result<Json<Vec<Reminder>>, ApiError> {
    let within = i64::from(query.within.unwrap_or(14).min(366));
    let until = super::db::rfc3339(super::db::now() + within * 86_400);
    let until = &until[..10];
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT s.reference, s.fiction_valid_until, e.jws FROM submissions s \
         JOIN case_events e ON e.submission_id = s.id \
         AND e.seq = (SELECT MAX(seq) FROM case_events WHERE submission_id = s.id) \
         WHERE s.fiction_valid_until IS NOT NULL AND s.fiction_valid_until <= $1 \
         ORDER BY s.fiction_valid_until, s.reference",
    )
    .bind(until)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    Ok(Json(
        rows.into_iter()
            .filter(|(_, _, last)| !status::is_closing(last))
            .map(|(reference, fiction_valid_until, _)| Reminder {
                reference,
                fiction_valid_until,
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct DayQuery {
    /// YYYY-MM-DD.
    date: String,
}

/// One booked appointment in the office's day list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    pub id: String,
    pub service: String,
    pub counter: String,
    pub date: String,
    /// HH:MM.
    pub start: String,
    pub minutes: i64,
    /// The application it belongs to.
    pub reference: Option<String>,
    /// How to reach a person who booked with an email address: a JWE of `{email}` to the
    /// office key (`pforte office appointments --key` opens it).
    pub encrypted_contact: Option<String>,
}

/// `GET /api/v1/office/appointments?date=YYYY-MM-DD`: the day's open appointments by time
/// and counter (the data reminders are sent from).
#[utoipa::path(
    get,
    path = "/api/v1/office/appointments",
    tag = "office",
    summary = "A day's appointments",
    params(DayQuery),
    responses((status = 200, description = "By time and counter", body = Vec<Appointment>), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No online booking", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn day_list(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    Query(query): Query<DayQuery>,
) -> Result<Json<Vec<Appointment>>, ApiError> {
    if !pforte_engine::schema::is_date(&query.date) {
        return Err(ApiError::BadRequest("date must be YYYY-MM-DD".into()));
    }
    let rows: Vec<BookingRow> = sqlx::query_as(&format!(
        "SELECT {BOOKING_COLUMNS} FROM bookings \
         WHERE state = 'booked' AND date = $1 ORDER BY start, counter"
    ))
    .bind(&query.date)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    Ok(Json(rows.into_iter().map(Appointment::from).collect()))
}

/// The columns of an [`Appointment`] in `bookings`, read as a [`BookingRow`].
pub(crate) const BOOKING_COLUMNS: &str =
    "id, service, counter, date, start, minutes, reference, contact_jwe";

#[derive(sqlx::FromRow)]
pub(crate) struct BookingRow {
    pub id: String,
    pub service: String,
    pub counter: String,
    pub date: String,
    /// Minutes after midnight.
    pub start: i64,
    pub minutes: i64,
    pub reference: Option<String>,
    pub contact_jwe: Option<String>,
}

impl From<BookingRow> for Appointment {
    fn from(row: BookingRow) -> Appointment {
        Appointment {
            start: format!("{:02}:{:02}", row.start / 60, row.start % 60),
            id: row.id,
            service: row.service,
            counter: row.counter,
            date: row.date,
            minutes: row.minutes,
            reference: row.reference,
            encrypted_contact: row.contact_jwe,
        }
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditQuery {
    /// The application whose holder's booking actions are listed.
    reference: Option<String>,
    /// Or: the email address someone booked with (any spelling of it: case, `+tag`).
    email: Option<String>,
}

/// One booking action of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// RFC 3339, UTC.
    pub at: String,
    pub action: String,
    pub service: String,
    pub booking_id: Option<String>,
}

/// `GET /api/v1/office/appointments/audit?reference=…`: every booking action of the person
/// behind an application, oldest first (how a scalper shows: many bookings and cancellations).
#[utoipa::path(
    get,
    path = "/api/v1/office/appointments/audit",
    tag = "office",
    summary = "Every booking action of the person behind an application",
    params(AuditQuery),
    responses((status = 200, description = "Oldest first", body = Vec<AuditEntry>), (status = 401, description = "No valid office token or staff session (WWW-Authenticate: Bearer)", body = crate::server::openapi::ErrorBody)),
    security(("office" = []))
)]
pub(crate) async fn booking_audit(
    _client: OfficeClient,
    State(state): State<Arc<AppState>>,
    Query(query): Query<AuditQuery>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let person = match (&query.reference, &query.email) {
        (Some(reference), None) => super::appointments::person(&parse_reference(reference)?),
        (None, Some(email)) => {
            let identity = pforte_engine::contact::identity(email)
                .ok_or_else(|| ApiError::BadRequest("this is not an email address".into()))?;
            super::contact::person(&state, &identity)
        }
        _ => {
            return Err(ApiError::BadRequest(
                "give either reference or email".into(),
            ))
        }
    };
    let rows: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT at, action, service, booking_id FROM booking_audit \
         WHERE person_sha256 = $1 ORDER BY at, rowid",
    )
    .bind(person)
    .fetch_all(&state.db)
    .await
    .map_err(internal)?;
    Ok(Json(
        rows.into_iter()
            .map(|(at, action, service, booking_id)| AuditEntry {
                at: rfc3339(at),
                action,
                service,
                booking_id,
            })
            .collect(),
    ))
}
