//! The applicant's side of secure submission: the office key, announce, resumable uploads
//! (tus 1.0 core) and submit with a signed receipt. The protocol is `docs/SUBMISSION.md`; the
//! types are `pforte_engine::submission`.
//!
//! What the server knows of a submission is routing data (form id and version, attachment ids
//! and lengths) and ciphertext. It checks every JWE's header (profile and key id) because that
//! needs no key, so a JWE for another key is refused at once, not found by the office later.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use pforte_engine::status::{Event, Status};
use pforte_engine::submission::{
    self, reference, Announce, CiphertextHash, Receipt, ReceiptClaims, Submit,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use super::db::{now, rfc3339};
use super::error::ApiError;
use super::limits::ClientAddr;
use super::precompressed::sha256_hex;
use super::{status, AppState};
use crate::blobs::{Blobs, Part};
use crate::office_key::OfficeKey;
use crate::receipt::ReceiptKey;

/// Largest submit body (the two JWEs of metadata and form data).
pub const SUBMIT_LIMIT: usize = 4 * 1024 * 1024;
/// A PATCH whose body stops arriving for this long is ended, keeping what came.
pub const UPLOAD_IDLE: Duration = Duration::from_secs(30);
/// The tus version spoken.
const TUS_VERSION: &str = "1.0.0";
const TUS_RESUMABLE: HeaderName = HeaderName::from_static("tus-resumable");
const UPLOAD_OFFSET: HeaderName = HeaderName::from_static("upload-offset");
const UPLOAD_LENGTH: HeaderName = HeaderName::from_static("upload-length");
const UPLOAD_EXPIRES: HeaderName = HeaderName::from_static("upload-expires");

/// Everything the submission handlers share.
#[derive(Debug)]
pub struct Intake {
    pub blobs: Blobs,
    pub office_key: Option<OfficeKey>,
    pub receipts: ReceiptKey,
    pub incomplete_ttl: Duration,
    pub max_submission_bytes: u64,
    /// Uploads with a PATCH running, and their running hash (see [`Progress`]).
    uploads: Mutex<HashMap<UploadKey, Arc<tokio::sync::Mutex<Progress>>>>,
    /// Submissions with a submit running.
    submitting: Mutex<HashSet<String>>,
}

/// (submission id, attachment id).
type UploadKey = (String, String);

/// The SHA-256 of an upload's bytes so far, kept between PATCHes so the ciphertext is hashed
/// as it arrives; after a restart it is recomputed from the staged file once.
#[derive(Debug, Default)]
struct Progress {
    offset: u64,
    hasher: Sha256,
}

impl Intake {
    /// The blob store under `data/blobs`, the receipt key in `data`.
    pub fn new(
        data: &Path,
        blob_store: Option<&str>,
        office_key: Option<OfficeKey>,
        incomplete_ttl: Duration,
        max_submission_bytes: u64,
    ) -> Result<Intake, crate::error::StartError> {
        let blobs = Blobs::open(&data.join("blobs"), blob_store).map_err(|source| {
            crate::error::StartError::DataDir {
                path: data.join("blobs"),
                source,
            }
        })?;
        let receipts = ReceiptKey::load_or_create(data)
            .map_err(|err| crate::error::StartError::Key(err.to_string()))?;
        Ok(Intake {
            blobs,
            office_key,
            receipts,
            incomplete_ttl,
            max_submission_bytes,
            uploads: Mutex::default(),
            submitting: Mutex::default(),
        })
    }

    pub(crate) fn office_key(&self) -> Result<&OfficeKey, ApiError> {
        self.office_key.as_ref().ok_or_else(|| {
            ApiError::refused(
                StatusCode::SERVICE_UNAVAILABLE,
                "no-office-key",
                "this office accepts no submissions yet: the server has no office key",
            )
        })
    }
}

/// Routes with small JSON bodies (under the server's general body limit and timeout).
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/office-key", get(office_key))
        .route("/api/v1/receipt-key", get(receipt_key))
        .route("/api/v1/submissions", post(announce))
}

/// Submit: its own body limit (see [`SUBMIT_LIMIT`]).
pub fn submit_router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/submissions/{sid}/submit", post(submit))
}

