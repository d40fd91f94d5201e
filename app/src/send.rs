//! Sending an application: announce, upload every picked file (tus 1.0: resumable, with
//! progress, pause and automatic retries), then submit the encrypted metadata and data and
//! keep the receipt. The protocol is `docs/SUBMISSION.md`.
//!
//! What survives a reload or a killed browser (in the outbox, IndexedDB): the picked files'
//! ciphertext, the submission id, and once made the exact submit body. So a second attempt
//! announces the same submission, asks the server how far each upload came and goes on from
//! there, and a submit whose answer was lost is sent again byte for byte and gets the same
//! receipt. A changed answer or file set after a failed attempt makes a new submit body (the
//! old one was never accepted, or the server would have answered it).
//!
//! All requests go through one `XMLHttpRequest` helper: it is the browser API that reports
//! upload progress, and an upload in flight can be aborted for "pause".

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use pforte_engine::submission::{
    form_uri, status_secret, AttachmentDescription, ContentStructure, DataDescription, Hash,
    Metadata, Receipt, SubmissionSchema, JSON_CONTENT_TYPE,
};
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, XmlHttpRequest};

use crate::drafts::{self, outbox};
use crate::fields::Ctx;
use crate::files::{self, Picked};
use crate::seal::{self, OfficeKey};

/// Bytes per PATCH: small enough that a weak connection finishes one in reasonable time and
/// loses little when it drops, large enough that the server's sync per request is no cost.
const PIECE: f64 = 2.0 * 1024.0 * 1024.0;
/// The longest wait between automatic retries.
const MAX_BACKOFF: u32 = 60;

/// Where a sending attempt is. Texts are `send-*` messages in app.ftl.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    Idle,
    Preparing,
    Uploading,
    Paused,
    /// The connection failed; retrying in this many seconds.
    Waiting(u32),
    Submitting,
    /// Stopped with the message id of the reason; "try again" starts over (nothing is lost).
    Failed(&'static str),
}

/// The state the page shows.
#[derive(Clone, Copy)]
pub struct Sending {
    pub phase: RwSignal<Phase>,
    /// Bytes of ciphertext sent per file, in the order of the picked files.
    pub sent: RwSignal<Vec<f64>>,
    pause: RwSignal<bool>,
    retry_now: RwSignal<u32>,
}

impl Default for Sending {
    fn default() -> Self {
        Self::new()
    }
}

impl Sending {
    pub fn new() -> Sending {
        Sending {
            phase: RwSignal::new(Phase::Idle),
            sent: RwSignal::new(Vec::new()),
            pause: RwSignal::new(false),
            retry_now: RwSignal::new(0),
        }
    }

    /// Pause: the upload in flight is aborted (what arrived is kept by the server).
    pub fn pause(&self) {
        self.pause.set(true);
        CURRENT.with(|c| {
            if let Some(xhr) = c.borrow().as_ref() {
                let _ = xhr.abort();
            }
        });
    }

    pub fn resume(&self) {
        self.pause.set(false);
    }

    /// Skip the rest of a retry wait.
    pub fn retry_now(&self) {
        self.retry_now.update(|n| *n += 1);
    }
}

thread_local! {
    /// The request in flight, for pause.
    static CURRENT: RefCell<Option<XmlHttpRequest>> = const { RefCell::new(None) };
}

/// An answer: status (0 = no answer: offline, aborted), `Upload-Offset`, body text.
struct Answer {
    status: u16,
    offset: Option<f64>,
    text: String,
}

