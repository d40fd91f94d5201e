//! The status of an application after it was submitted, as the office sets it and the
//! applicant reads it (`docs/STATUS.md`): the statuses, the events of a case's log, and what a
//! status lookup answers.
//!
//! Every change is an event in an append-only log per case, signed by the server like a
//! Security Event Token (RFC 8417, the form of FIT-Connect's event log): a compact JWS whose
//! payload is [`EventClaims`], with `events` holding one member named by the event's URI.
//! Each event carries the SHA-256 of the JWS before it (`prev`), so a dropped or reordered
//! event breaks the chain, not only the signatures.
//!
//! Nothing here is free text: statuses, document kinds and pickup modes are codes the app
//! words in the applicant's language, so the server holds nothing personal in the clear and
//! no German-only sentence reaches an Arabic reader.

use serde::{Deserialize, Serialize};

/// The URI of a status change in a SET's `events`.
pub const STATUS_CHANGED: &str = "urn:pforte:event:status-changed";
/// The URI of a recorded certificate of fictitious continuation (Fiktionsbescheinigung).
pub const FICTION_CERTIFICATE: &str = "urn:pforte:event:fiction-certificate";
/// The JWS `typ` of a case event (RFC 8417).
pub const EVENT_TYPE: &str = "secevent+jwt";

/// Where the applicant picks up their card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PickupMode {
    /// At a counter, with an appointment.
    Counter,
    /// At the ID-card dispenser in the entrance, with the pickup code.
    Dispenser,
    /// Sent by post.
    Post,
}

/// A document the office still needs. The app words each in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    Passport,
    BiometricPhoto,
    ProofOfIncome,
    HealthInsurance,
    RentalContract,
    EmploymentContract,
    RegistrationCertificate,
    FeePayment,
    /// Something else: the letter the office sends says what.
    Other,
}

impl Document {
    /// The code of this document (`proof-of-income`), as the app's messages are named.
    pub fn code(self) -> &'static str {
        match self {
            Document::Passport => "passport",
            Document::BiometricPhoto => "biometric-photo",
            Document::ProofOfIncome => "proof-of-income",
            Document::HealthInsurance => "health-insurance",
            Document::RentalContract => "rental-contract",
            Document::EmploymentContract => "employment-contract",
            Document::RegistrationCertificate => "registration-certificate",
            Document::FeePayment => "fee-payment",
            Document::Other => "other",
        }
    }

    /// Every document, in the order the office's CLI lists them.
    pub const ALL: [Document; 9] = [
        Document::Passport,
        Document::BiometricPhoto,
        Document::ProofOfIncome,
        Document::HealthInsurance,
        Document::RentalContract,
        Document::EmploymentContract,
        Document::RegistrationCertificate,
        Document::FeePayment,
        Document::Other,
    ];
}

/// A case's status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    /// Set by the server when the application arrives.
    Received,
    InReview,
    #[serde(rename_all = "camelCase")]
    DocumentsMissing {
        documents: Vec<Document>,
    },
    AppointmentNeeded,
    DecisionMade,
    CardOrdered,
    #[serde(rename_all = "camelCase")]
    ReadyForPickup {
        mode: PickupMode,
        /// For the dispenser only: the opaque code it asks for (with the card's PIN).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pickup_code: Option<String>,
    },
    HandedOver,
    /// Nothing follows a closed case.
    Closed,
}

/// Longest pickup code, and its alphabet: the dispenser's own codes are short and plain.
pub const PICKUP_CODE_MAX: usize = 16;

impl Status {
    /// The code of this status (`documents-missing`), as the app's messages are named.
    pub fn code(&self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in-review",
            Status::DocumentsMissing { .. } => "documents-missing",
            Status::AppointmentNeeded => "appointment-needed",
            Status::DecisionMade => "decision-made",
            Status::CardOrdered => "card-ordered",
            Status::ReadyForPickup { .. } => "ready-for-pickup",
            Status::HandedOver => "handed-over",
            Status::Closed => "closed",
        }
    }

    /// Why this status cannot be set as given, if it cannot.
    pub fn check(&self) -> Result<(), StatusError> {
        match self {
            Status::DocumentsMissing { documents } if documents.is_empty() => {
                Err(StatusError::NoDocuments)
            }
            Status::ReadyForPickup {
                mode: PickupMode::Dispenser,
                pickup_code,
            } => match pickup_code {
                None => Err(StatusError::NoPickupCode),
                Some(code)
                    if code.is_empty()
                        || code.len() > PICKUP_CODE_MAX
                        || !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
                {
                    Err(StatusError::BadPickupCode)
                }
                Some(_) => Ok(()),
            },
            Status::ReadyForPickup {
                pickup_code: Some(_),
                ..
            } => Err(StatusError::PickupCodeWithoutDispenser),
            _ => Ok(()),
        }
    }
}