/// Uploads: no overall timeout (a phone may need minutes for a chunk), an idle timeout per
/// body instead, and a size limit from the announcement.
pub fn upload_router() -> Router<Arc<AppState>> {
    Router::new().route(
        "/api/v1/submissions/{sid}/attachments/{aid}",
        axum::routing::head(upload_state)
            .patch(upload)
            .options(upload_options),
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/office-key",
    tag = "submissions",
    summary = "The office's public key (RSA JWK) the app encrypts to",
    responses((status = 200, description = "The JWK; the app checks its thumbprint against the one it was built with", body = serde_json::Value), (status = 503, description = "No office key configured", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn office_key(State(state): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let key = state.intake.office_key()?;
    Ok(([(CACHE_CONTROL, "no-cache")], Json(key.jwk.clone())).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/receipt-key",
    tag = "submissions",
    summary = "The server's receipt and event signing key (Ed25519 JWK)",
    responses((status = 200, description = "The public JWK", body = serde_json::Value))
)]
pub(crate) async fn receipt_key(State(state): State<Arc<AppState>>) -> Response {
    (
        [(CACHE_CONTROL, "no-cache")],
        Json(state.intake.receipts.public_jwk()),
    )
        .into_response()
}

pub(super) fn bad_request(message: impl Into<String>) -> ApiError {
    ApiError::BadRequest(message.into())
}

/// A client-chosen id: a UUID v4 in its canonical lowercase form (so one id has one spelling).
fn check_uuid(id: &str, what: &str) -> Result<(), ApiError> {
    match uuid::Uuid::try_parse(id) {
        Ok(uuid) if uuid.get_version_num() == 4 && uuid.hyphenated().to_string() == id => Ok(()),
        _ => Err(bad_request(format!(
            "{what} must be a UUID v4, lowercase with hyphens"
        ))),
    }
}

pub(super) fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|err| bad_request(format!("malformed request: {err}")))
}

/// What a client needs to go on with a submission: the state of every upload.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AnnounceState {
    submission_id: String,
    expires_at: String,
    attachments: Vec<UploadState>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UploadState {
    attachment_id: String,
    length: u64,
    offset: u64,
}

#[utoipa::path(
    post,
    path = "/api/v1/submissions",
    tag = "submissions",
    summary = "Announce a submission and its attachments",
    request_body = pforte_engine::submission::Announce,
    responses((status = 201, description = "Announced; the state of each upload", body = AnnounceState), (status = 200, description = "Announced before (same body): the current state", body = AnnounceState), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 409, description = "The id is taken by a different announcement", body = crate::server::openapi::ErrorBody), (status = 422, description = "Unknown form or version, or attachments the form does not allow", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No office key configured", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn announce(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<(StatusCode, Json<AnnounceState>), ApiError> {
    state.limits.write_from(client)?;
    let intake = &state.intake;
    intake.office_key()?;
    let announce: Announce = parse_json(&body)?;
    check_uuid(&announce.submission_id, "submissionId")?;
    state
        .forms
        .by_id
        .get(&announce.form_id)
        .filter(|form| form.entry.version == announce.form_version)
        .ok_or_else(|| {
            ApiError::refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown-form",
                format!(
                    "this office has no form \"{}\" in version \"{}\"",
                    announce.form_id, announce.form_version
                ),
            )
        })?;
    if announce.attachments.len() > submission::MAX_ATTACHMENTS {
        return Err(too_large(format!(
            "at most {} attachments per submission",
            submission::MAX_ATTACHMENTS
        )));
    }
    let mut seen = HashSet::new();
    let mut total = 0u64;
    for attachment in &announce.attachments {
        check_uuid(&attachment.attachment_id, "attachmentId")?;
        if !seen.insert(attachment.attachment_id.as_str()) {
            return Err(bad_request(format!(
                "attachment {} is announced twice",
                attachment.attachment_id
            )));
        }
        if attachment.length == 0 || attachment.length > submission::MAX_ATTACHMENT_CIPHERTEXT {
            return Err(too_large(format!(
                "an attachment's ciphertext must be 1 to {} bytes",
                submission::MAX_ATTACHMENT_CIPHERTEXT
            )));
        }
        total = total.saturating_add(attachment.length);
    }
    if total > intake.max_submission_bytes {
        return Err(too_large(format!(
            "at most {} bytes of attachments per submission",
            intake.max_submission_bytes
        )));
    }
    // The same announcement in another order is the same announcement (a client that
    // reloaded may list its files differently).
    let canonical = {
        let mut sorted = announce.clone();
        sorted
            .attachments
            .sort_by(|a, b| a.attachment_id.cmp(&b.attachment_id));
        serde_json::to_string(&sorted).map_err(ApiError::internal)?
    };
    let sid = announce.submission_id.as_str();
    let expires_at = now() + i64::try_from(intake.incomplete_ttl.as_secs()).unwrap_or(i64::MAX);

    let mut tx = state.db.begin().await?;
    let existing: Option<(String, String)> =
        sqlx::query_as("SELECT state, announce FROM submissions WHERE id = $1")
            .bind(sid)
            .fetch_optional(&mut *tx)
            .await?;
    let status = match existing {
        Some((row_state, _)) if row_state != "announced" => return Err(already_submitted()),
        Some((_, stored)) if stored != canonical => {
            return Err(ApiError::refused(
                StatusCode::CONFLICT,
                "announce-conflict",
                "a different submission was announced under this id",
            ))
        }
        Some(_) => {
            sqlx::query("UPDATE submissions SET expires_at = $1 WHERE id = $2")
                .bind(expires_at)
                .bind(sid)
                .execute(&mut *tx)
                .await?;
            StatusCode::OK
        }
        None => {
            sqlx::query(
                "INSERT INTO submissions (id, form_id, form_version, announce, created_at, expires_at, state)
                 VALUES ($1, $2, $3, $4, $5, $6, 'announced')",
            )
            .bind(sid)
            .bind(&announce.form_id)
            .bind(&announce.form_version)
            .bind(&canonical)
            .bind(now())
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            for (position, attachment) in announce.attachments.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO attachments (submission_id, id, position, length) VALUES ($1, $2, $3, $4)",
                )
                .bind(sid)
                .bind(&attachment.attachment_id)
                .bind(i64::try_from(position).unwrap_or(i64::MAX))
                .bind(i64::try_from(attachment.length).unwrap_or(i64::MAX))
                .execute(&mut *tx)
                .await?;
            }
            StatusCode::CREATED
        }
    };
    tx.commit().await?;
    let mut attachments = Vec::new();
    for row in attachment_rows(&state.db, sid).await? {
        let offset = if row.sha256.is_some() {
            row.length
        } else {
            intake.blobs.staged_len(sid, &row.id).await?
        };
        attachments.push(UploadState {
            attachment_id: row.id,
            length: row.length,
            offset,
        });
    }
    Ok((
        status,
        Json(AnnounceState {
            submission_id: sid.to_string(),
            expires_at: rfc3339(expires_at),
            attachments,
        }),
    ))
}