impl Answer {
    fn error_code(&self) -> String {
        serde_json::from_str::<Value>(&self.text)
            .ok()
            .and_then(|v| v.pointer("/error/code")?.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// A request body.
enum Body<'a> {
    None,
    Text(&'a str),
    Blob(&'a Blob),
}

/// One request; `progress` hears the bytes of the body sent so far.
async fn xhr(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Body<'_>,
    progress: Option<Rc<dyn Fn(f64)>>,
) -> Answer {
    let failed = Answer {
        status: 0,
        offset: None,
        text: String::new(),
    };
    let Ok(request) = XmlHttpRequest::new() else {
        return failed;
    };
    if request.open(method, url).is_err() {
        return failed;
    }
    for (name, value) in headers {
        let _ = request.set_request_header(name, value);
    }
    let on_progress = progress.map(|report| {
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |ev: web_sys::ProgressEvent| {
            report(ev.loaded());
        })
    });
    if let (Some(closure), Ok(upload)) = (&on_progress, request.upload()) {
        upload.set_onprogress(Some(closure.as_ref().unchecked_ref()));
    }
    // `loadend` follows every outcome: load, error, abort, timeout.
    let finished = js_sys::Promise::new(&mut |resolve, _reject| {
        request.set_onloadend(Some(&resolve));
    });
    let sent = match body {
        Body::None => request.send(),
        Body::Text(text) => request.send_with_opt_str(Some(text)),
        Body::Blob(blob) => request.send_with_opt_blob(Some(blob)),
    };
    if sent.is_err() {
        return failed;
    }
    CURRENT.with(|c| *c.borrow_mut() = Some(request.clone()));
    let _ = JsFuture::from(finished).await;
    CURRENT.with(|c| *c.borrow_mut() = None);
    drop(on_progress);
    Answer {
        status: request.status().unwrap_or(0),
        offset: request
            .get_response_header("upload-offset")
            .ok()
            .flatten()
            .and_then(|v| v.parse().ok()),
        text: request.response_text().ok().flatten().unwrap_or_default(),
    }
}

/// Wait `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// What is kept between attempts, under `send:<form id>`.
struct Attempt {
    submission_id: String,
    /// The applicant's status code for this application (docs/STATUS.md): drawn here, sent
    /// only as a digest, kept with the receipt.
    status_code: String,
    /// The submit body once made, and the fingerprint of what it was made from.
    body: Option<(String, String)>,
}

fn attempt_key(form_id: &str) -> String {
    format!("send:{form_id}")
}

async fn load_attempt(form_id: &str) -> Option<Attempt> {
    let record = outbox::get(&attempt_key(form_id)).await.ok()?;
    let text = |name: &str| Reflect::get(&record, &name.into()).ok()?.as_string();
    Some(Attempt {
        submission_id: text("submissionId")?,
        status_code: text("statusCode")?,
        body: text("body").zip(text("fingerprint")),
    })
}

async fn store_attempt(form_id: &str, attempt: &Attempt) -> Result<(), &'static str> {
    let record = Object::new();
    let set = |name: &str, value: &str| {
        let _ = Reflect::set(&record, &name.into(), &value.into());
    };
    set("form", form_id);
    set("submissionId", &attempt.submission_id);
    set("statusCode", &attempt.status_code);
    if let Some((body, fingerprint)) = &attempt.body {
        set("body", body);
        set("fingerprint", fingerprint);
    }
    outbox::put(&attempt_key(form_id), &record)
        .await
        .map_err(|_| "attachment-error-storage")
}

/// A stored receipt: what the receipt page shows after a reload.
pub const RECEIPT_PREFIX: &str = "receipt:";

/// Send the application: data as the form holds it (pruned of hidden answers here) and the
/// picked files. Returns the receipt's reference when done; on failure the phase says why.
pub async fn run(ctx: Ctx, files: Vec<Picked>, state: Sending) -> Option<String> {
    state.phase.set(Phase::Preparing);
    state.sent.set(vec![0.0; files.len()]);
    match attempt(&ctx, &files, state).await {
        Ok(reference) => Some(reference),
        Err(message) => {
            state.phase.set(Phase::Failed(message));
            None
        }
    }
}

async fn attempt(ctx: &Ctx, files: &[Picked], state: Sending) -> Result<String, &'static str> {
    let form = &ctx.form;
    let office = seal::office_key().await.map_err(seal::SealError::message)?;
    let data = form.prune(&ctx.data.get_untracked()).to_string();
    let fingerprint = {
        let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
        pforte_engine::submission::hex(&sha2_256(
            &[data.as_bytes(), ids.join(",").as_bytes()].concat(),
        ))
    };
    let mut attempt = match load_attempt(&form.id).await {
        Some(attempt) => attempt,
        None => {
            let attempt = Attempt {
                submission_id: files::random_uuid().ok_or("send-error-crypto")?,
                status_code: new_status_code().ok_or("send-error-crypto")?,
                body: None,
            };
            store_attempt(&form.id, &attempt).await?;
            attempt
        }
    };
    // Announce (again: it is idempotent); a changed set of files needs a new submission id.
    let mut offsets = None;
    for _ in 0..2 {
        let announce = serde_json::json!({
            "submissionId": attempt.submission_id,
            "formId": form.id,
            "formVersion": form.version,
            "attachments": files.iter().map(|f| serde_json::json!({
                "attachmentId": f.id, "length": f.length as u64,
            })).collect::<Vec<_>>(),
        })
        .to_string();
        let answer = retrying(state, || {
            xhr(
                "POST",
                "/api/v1/submissions",
                &[("content-type", JSON_CONTENT_TYPE)],
                Body::Text(&announce),
                None,
            )
        })
        .await?;
        match (answer.status, answer.error_code().as_str()) {
            (200 | 201, _) => {
                offsets = Some(upload_offsets(&answer.text, files));
                break;
            }
            // Submitted before, but the receipt never arrived: submit the same body again.
            (409, "already-submitted") if attempt.body.is_some() => {
                offsets = Some(files.iter().map(|f| f.length).collect());
                break;
            }
            (409, "announce-conflict" | "already-submitted") | (410, _) => {
                attempt = Attempt {
                    submission_id: files::random_uuid().ok_or("send-error-crypto")?,
                    status_code: new_status_code().ok_or("send-error-crypto")?,
                    body: None,
                };
                store_attempt(&form.id, &attempt).await?;
            }
            (status, code) => return Err(refusal(status, code)),
        }
    }
    let offsets = offsets.ok_or("send-error-server")?;
    let sid = attempt.submission_id.clone();

    for (index, file) in files.iter().enumerate() {
        let blob = files::ciphertext(&file.id)
            .await
            .ok_or("attachment-error-storage")?;
        upload(&sid, index, file, &blob, offsets[index], state).await?;
    }

    state.phase.set(Phase::Submitting);
    let body = match attempt.body.take() {
        Some((body, made_from)) if made_from == fingerprint => body,
        _ => {
            let body = submit_body(ctx, files, &office, &data, &attempt.status_code).await?;
            attempt.body = Some((body.clone(), fingerprint.clone()));
            store_attempt(&form.id, &attempt).await?;
            body
        }
    };
    let url = format!("/api/v1/submissions/{sid}/submit");
    let answer = retrying(state, || {
        xhr(
            "POST",
            &url,
            &[("content-type", JSON_CONTENT_TYPE)],
            Body::Text(&body),
            None,
        )
    })
    .await?;
    if answer.status != 200 {
        return Err(refusal(answer.status, &answer.error_code()));
    }
    let receipt: Receipt = serde_json::from_str(&answer.text).map_err(|_| "send-error-server")?;
    let reference = receipt.claims.reference.clone();
    store_receipt(ctx, &answer.text, &receipt, &attempt.status_code).await;
    // Sent: the handover it came from, the draft, the files and the attempt go; the receipt
    // stays.
    crate::handover::forget(&form.id).await;
    let _ = drafts::wipe(&form.id).await;
    files::remove_all(files).await;
    state.phase.set(Phase::Idle);
    Ok(reference)
}

/// The attachments' offsets from an announce answer, in the order of `files`.
fn upload_offsets(text: &str, files: &[Picked]) -> Vec<f64> {
    let answer: Value = serde_json::from_str(text).unwrap_or_default();
    let listed = answer["attachments"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    files
        .iter()
        .map(|f| {
            listed
                .iter()
                .find(|a| a["attachmentId"] == f.id.as_str())
                .and_then(|a| a["offset"].as_f64())
                .unwrap_or(0.0)
        })
        .collect()
}

/// The message for a refusal the applicant cannot retry away.
fn refusal(status: u16, code: &str) -> &'static str {
    match (status, code) {
        (_, "wrong-key" | "not-a-jwe") => "send-error-wrong-key",
        (_, "too-large") => "attachment-error-size",
        (_, "unknown-form") => "send-error-form-changed",
        (503, "no-office-key") => "send-error-not-configured",
        _ => "send-error-server",
    }
}

/// A request, retried with backoff (1, 2, 4 … 60 s, shown as a countdown) while there is no
/// answer or the server answers 5xx or 408/429. Pausing holds it.
async fn retrying<'a, F, Fut>(state: Sending, request: F) -> Result<Answer, &'static str>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Answer> + 'a,
{
    let mut failures = 0u32;
    loop {
        wait_while_paused(state).await;
        let answer = request().await;
        let transient = matches!(answer.status, 0 | 408 | 429 | 500..=599);
        if !transient {
            return Ok(answer);
        }
        if state.pause.get_untracked() {
            continue; // aborted by pause, not failed
        }
        backoff(state, failures).await;
        failures += 1;
    }
}

async fn wait_while_paused(state: Sending) {
    if state.pause.get_untracked() {
        let before = state.phase.get_untracked();
        state.phase.set(Phase::Paused);
        while state.pause.get_untracked() {
            sleep(200).await;
        }
        state.phase.set(before);
    }
}

/// Count down the wait after `failures` failed tries; "try now" or pause ends it early.
async fn backoff(state: Sending, failures: u32) {
    let seconds = 1u32
        .checked_shl(failures)
        .unwrap_or(MAX_BACKOFF)
        .min(MAX_BACKOFF);
    let before = state.phase.get_untracked();
    let nudged = state.retry_now.get_untracked();
    for left in (1..=seconds).rev() {
        state.phase.set(Phase::Waiting(left));
        for _ in 0..5 {
            sleep(200).await;
            if state.retry_now.get_untracked() != nudged || state.pause.get_untracked() {
                state.phase.set(before);
                return;
            }
        }
    }
    state.phase.set(before);
}

/// Upload one file from `offset` in pieces of [`PIECE`] bytes.
async fn upload(
    sid: &str,
    index: usize,
    file: &Picked,
    blob: &Blob,
    mut offset: f64,
    state: Sending,
) -> Result<(), &'static str> {
    let url = format!("/api/v1/submissions/{sid}/attachments/{}", file.id);
    let report = |done: f64| state.sent.update(|sent| sent[index] = done);
    report(offset);
    while offset < file.length {
        state.phase.set(Phase::Uploading);
        let end = (offset + PIECE).min(file.length);
        let piece = blob
            .slice_with_f64_and_f64(offset, end)
            .map_err(|_| "attachment-error-storage")?;
        let at = offset.to_string();
        let start = offset;
        let progress: Rc<dyn Fn(f64)> =
            Rc::new(move |loaded: f64| state.sent.update(|sent| sent[index] = start + loaded));
        let answer = retrying(state, || async {
            let answer = xhr(
                "PATCH",
                &url,
                &[
                    ("tus-resumable", "1.0.0"),
                    ("content-type", "application/offset+octet-stream"),
                    ("upload-offset", &at),
                ],
                Body::Blob(&piece),
                Some(progress.clone()),
            )
            .await;
            if answer.status == 0 || answer.status >= 500 {
                // The connection dropped (or pause aborted it): part of the piece may have
                // arrived. Ask where the upload stands before going on.
                let head = xhr("HEAD", &url, &[], Body::None, None).await;
                if let (200, Some(now)) = (head.status, head.offset) {
                    return Answer {
                        status: 204,
                        offset: Some(now),
                        text: String::new(),
                    };
                }
            }
            answer
        })
        .await?;
        match (answer.status, answer.error_code().as_str()) {
            (204, _) => offset = answer.offset.ok_or("send-error-server")?,
            (409, "offset-mismatch") => {
                let head = xhr("HEAD", &url, &[], Body::None, None).await;
                offset = head.offset.ok_or("send-error-server")?;
            }
            (409, "upload-busy") => sleep(1000).await,
            (status, code) => return Err(refusal(status, code)),
        }
        report(offset);
    }
    Ok(())
}

