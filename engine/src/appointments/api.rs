//! What the booking endpoints answer (docs/APPOINTMENTS.md, "Booking"): one definition for the
//! server that writes it and the app that reads it.

use serde::{Deserialize, Serialize};

/// `GET /api/v1/appointments/services`: what can be booked; no slots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Offers {
    pub services: Vec<Offer>,
    /// The last day released so far (YYYY-MM-DD).
    pub bookable_until: String,
    /// Whether someone without an application can book with an email address verified by a
    /// one-time code (the office has an SMTP relay).
    #[serde(default)]
    pub email_proof: bool,
}

/// One service that can be booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    pub id: String,
    pub duration_minutes: u16,
    /// When the next batch with slots of this service opens, if one does.
    pub next_release: Option<NextBatch>,
}

/// A release batch: when it opens (office time) and the day it releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct NextBatch {
    /// `YYYY-MM-DDTHH:MM:SS`, the office's wall clock.
    pub opens_at: String,
    /// YYYY-MM-DD.
    pub date: String,
}

/// A free time as the applicant sees it: no counter (the server assigns one).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeTime {
    /// YYYY-MM-DD.
    pub date: String,
    /// HH:MM.
    pub start: String,
}

/// `POST /api/v1/appointments/slots`: the free times, grouped by day (a 90-day horizon with
/// 12 counters is some 3,500 times: about 30 KB this way, four times that as a flat list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct FreeTimes {
    pub service: String,
    pub days: Vec<FreeDay>,
    pub bookable_until: String,
}

/// A day with free times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeDay {
    /// YYYY-MM-DD.
    pub date: String,
    /// HH:MM, in order.
    pub times: Vec<String>,
}

/// `POST /api/v1/appointments` (201): the booking, its cancel token (only here) and the
/// appointment as an iCalendar file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct BookedAppointment {
    pub id: String,
    pub service: String,
    pub date: String,
    pub start: String,
    pub minutes: u16,
    /// The application it belongs to; none when booked with an email address.
    pub reference: Option<String>,
    pub cancel_token: String,
    pub ics: String,
}