fn too_large(message: String) -> ApiError {
    ApiError::refused(StatusCode::PAYLOAD_TOO_LARGE, "too-large", message)
}

fn already_submitted() -> ApiError {
    ApiError::refused(
        StatusCode::CONFLICT,
        "already-submitted",
        "this submission was submitted and can no longer be changed",
    )
}

#[derive(Debug, sqlx::FromRow)]
struct AttachmentRow {
    id: String,
    #[sqlx(try_from = "i64")]
    length: u64,
    sha256: Option<String>,
}

async fn attachment_rows(db: &AnyPool, sid: &str) -> Result<Vec<AttachmentRow>, ApiError> {
    Ok(sqlx::query_as(
        "SELECT id, length, sha256 FROM attachments WHERE submission_id = $1 ORDER BY position",
    )
    .bind(sid)
    .fetch_all(db)
    .await?)
}

/// One upload as the upload handlers see it.
#[derive(Debug)]
struct Upload {
    length: u64,
    complete: bool,
    submitted: bool,
    expires_at: Option<i64>,
}

async fn find_upload(db: &AnyPool, sid: &str, aid: &str) -> Result<Upload, ApiError> {
    let row: Option<(i64, Option<String>, String, Option<i64>)> = sqlx::query_as(
        "SELECT a.length, a.sha256, s.state, s.expires_at FROM attachments a
         JOIN submissions s ON s.id = a.submission_id WHERE a.submission_id = $1 AND a.id = $2",
    )
    .bind(sid)
    .bind(aid)
    .fetch_optional(db)
    .await?;
    let (length, sha256, row_state, expires_at) =
        row.ok_or_else(|| ApiError::NotFound("no such upload".into()))?;
    if row_state == "announced" && expires_at.is_some_and(|at| at <= now()) {
        return Err(ApiError::refused(
            StatusCode::GONE,
            "expired",
            "this submission expired before it was submitted; announce it again",
        ));
    }
    Ok(Upload {
        length: u64::try_from(length).unwrap_or(0),
        complete: sha256.is_some(),
        submitted: row_state != "announced",
        expires_at,
    })
}