/// The submit body: the pruned data and FIT-Connect metadata listing every file, each
/// encrypted to the office.
async fn submit_body(
    ctx: &Ctx,
    files: &[Picked],
    office: &OfficeKey,
    data: &str,
    status_code: &str,
) -> Result<String, &'static str> {
    let form = &ctx.form;
    let (encrypted_data, data_hash) = seal::seal_json(office, data)
        .await
        .map_err(seal::SealError::message)?;
    let metadata = Metadata {
        content_structure: ContentStructure {
            data: DataDescription {
                hash: Hash::sha512(data_hash),
                submission_schema: SubmissionSchema {
                    schema_uri: form_uri(&form.id, &form.version),
                    mime_type: JSON_CONTENT_TYPE.into(),
                },
            },
            attachments: files
                .iter()
                .map(|f| AttachmentDescription {
                    attachment_id: f.id.clone(),
                    hash: Hash::sha512(f.sha512.clone()),
                    purpose: f.slot.clone(),
                    filename: f.filename.clone(),
                    mime_type: f.media_type.clone(),
                })
                .collect(),
        },
    };
    let metadata = serde_json::to_string(&metadata).map_err(|_| "send-error-crypto")?;
    let (encrypted_metadata, _) = seal::seal_json(office, &metadata)
        .await
        .map_err(seal::SealError::message)?;
    Ok(serde_json::json!({
        "encryptedMetadata": encrypted_metadata,
        "encryptedData": encrypted_data,
        "statusSecretSha256": status_secret::digest(status_code),
    })
    .to_string())
}

/// A fresh status code: 80 random bits.
fn new_status_code() -> Option<String> {
    let bytes = crate::seal::random::<16>().ok()?;
    Some(status_secret::encode(u128::from_le_bytes(bytes)))
}

/// Keep the receipt on the device with what its page needs: the form and, where the form has
/// a deadline, the date and whether the application arrived before it.
async fn store_receipt(ctx: &Ctx, text: &str, receipt: &Receipt, status_code: &str) {
    let record = Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = Reflect::set(&record, &name.into(), &value);
    };
    set("receipt", text.into());
    set("formId", ctx.form.id.as_str().into());
    set("statusCode", status_code.into());
    if let Some(deadline) = ctx.form.deadline.as_deref().and_then(|p| {
        ctx.data
            .get_untracked()
            .pointer(p)?
            .as_str()
            .map(str::to_string)
    }) {
        set("deadline", deadline.as_str().into());
    }
    let key = format!("{RECEIPT_PREFIX}{}", receipt.claims.reference);
    let _ = outbox::put(&key, &record).await;
}

fn sha2_256(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}
