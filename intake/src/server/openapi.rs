//! The API's OpenAPI 3.1 document, generated from the handlers' `#[utoipa::path]`
//! annotations and the wire types' `ToSchema` derives (engine types with its `openapi`
//! feature), served at `/api/v1/openapi.json` and checked in as `docs/openapi.json`.
//!
//! Drift is caught by tests (`intake/tests/openapi.rs`): the checked-in file must equal
//! [`document`]; every `.route("…")` in `server/` must be documented and every documented
//! operation must be routed. `pforte openapi > docs/openapi.json` writes it anew.

use std::sync::Arc;

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use super::{
    appointments, calendar, contact, forms, handover, kiosk, office, staff, status, submissions,
    AppState,
};

/// Every error answer: `{"error": {"code": "…", "message": "…"}}`, plus fields some
/// refusals add (`nextFree` of a taken slot).
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, for clients to branch on (`not_found`, `slot-taken`, `too-many-requests`, …).
    pub code: String,
    /// For people: what is wrong and what to do.
    pub message: String,
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "office",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An office API token (`pforte office token create`) or a staff \
                         session token (`POST /api/v1/office/sessions`)",
                    ))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Pforte intake API",
        version = "1",
        description = "The foreigners' office's intake server: form definitions and \
            translations, encrypted submissions (tus uploads), case status, appointment \
            booking, the entrance kiosk and the office's side of each. The server stores and \
            moves ciphertext only (docs/SUBMISSION.md, docs/STATUS.md, docs/APPOINTMENTS.md, \
            docs/KIOSK.md)."
    ),
    paths(
        forms::catalogue, forms::definition, forms::offered, forms::locale,
        submissions::office_key, submissions::receipt_key, submissions::announce,
        submissions::upload_options, submissions::upload_state, submissions::upload,
        submissions::submit,
        handover::store, handover::fetch, handover::remove,
        status::lookup, status::ask_for_notice,
        appointments::services, appointments::slots, appointments::book, appointments::cancel,
        contact::send_code,
        office::list, office::detail, office::attachment, office::ack, office::case_events,
        office::add_event, office::notice_address, office::reminders, office::day_list, office::booking_audit,
        calendar::show, calendar::publish,
        kiosk::setup, kiosk::send, kiosk::ticket, kiosk::queue, kiosk::update,
        staff::sign_in, staff::sign_out,
        openapi_json,
    ),
    components(schemas(ErrorBody)),
    modifiers(&Security),
    tags(
        (name = "forms", description = "Form definitions and translations"),
        (name = "submissions", description = "Announce, upload (tus 1.0) and submit an application"),
        (name = "handover", description = "Drafts handed over with a resume code"),
        (name = "status", description = "The applicant's view of their case"),
        (name = "appointments", description = "Booking and cancelling appointments"),
        (name = "office", description = "The office's API (bearer token)"),
        (name = "kiosk", description = "The entrance kiosk, tickets and the staff inbox"),
        (name = "meta", description = "This document"),
    )
)]
struct ApiDoc;

/// The document.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document as the checked-in file has it (pretty JSON and a final newline).
pub fn document_text() -> String {
    document()
        .to_pretty_json()
        .map(|text| text + "\n")
        .unwrap_or_default()
}

pub fn router() -> Router<Arc<AppState>> {
    Router::new().route("/api/v1/openapi.json", get(openapi_json))
}

#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    summary = "This OpenAPI 3.1 document",
    responses((status = 200, description = "The document", body = serde_json::Value))
)]
pub(crate) async fn openapi_json() -> Response {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(document_text);
    (
        [
            (CONTENT_TYPE, "application/json"),
            (CACHE_CONTROL, "no-cache"),
        ],
        TEXT.as_str(),
    )
        .into_response()
}