fn tus_headers(headers: &mut HeaderMap) {
    headers.insert(TUS_RESUMABLE, HeaderValue::from_static(TUS_VERSION));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

fn offset_headers(offset: u64, upload: &Upload) -> HeaderMap {
    let mut headers = HeaderMap::new();
    tus_headers(&mut headers);
    headers.insert(UPLOAD_OFFSET, HeaderValue::from(offset));
    headers.insert(UPLOAD_LENGTH, HeaderValue::from(upload.length));
    if let (Some(at), false) = (upload.expires_at, upload.submitted) {
        let time = UNIX_EPOCH + Duration::from_secs(u64::try_from(at).unwrap_or(0));
        if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(time)) {
            headers.insert(UPLOAD_EXPIRES, value);
        }
    }
    headers
}

#[utoipa::path(
    options,
    path = "/api/v1/submissions/{sid}/attachments/{aid}",
    tag = "submissions",
    summary = "tus 1.0 capabilities",
    params(("sid" = String, Path, description = "Submission id (UUID v4)"), ("aid" = String, Path, description = "Attachment id (UUID v4)")),
    responses((status = 204, description = "Tus-Version, Tus-Extension, Tus-Max-Size"))
)]
pub(crate) async fn upload_options() -> Response {
    let mut headers = HeaderMap::new();
    tus_headers(&mut headers);
    headers.insert(
        HeaderName::from_static("tus-version"),
        HeaderValue::from_static(TUS_VERSION),
    );
    headers.insert(
        HeaderName::from_static("tus-extension"),
        HeaderValue::from_static("expiration"),
    );
    headers.insert(
        HeaderName::from_static("tus-max-size"),
        HeaderValue::from(submission::MAX_ATTACHMENT_CIPHERTEXT),
    );
    (StatusCode::NO_CONTENT, headers).into_response()
}

