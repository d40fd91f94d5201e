//! The calendar as the office writes it (`docs/APPOINTMENTS.md`): serde types that mirror the
//! JSON exactly. Times and dates stay strings here, so that compiling can report every bad
//! one with its pointer instead of serde stopping at the first.

use serde::{Deserialize, Serialize};

/// The whole calendar document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CalendarDoc {
    pub counters: Vec<CounterDoc>,
    pub services: Vec<ServiceDoc>,
    /// The office's opening hours; a service may replace them with its own.
    pub opening_hours: WeekDoc,
    /// `YYYY-MM-DD`: days the whole office is closed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holidays: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<ClosureDoc>,
    pub release: ReleaseDoc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CounterDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServiceDoc {
    pub id: String,
    /// Minutes one appointment takes; slots step by it. Wider than the compiled `u16` so that
    /// "600000" is reported as too long for every interval rather than as a JSON type error.
    pub duration_minutes: u32,
    /// Counter ids offering the service. With `teams`, the union of both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counters: Option<Vec<String>>,
    /// Every counter of these teams offers the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<String>>,
    /// Replaces the office's opening hours for this service (e.g. pick-ups only mornings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<WeekDoc>,
}

/// Per weekday a list of `HH:MM-HH:MM` intervals; a missing day is closed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WeekDoc {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tuesday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wednesday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thursday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub friday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub saturday: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sunday: Vec<String>,
}

/// The JSON names of the weekdays, Monday first (the order of [`WeekDoc::days`]).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

impl WeekDoc {
    /// The seven day lists, Monday first.
    pub fn days(&self) -> [&[String]; 7] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
        ]
    }
}

/// Some counters (or the whole office) closed on a range of days, all day or at some times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ClosureDoc {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day (inclusive); missing: only `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Closed counters; with `teams`, the union. Neither: the whole office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counters: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<String>>,
    /// `HH:MM-HH:MM` intervals closed on each day; missing: all day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ReleaseDoc {
    /// `HH:MM`: when each day's batch opens.
    pub time: String,
    /// The batch released on day D is the day D + `daysAhead` (1 to 366).
    pub days_ahead: u32,
}