/// Why a status or event was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusError {
    NoDocuments,
    NoPickupCode,
    BadPickupCode,
    PickupCodeWithoutDispenser,
    /// The case is closed: nothing follows.
    Closed,
    /// Not a date (YYYY-MM-DD).
    BadDate,
}

impl std::fmt::Display for StatusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StatusError::NoDocuments => "documents-missing needs at least one document",
            StatusError::NoPickupCode => "pickup at the dispenser needs the pickup code",
            StatusError::BadPickupCode => "a pickup code is 1 to 16 letters, digits and hyphens",
            StatusError::PickupCodeWithoutDispenser => {
                "only pickup at the dispenser has a pickup code"
            }
            StatusError::Closed => "the case is closed; nothing can follow",
            StatusError::BadDate => "a date is written YYYY-MM-DD",
        })
    }
}

impl std::error::Error for StatusError {}

/// What happened to a case: the payload of one member of a SET's `events`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    StatusChanged(Status),
    /// A certificate of fictitious continuation was issued, valid until this date
    /// (YYYY-MM-DD); the office is reminded before it ends.
    FictionCertificate {
        valid_until: String,
    },
}

impl Event {
    /// Check the event on its own (the case's state is the server's to check).
    pub fn check(&self) -> Result<(), StatusError> {
        match self {
            Event::StatusChanged(status) => status.check(),
            Event::FictionCertificate { valid_until } => {
                if crate::schema::format::is_date(valid_until) {
                    Ok(())
                } else {
                    Err(StatusError::BadDate)
                }
            }
        }
    }

    /// The SET `events` object holding this event.
    pub fn to_events(&self) -> serde_json::Value {
        match self {
            Event::StatusChanged(status) => serde_json::json!({ STATUS_CHANGED: status }),
            Event::FictionCertificate { valid_until } => {
                serde_json::json!({ FICTION_CERTIFICATE: { "validUntil": valid_until } })
            }
        }
    }

    /// The event in a SET's `events` object, if it holds exactly one this version knows.
    pub fn from_events(events: &serde_json::Value) -> Option<Event> {
        let object = events.as_object()?;
        if object.len() != 1 {
            return None;
        }
        let (uri, payload) = object.iter().next()?;
        match uri.as_str() {
            STATUS_CHANGED => serde_json::from_value(payload.clone())
                .ok()
                .map(Event::StatusChanged),
            FICTION_CERTIFICATE => Some(Event::FictionCertificate {
                valid_until: payload.get("validUntil")?.as_str()?.to_string(),
            }),
            _ => None,
        }
    }
}

/// The signed payload of a case event (RFC 8417 claims).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventClaims {
    /// The server that signed it (its receipt key's `kid`).
    pub iss: String,
    /// Unix seconds.
    pub iat: i64,
    /// Unique id of this event (UUID v4).
    pub jti: String,
    /// The case: `reference:<reference>`.
    pub sub: String,
    /// Position in the case's log, from 1.
    pub seq: u32,
    /// SHA-256 (hex) of the previous event's JWS; absent for the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    pub events: serde_json::Value,
}

/// One event as a status lookup answers it: the JWS, and what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CaseEvent {
    pub jws: String,
    /// RFC 3339, UTC.
    pub at: String,
    pub seq: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// For a certificate-of-fictitious-continuation event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiction_valid_until: Option<String>,
}

impl CaseEvent {
    /// An event as stored (`jws`, its position, when) with what it says, if this version
    /// knows the event.
    pub fn new(jws: String, at: String, seq: u32, event: Option<Event>) -> CaseEvent {
        let (status, fiction_valid_until) = match event {
            Some(Event::StatusChanged(status)) => (Some(status), None),
            Some(Event::FictionCertificate { valid_until }) => (None, Some(valid_until)),
            None => (None, None),
        };
        CaseEvent {
            jws,
            at,
            seq,
            status,
            fiction_valid_until,
        }
    }
}