#[utoipa::path(
    head,
    path = "/api/v1/submissions/{sid}/attachments/{aid}",
    tag = "submissions",
    summary = "tus 1.0: how much of an upload has arrived",
    params(("sid" = String, Path, description = "Submission id"), ("aid" = String, Path, description = "Attachment id")),
    responses((status = 200, description = "Upload-Offset and Upload-Length headers"), (status = 404, description = "No such upload", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn upload_state(
    State(state): State<Arc<AppState>>,
    UrlPath((sid, aid)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    let upload = find_upload(&state.db, &sid, &aid).await?;
    let offset = if upload.complete {
        upload.length
    } else {
        state.intake.blobs.staged_len(&sid, &aid).await?
    };
    Ok((StatusCode::OK, offset_headers(offset, &upload)).into_response())
}

fn header_str<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

#[utoipa::path(
    patch,
    path = "/api/v1/submissions/{sid}/attachments/{aid}",
    tag = "submissions",
    summary = "tus 1.0: append ciphertext at Upload-Offset",
    params(("sid" = String, Path, description = "Submission id"), ("aid" = String, Path, description = "Attachment id")),
    request_body(content = Vec<u8>, content_type = "application/offset+octet-stream"),
    responses((status = 204, description = "Appended, hashed and synced; the new Upload-Offset"), (status = 404, description = "No such upload", body = crate::server::openapi::ErrorBody), (status = 409, description = "Upload-Offset is not where the upload stands", body = crate::server::openapi::ErrorBody), (status = 412, description = "Tus-Resumable is not 1.0.0"), (status = 413, description = "More than the announced length"), (status = 415, description = "Not application/offset+octet-stream"))
)]
pub(crate) async fn upload(
    State(state): State<Arc<AppState>>,
    UrlPath((sid, aid)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    if header_str(&headers, &TUS_RESUMABLE) != Some(TUS_VERSION) {
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("tus-version"),
            HeaderValue::from_static(TUS_VERSION),
        );
        return Ok((
            StatusCode::PRECONDITION_FAILED,
            headers,
            ApiError::refused(
                StatusCode::PRECONDITION_FAILED,
                "tus-version",
                "send Tus-Resumable: 1.0.0",
            ),
        )
            .into_response());
    }
    if header_str(&headers, &CONTENT_TYPE) != Some("application/offset+octet-stream") {
        return Err(ApiError::refused(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content-type",
            "an upload's body must be application/offset+octet-stream",
        ));
    }
    let claimed: u64 = header_str(&headers, &UPLOAD_OFFSET)
        .and_then(|value| value.parse().ok())
        .ok_or_else(|| bad_request("Upload-Offset must be a number of bytes"))?;
    let intake = &state.intake;
    let office_kid = intake.office_key()?.kid.clone();
    let upload = find_upload(&state.db, &sid, &aid).await?;
    if upload.complete {
        if claimed == upload.length {
            return Ok((StatusCode::NO_CONTENT, offset_headers(claimed, &upload)).into_response());
        }
        return Err(offset_mismatch(upload.length));
    }
    if upload.submitted {
        return Err(already_submitted());
    }

    let lock = {
        let mut uploads = intake.uploads.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(uploads.entry((sid.clone(), aid.clone())).or_default())
    };
    let Ok(mut progress) = lock.try_lock() else {
        return Err(ApiError::refused(
            StatusCode::CONFLICT,
            "upload-busy",
            "another request is uploading to this attachment",
        ));
    };
    let staged = intake.blobs.staged_len(&sid, &aid).await?;
    if claimed != staged {
        return Err(offset_mismatch(staged));
    }
    if progress.offset != staged {
        // First PATCH since a restart (or after a failed one): hash what is there once.
        *progress = rehash(intake.blobs.staging_file(&sid, &aid)?).await?;
    }

    let mut file = intake.blobs.append(&sid, &aid).await?;
    let hashing = Hashing::start(std::mem::take(&mut progress.hasher));
    // Until the hash is back, the progress is unknown: if this request is dropped half-way
    // (shutdown), the next PATCH hashes the staged file again.
    let mut offset = std::mem::replace(&mut progress.offset, u64::MAX);
    let mut body = body.into_data_stream();
    let mut outcome = Ok(());
    loop {
        let frame =
            match tokio::time::timeout(UPLOAD_IDLE, futures_util::StreamExt::next(&mut body)).await
            {
                Err(_idle) => break,
                Ok(None) => break,
                Ok(Some(Err(_dropped))) => break,
                Ok(Some(Ok(bytes))) => bytes,
            };
        let room = upload.length - offset;
        let take = usize::try_from(room).unwrap_or(usize::MAX).min(frame.len());
        let whole = frame.len();
        let frame = frame.slice(..take);
        if let Err(err) = file.write(frame.clone()).await {
            outcome = Err(ApiError::from(err));
            break;
        }
        hashing.update(frame).await;
        offset += take as u64;
        if take < whole {
            outcome = Err(too_large(format!(
                "the attachment was announced with {} bytes",
                upload.length
            )));
            break;
        }
    }
    // What arrived is kept and synced, whatever ended the body: the client resumes from it.
    let synced = file.sync().await;
    progress.hasher = hashing.finish().await?;
    // If the sync failed, the staged file may be shorter than counted: the offset stays
    // unknown and the next PATCH hashes the file again.
    synced?;
    progress.offset = offset;
    outcome?;
    if offset == upload.length {
        let hasher = std::mem::take(&mut progress.hasher);
        *progress = Progress::default();
        complete(&state, &sid, &aid, &office_kid, hasher).await?;
        intake
            .uploads
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(sid.clone(), aid.clone()));
    }
    let expires_at = now() + i64::try_from(intake.incomplete_ttl.as_secs()).unwrap_or(0);
    sqlx::query("UPDATE submissions SET expires_at = $1 WHERE id = $2 AND state = 'announced'")
        .bind(expires_at)
        .bind(&sid)
        .execute(&state.db)
        .await?;
    let upload = Upload {
        expires_at: Some(expires_at),
        ..upload
    };
    Ok((StatusCode::NO_CONTENT, offset_headers(offset, &upload)).into_response())
}

