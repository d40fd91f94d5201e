//! What the kiosk, the staff inbox and the ticket page exchange with the server
//! (docs/KIOSK.md, "The kiosk"): one definition for the server that writes it and the app that
//! reads it. Only the team, the concern type, the ticket number and the state are in clear;
//! the visitor's words are a JWE to the team's key, the staff's note a JWE to the ticket code.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::RoutingDoc;

/// Longest JWE of a concern the server accepts (the description is at most
/// [`MAX_DESCRIPTION`] characters; the rest is small).
pub const MAX_ENCRYPTED: usize = 16 * 1024;
/// Longest description a visitor can type.
pub const MAX_DESCRIPTION: usize = 1000;
/// Longest contact (phone or email) a visitor can type.
pub const MAX_CONTACT: usize = 120;
/// Longest note a member of staff can leave on a ticket.
pub const MAX_NOTE: usize = 300;
/// Longest JWE of a note.
pub const MAX_ENCRYPTED_NOTE: usize = 2 * 1024;

/// `GET /api/v1/kiosk`: the routing config and each team's public key (RSA JWK, `kid` its
/// thumbprint), so the kiosk routes and encrypts in the browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct KioskSetup {
    pub routing: RoutingDoc,
    pub team_keys: BTreeMap<String, serde_json::Value>,
}

/// The pin of a set of team keys: SHA-256 (hex) over one line `<team>:<SHA-256 (hex) of the
/// key's RFC 7638 thumbprint input>` per team, in team order. The kiosk's start address
/// carries it (`/kiosk?pin=…`, printed by `pforte office kiosk-pin`), and the kiosk encrypts
/// only to keys with that pin: whoever controls the server cannot swap a team's key for one
/// of their own. A key that is not an RSA JWK counts as its `n` and `e` being empty, so it can
/// never match a pin made from real keys.
pub fn key_pin(team_keys: &BTreeMap<String, serde_json::Value>) -> String {
    use sha2::{Digest, Sha256};
    let mut lines = Sha256::new();
    for (team, jwk) in team_keys {
        let field = |name: &str| jwk.get(name).and_then(|v| v.as_str()).unwrap_or_default();
        let input = crate::submission::rsa_thumbprint_input(field("e"), field("n"));
        let key = crate::submission::hex(&Sha256::digest(input.as_bytes()));
        lines.update(format!("{team}:{key}\n").as_bytes());
    }
    crate::submission::hex(&lines.finalize())
}

/// `POST /api/v1/kiosk/concerns`: a concern, encrypted to the team the kiosk routed it to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewConcern {
    pub concern: String,
    pub team: String,
    /// Compact JWE (RSA-OAEP-256, A256GCM) of a [`ConcernContent`].
    pub encrypted: String,
    /// `ticket_code::digest` of the visitor's ticket code.
    pub ticket_digest: String,
}

/// The answer to [`NewConcern`]: the number the visitor is called by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Ticket {
    /// `017`: the day's running number.
    pub number: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

/// What the visitor wrote; encrypted in the kiosk, read only by the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ConcernContent {
    pub concern: String,
    /// The kiosk's language when the visitor sent it.
    pub language: String,
    /// Normalized (`7KQM-2X9P-4`), if the visitor gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub description: String,
    /// How to reach the visitor (phone or email), if they gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The visitor agreed that the office processes this concern.
    pub consent: bool,
    /// The visitor's ticket code: the staff's note is encrypted with a key derived from it.
    pub ticket_code: String,
}

/// Where a concern is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ConcernState {
    New,
    InProgress,
    Done,
}

impl ConcernState {
    pub fn as_str(self) -> &'static str {
        match self {
            ConcernState::New => "new",
            ConcernState::InProgress => "in-progress",
            ConcernState::Done => "done",
        }
    }

    pub fn parse(text: &str) -> Option<ConcernState> {
        [
            ConcernState::New,
            ConcernState::InProgress,
            ConcernState::Done,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// A concern in a team's queue (`GET /api/v1/office/concerns`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct QueuedConcern {
    pub id: String,
    pub ticket: String,
    pub team: String,
    pub concern: String,
    pub state: ConcernState,
    /// The JWE of a [`ConcernContent`].
    pub encrypted: String,
    /// The staff's note to the visitor: a JWE (`dir`, A256GCM) under the ticket code's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub updated_at: String,
    /// The member of staff (or office token) who changed it last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
}

/// `POST /api/v1/office/concerns/{id}`: move a concern on, with a note to the visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConcernUpdate {
    pub state: ConcernState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `POST /api/v1/kiosk/ticket`: what the visitor sees of their ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TicketStatus {
    pub number: String,
    pub state: ConcernState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub updated_at: String,
}

/// `POST /api/v1/office/sessions`: sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignIn {
    pub name: String,
    pub password: String,
}

/// A staff session: the bearer token (kept in the page's memory only) and who it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub token: String,
    pub name: String,
    pub teams: Vec<String>,
    /// RFC 3339, UTC.
    pub expires_at: String,
}