/// The answer to a status lookup (`POST /api/v1/status`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CaseStatus {
    pub reference: String,
    pub form_id: String,
    /// Oldest first.
    pub events: Vec<CaseEvent>,
    /// Whether the applicant asked to be told of changes by email ([`NoticeRequest`]).
    #[serde(default)]
    pub notify: bool,
}

/// The applicant asks to be told by email when the status changes, or to stop it
/// (docs/STATUS.md, "Told by email"): the proof, and the address as a JWE to the office key
/// (a [`NoticeAddress`]), or `None` to stop. The server stores the JWE and cannot read it;
/// the office's CLI opens it when it sets a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoticeRequest {
    pub reference: String,
    pub secret: String,
    /// Compact JWE (RSA-OAEP-256, A256GCM, the office key's `kid`), or null to stop.
    pub encrypted_address: Option<String>,
}

/// Largest encrypted address accepted (an RSA-4096 JWE of a long address is about 1.2 KB).
pub const MAX_NOTICE_JWE: usize = 8 * 1024;

/// What the browser encrypts for a notice: where to, and in which language to write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoticeAddress {
    pub email: String,
    /// The app's language when the applicant asked (a locale folder's name).
    pub lang: String,
}

/// A status lookup: the reference and the status secret from the receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Lookup {
    pub reference: String,
    pub secret: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_and_write_as_tagged_codes() {
        let status: Status = serde_json::from_str(
            r#"{"status":"ready-for-pickup","mode":"dispenser","pickupCode":"K7-42"}"#,
        )
        .expect("parses");
        assert_eq!(status.code(), "ready-for-pickup");
        assert_eq!(status.check(), Ok(()));
        let missing: Status = serde_json::from_str(
            r#"{"status":"documents-missing","documents":["proof-of-income","passport"]}"#,
        )
        .expect("parses");
        assert_eq!(
            missing,
            Status::DocumentsMissing {
                documents: vec![Document::ProofOfIncome, Document::Passport]
            }
        );
        assert!(serde_json::from_str::<Status>(r#"{"status":"lost"}"#).is_err());
        assert!(
            serde_json::from_str::<Status>(
                r#"{"status":"documents-missing","documents":["your diary"]}"#
            )
            .is_err(),
            "no free text"
        );
    }

    #[test]
    fn document_codes_are_their_serde_names() {
        for document in Document::ALL {
            assert_eq!(
                serde_json::to_value(document).expect("serializes"),
                document.code()
            );
        }
    }

    #[test]
    fn checks_refuse_incomplete_or_contradictory_statuses() {
        let pickup = |mode, code: Option<&str>| Status::ReadyForPickup {
            mode,
            pickup_code: code.map(str::to_string),
        };
        assert_eq!(
            pickup(PickupMode::Dispenser, None).check(),
            Err(StatusError::NoPickupCode)
        );
        assert_eq!(
            pickup(PickupMode::Dispenser, Some("<script>")).check(),
            Err(StatusError::BadPickupCode)
        );
        assert_eq!(
            pickup(PickupMode::Dispenser, Some("ABCDEFGHIJKLMNOPQ")).check(),
            Err(StatusError::BadPickupCode)
        );
        assert_eq!(
            pickup(PickupMode::Post, Some("K7")).check(),
            Err(StatusError::PickupCodeWithoutDispenser)
        );
        assert_eq!(pickup(PickupMode::Counter, None).check(), Ok(()));
        assert_eq!(
            Status::DocumentsMissing { documents: vec![] }.check(),
            Err(StatusError::NoDocuments)
        );
        assert_eq!(
            Event::FictionCertificate {
                valid_until: "2027-02-30".into()
            }
            .check(),
            Err(StatusError::BadDate)
        );
    }

    #[test]
    fn events_round_trip_through_the_set_events_object() {
        for event in [
            Event::StatusChanged(Status::CardOrdered),
            Event::StatusChanged(Status::ReadyForPickup {
                mode: PickupMode::Post,
                pickup_code: None,
            }),
            Event::FictionCertificate {
                valid_until: "2027-03-31".into(),
            },
        ] {
            assert_eq!(Event::from_events(&event.to_events()), Some(event));
        }
        let two = serde_json::json!({STATUS_CHANGED: {"status": "closed"}, "urn:x": {}});
        assert_eq!(Event::from_events(&two), None, "one event per SET");
    }
}