fn offset_mismatch(offset: u64) -> ApiError {
    ApiError::refused(
        StatusCode::CONFLICT,
        "offset-mismatch",
        format!("the upload is at byte {offset}; send from there"),
    )
}

/// The SHA-256 of an upload's frames, computed on a thread of its own while the request
/// receives and the staging file's writer writes (the three overlap).
struct Hashing {
    queue: tokio::sync::mpsc::Sender<Bytes>,
    task: tokio::task::JoinHandle<Sha256>,
}

impl Hashing {
    fn start(mut hasher: Sha256) -> Hashing {
        let (queue, mut frames) = tokio::sync::mpsc::channel::<Bytes>(64);
        let task = tokio::task::spawn_blocking(move || {
            while let Some(frame) = frames.blocking_recv() {
                hasher.update(&frame);
            }
            hasher
        });
        Hashing { queue, task }
    }

    async fn update(&self, frame: Bytes) {
        // The hashing thread only stops when the queue is closed; it cannot refuse a frame.
        let _ = self.queue.send(frame).await;
    }

    async fn finish(self) -> Result<Sha256, ApiError> {
        drop(self.queue);
        self.task.await.map_err(ApiError::internal)
    }
}

/// The hash state of a staged file, read from disk.
async fn rehash(path: std::path::PathBuf) -> Result<Progress, ApiError> {
    tokio::task::spawn_blocking(move || {
        let mut hasher = Sha256::new();
        let offset = match std::fs::File::open(&path) {
            Ok(mut file) => std::io::copy(&mut file, &mut hasher)?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => 0,
            Err(err) => return Err(err),
        };
        Ok(Progress { offset, hasher })
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::from)
}

/// An upload reached its length: check its first JWE header, then move it into the store
/// and record its hash.
async fn complete(
    state: &AppState,
    sid: &str,
    aid: &str,
    office_kid: &str,
    hasher: Sha256,
) -> Result<(), ApiError> {
    let intake = &state.intake;
    let path = intake.blobs.staging_file(sid, aid)?;
    let head = tokio::task::spawn_blocking(move || -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut head = Vec::with_capacity(4096);
        std::fs::File::open(path)?
            .take(4096)
            .read_to_end(&mut head)?;
        Ok(head)
    })
    .await
    .map_err(ApiError::internal)??;
    let first_segment = head.split(|b| *b == b'.').next().unwrap_or_default();
    if let Err(err) = check_header(first_segment, office_kid, None) {
        intake.blobs.discard_staged(sid, aid).await?;
        return Err(err);
    }
    intake
        .blobs
        .finish(sid, aid)
        .await
        .map_err(ApiError::internal)?;
    let sha256 = format!("{:x}", hasher.finalize());
    sqlx::query("UPDATE attachments SET sha256 = $1 WHERE submission_id = $2 AND id = $3")
        .bind(sha256)
        .bind(sid)
        .bind(aid)
        .execute(&state.db)
        .await?;
    Ok(())
}

/// Check that `jwe` (called `name` in the answer) is a JWE in compact serialization whose
/// header fits the profile ([`check_header`]).
pub fn check_compact(
    name: &str,
    jwe: &str,
    office_kid: &str,
    expected_cty: Option<&str>,
) -> Result<(), ApiError> {
    if jwe.split('.').count() != 5 {
        return Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-jwe",
            format!("{name} is not a JWE in compact serialization"),
        ));
    }
    let segment = jwe.split('.').next().unwrap_or_default();
    check_header(segment.as_bytes(), office_kid, expected_cty)
}

/// Check a JWE's protected header (its first segment, base64url) against the profile:
/// `alg`, `enc`, the office key's `kid`, and a `cty` (`expected_cty` if given).
pub fn check_header(
    segment: &[u8],
    office_kid: &str,
    expected_cty: Option<&str>,
) -> Result<(), ApiError> {
    let not_jwe = || {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-jwe",
            "this is not a JWE in compact serialization",
        )
    };
    let json = URL_SAFE_NO_PAD.decode(segment).map_err(|_| not_jwe())?;
    let header: serde_json::Value = serde_json::from_slice(&json).map_err(|_| not_jwe())?;
    let field = |name: &str| header.get(name).and_then(|v| v.as_str());
    if field("alg") != Some(submission::JWE_ALG) || field("enc") != Some(submission::JWE_ENC) {
        return Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong-algorithm",
            format!(
                "JWEs must use alg {} and enc {}",
                submission::JWE_ALG,
                submission::JWE_ENC
            ),
        ));
    }
    if field("kid") != Some(office_kid) {
        return Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong-key",
            "this was encrypted for another key than the office's; fetch the office key again",
        ));
    }
    match (field("cty"), expected_cty) {
        (None, _) => Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no-content-type",
            "a JWE must name its content type (cty)",
        )),
        (Some(cty), Some(expected)) if cty != expected => Err(ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "wrong-content-type",
            format!("expected cty {expected}"),
        )),
        _ => Ok(()),
    }
}

#[derive(Debug, sqlx::FromRow)]
struct SubmissionRow {
    state: String,
    form_id: String,
    form_version: String,
    submit_sha256: Option<String>,
    receipt: Option<String>,
    expires_at: Option<i64>,
}

/// Releases a submission's submit lock when the handler ends, however it ends.
struct SubmitGuard<'a> {
    intake: &'a Intake,
    sid: String,
}

impl Drop for SubmitGuard<'_> {
    fn drop(&mut self) {
        self.intake
            .submitting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.sid);
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/submissions/{sid}/submit",
    tag = "submissions",
    summary = "Submit: the encrypted data and metadata; answers the signed receipt",
    params(("sid" = String, Path, description = "Submission id")),
    request_body = pforte_engine::submission::Submit,
    responses((status = 200, description = "The receipt (JWS signed with the receipt key); the same receipt for a repeated submit", body = pforte_engine::submission::Receipt), (status = 400, description = "The request is malformed; the message says what to change", body = crate::server::openapi::ErrorBody), (status = 404, description = "Not announced, or expired", body = crate::server::openapi::ErrorBody), (status = 409, description = "Being submitted right now, or uploads incomplete", body = crate::server::openapi::ErrorBody), (status = 422, description = "A JWE not of the profile or not for the office key", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn submit(
    State(state): State<Arc<AppState>>,
    UrlPath(sid): UrlPath<String>,
    body: Bytes,
) -> Result<Json<Receipt>, ApiError> {
    let intake = &state.intake;
    let office_kid = intake.office_key()?.kid.clone();
    let request: Submit = parse_json(&body)?;
    let body_sha = sha256_hex(&body);
    if !intake
        .submitting
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(sid.clone())
    {
        return Err(ApiError::refused(
            StatusCode::CONFLICT,
            "submit-busy",
            "this submission is being submitted right now; ask again in a moment",
        ));
    }
    let _guard = SubmitGuard {
        intake,
        sid: sid.clone(),
    };

    let row: Option<SubmissionRow> = sqlx::query_as(
        "SELECT state, form_id, form_version, submit_sha256, receipt, expires_at
         FROM submissions WHERE id = $1",
    )
    .bind(&sid)
    .fetch_optional(&state.db)
    .await?;
    let SubmissionRow {
        state: row_state,
        form_id,
        form_version,
        submit_sha256: stored_sha,
        receipt: stored_receipt,
        expires_at,
    } = row.ok_or_else(|| ApiError::NotFound("no such submission; announce it first".into()))?;
    if row_state != "announced" {
        return match (stored_sha, stored_receipt) {
            (Some(stored), Some(receipt)) if stored == body_sha => Ok(Json(
                serde_json::from_str(&receipt).map_err(ApiError::internal)?,
            )),
            _ => Err(already_submitted()),
        };
    }
    if expires_at.is_some_and(|at| at <= now()) {
        return Err(ApiError::refused(
            StatusCode::GONE,
            "expired",
            "this submission expired before it was submitted; announce it again",
        ));
    }
    for (name, jwe) in [
        ("encryptedMetadata", &request.encrypted_metadata),
        ("encryptedData", &request.encrypted_data),
    ] {
        check_compact(name, jwe, &office_kid, Some(submission::JSON_CONTENT_TYPE))?;
    }
    if let Some(digest) = &request.status_secret_sha256 {
        if digest.len() != 64
            || !digest
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(bad_request(
                "statusSecretSha256 must be a SHA-256 in lowercase hex",
            ));
        }
    }
    let attachments = attachment_rows(&state.db, &sid).await?;
    let missing: Vec<&str> = attachments
        .iter()
        .filter(|row| row.sha256.is_none())
        .map(|row| row.id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(ApiError::refused(
            StatusCode::CONFLICT,
            "attachments-missing",
            format!(
                "these attachments have not arrived completely: {}",
                missing.join(", ")
            ),
        ));
    }

    let metadata = Bytes::from(request.encrypted_metadata.into_bytes());
    let data = Bytes::from(request.encrypted_data.into_bytes());
    let mut ciphertexts = vec![
        CiphertextHash {
            part: "metadata".into(),
            sha256: sha256_hex(&metadata),
        },
        CiphertextHash {
            part: "data".into(),
            sha256: sha256_hex(&data),
        },
    ];
    ciphertexts.extend(attachments.into_iter().map(|row| CiphertextHash {
        part: row.id,
        sha256: row.sha256.unwrap_or_default(),
    }));
    intake
        .blobs
        .put(&sid, Part::Metadata, metadata)
        .await
        .map_err(ApiError::internal)?;
    intake
        .blobs
        .put(&sid, Part::Data, data)
        .await
        .map_err(ApiError::internal)?;

    let received = now();
    for _attempt in 0..8 {
        let claims = ReceiptClaims {
            reference: reference::encode(random_u64()?),
            submission_id: sid.clone(),
            received_at: rfc3339(received),
            form_id: form_id.clone(),
            form_version: form_version.clone(),
            ciphertexts: ciphertexts.clone(),
        };
        let jws = intake.receipts.sign(&claims).map_err(ApiError::internal)?;
        let receipt = Receipt { jws, claims };
        let stored = serde_json::to_string(&receipt).map_err(ApiError::internal)?;
        // The submission and the first event of its case, together or not at all.
        let mut tx = state.db.begin().await?;
        let result = sqlx::query(
            "UPDATE submissions SET state = 'submitted', reference = $1, submitted_at = $2,
                 submit_sha256 = $3, receipt = $4, expires_at = NULL, status_secret_sha256 = $5
             WHERE id = $6 AND state = 'announced'",
        )
        .bind(&receipt.claims.reference)
        .bind(received)
        .bind(&body_sha)
        .bind(&stored)
        .bind(&request.status_secret_sha256)
        .bind(&sid)
        .execute(&mut *tx)
        .await;
        match result {
            Ok(done) if done.rows_affected() == 1 => {
                let received_event = Event::StatusChanged(Status::Received);
                status::append(
                    &mut tx,
                    intake,
                    &sid,
                    &receipt.claims.reference,
                    &received_event,
                )
                .await?;
                tx.commit().await?;
                tracing::info!(reference = %receipt.claims.reference, "submission received");
                return Ok(Json(receipt));
            }
            Ok(_) => return Err(already_submitted()),
            // The reference is taken (1 in 10^12 per submission so far): draw another.
            Err(sqlx::Error::Database(err)) if err.is_unique_violation() => continue,
            Err(err) => return Err(err.into()),
        }
    }
    Err(ApiError::internal("no free reference number after 8 draws"))
}

fn random_u64() -> Result<u64, ApiError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::internal(err.to_string()))?;
    Ok(u64::from_le_bytes(bytes))
}

/// Delete submissions that were announced but not submitted in time, with their uploads.
/// Returns how many were deleted.
pub async fn sweep(state: &AppState) -> Result<usize, ApiError> {
    let expired: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM submissions WHERE state = 'announced' AND expires_at <= $1",
    )
    .bind(now())
    .fetch_all(&state.db)
    .await?;
    let mut deleted = 0;
    for sid in expired {
        if state
            .intake
            .submitting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&sid)
        {
            continue;
        }
        state
            .intake
            .blobs
            .delete_submission(&sid)
            .await
            .map_err(ApiError::internal)?;
        let done = sqlx::query(
            "DELETE FROM submissions WHERE id = $1 AND state = 'announced' AND expires_at <= $2",
        )
        .bind(&sid)
        .bind(now())
        .execute(&state.db)
        .await?;
        deleted += usize::try_from(done.rows_affected()).unwrap_or(0);
        // And the running hashes of its uploads, so abandoned uploads do not pile up in memory.
        state
            .intake
            .uploads
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|(upload_sid, _), _| *upload_sid != sid);
    }
    Ok(deleted)
}
