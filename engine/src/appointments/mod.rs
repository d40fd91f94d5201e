//! Appointment slots: the office's calendar (counters, services, opening hours, holidays,
//! closures, release batches) and the free slots it offers, computed without I/O.
//!
//! The format is documented for the staff who write it in `docs/APPOINTMENTS.md`. As with
//! form definitions there are two types: [`CalendarDoc`] is exactly what was written (serde),
//! and [`Calendar`] is the compiled calendar whose invariants hold (ids resolved to
//! [`Counter`] handles, times parsed, intervals sorted and disjoint, every service fits at
//! least one interval). [`Calendar::from_json`] reports every problem, not the first.
//!
//! Design decisions, and why:
//!
//! - **Civil time only.** Opening hours are wall-clock times in Europe/Berlin; a slot is a
//!   date, a minute of the day and a counter. The server converts instants at the edges, so
//!   the engine never needs a time-zone database (it would not fit the browser bundle) and a
//!   DST change never moves a 08:00 slot.
//! - **Slots are computed, never stored.** The calendar and the bookings are the only state;
//!   a free slot is a grid point (interval start + k × duration) that no booking, closure or
//!   holiday covers. Bookings of any service block their counter for their own duration, so
//!   services of different lengths can share counters.
//! - **Internal iteration.** One walker (`slots.rs`) visits candidate slots in the answer's
//!   order (date, start, counter) and hands each free one to a closure that may stop it;
//!   "all free slots in a range" and "the next N free slots" are the same loop. It does not
//!   allocate per slot, and finds a counter's bookings per day by binary search in a sorted,
//!   merged list ([`Booked`]), so a 90-day query over 12 counters takes microseconds.
//! - **Release batches.** Slots become bookable in announced batches (every day at one time,
//!   one more day), so bots gain nothing by polling: [`Calendar::bookable_until`] and
//!   [`Calendar::next_release`].

pub mod api;
mod compile;
mod document;
mod release;
mod slots;

use std::fmt;

use jiff::civil::{Date, Weekday};

pub use compile::{CalendarError, Problem};
pub use document::{
    CalendarDoc, ClosureDoc, CounterDoc, ReleaseDoc, ServiceDoc, WeekDoc, WEEKDAYS,
};
pub use release::{Release, ReleaseRule, SEARCH_BATCHES};
pub use slots::{Booked, Booking};

/// A time of day in whole minutes, 00:00 to 23:59 (wall-clock time in the office's zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

/// Minutes in a day: the exclusive upper bound of [`TimeOfDay::minutes`].
pub const MINUTES_PER_DAY: u16 = 24 * 60;

impl TimeOfDay {
    /// The time `minutes` after midnight, if that is before midnight.
    pub const fn new(minutes: u16) -> Option<TimeOfDay> {
        if minutes < MINUTES_PER_DAY {
            Some(TimeOfDay(minutes))
        } else {
            None
        }
    }

    /// `hour:minute`, if both are in range.
    pub const fn hm(hour: u8, minute: u8) -> Option<TimeOfDay> {
        if hour < 24 && minute < 60 {
            Some(TimeOfDay(hour as u16 * 60 + minute as u16))
        } else {
            None
        }
    }

    /// Minutes after midnight.
    pub const fn minutes(self) -> u16 {
        self.0
    }

    pub const fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    pub const fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }

    /// The same time as jiff's civil time (seconds zero).
    pub fn to_time(self) -> jiff::civil::Time {
        jiff::civil::Time::constant(self.hour() as i8, self.minute() as i8, 0, 0)
    }
}

impl TimeOfDay {
    /// Strict `HH:MM` (two digits each, 00:00 to 23:59): the only form the calendar accepts,
    /// so "8:00" or "08.00" is an error rather than a guess.
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        let two = |i: usize| -> Option<u8> {
            let (hi, lo) = (b[i], b[i + 1]);
            (hi.is_ascii_digit() && lo.is_ascii_digit()).then(|| (hi - b'0') * 10 + (lo - b'0'))
        };
        TimeOfDay::hm(two(0)?, two(3)?)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// An opening (or closure) interval of one day, `start` inclusive, `end` exclusive, with
/// `start < end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    pub start: TimeOfDay,
    pub end: TimeOfDay,
}

impl Interval {
    pub fn minutes(self) -> u16 {
        self.end.0 - self.start.0
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// A counter of this calendar (an index into its counter list, in the order the calendar
/// lists them). Get one with [`Calendar::counter`]; its id with [`Calendar::counter_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Counter(u16);

impl Counter {
    /// The position in the calendar's `counters` list.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// One bookable slot. The derived order is the order of every answer: date, start, counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub date: Date,
    pub start: TimeOfDay,
    pub counter: Counter,
}

impl Slot {
    /// The slot's start as a civil date-time (for the server's conversion to an instant).
    pub fn start_datetime(self) -> jiff::civil::DateTime {
        self.date.to_datetime(self.start.to_time())
    }
}

/// Opening hours of a week: per weekday (Monday first) a sorted list of disjoint intervals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Week([Vec<Interval>; 7]);

impl Week {
    /// The intervals of `weekday`, sorted, disjoint.
    pub fn day(&self, weekday: Weekday) -> &[Interval] {
        &self.0[usize::from(weekday.to_monday_zero_offset().unsigned_abs())]
    }

    /// The longest interval of the week, if any day has one.
    pub fn longest(&self) -> Option<u16> {
        self.0.iter().flatten().map(|i| i.minutes()).max()
    }
}

/// A counter as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterInfo {
    pub id: String,
    pub team: Option<String>,
}

/// A compiled service. Only a [`Calendar`] makes these (its counter handles must be its own),
/// so the fields are read through methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    id: String,
    duration: u16,
    /// Sorted, no duplicates: the answer's counter order falls out of the walk.
    counters: Vec<Counter>,
    hours: Week,
}

impl Service {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Minutes one appointment takes (and the step between slots).
    pub fn duration_minutes(&self) -> u16 {
        self.duration
    }

    /// The counters that offer the service, in calendar order.
    pub fn counters(&self) -> &[Counter] {
        &self.counters
    }

    /// The service's own opening hours if it has any, else the office's.
    pub fn opening_hours(&self) -> &Week {
        &self.hours
    }
}

/// A closure of some counters (or of all) on a range of days, all day or at some times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub from: Date,
    /// Inclusive.
    pub to: Date,
    /// `None`: the whole office. Otherwise sorted, no duplicates.
    pub counters: Option<Vec<Counter>>,
    /// `None`: all day. Otherwise sorted, disjoint; closed at these times of each day.
    pub times: Option<Vec<Interval>>,
    /// For the staff; not shown to applicants.
    pub reason: Option<String>,
}

/// The compiled calendar. Build it with [`Calendar::from_json`] or [`Calendar::compile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    counters: Vec<CounterInfo>,
    services: Vec<Service>,
    hours: Week,
    /// Sorted, no duplicates.
    holidays: Vec<Date>,
    closures: Vec<Closure>,
    /// Per counter: the closure blocks that touch it, sorted by first day, so the walker
    /// looks at one short list per counter instead of every closure.
    blocks: Vec<Vec<slots::Block>>,
    release: ReleaseRule,
}

impl Calendar {
    /// Parse and compile a calendar; every problem, with its location, on failure.
    pub fn from_json(text: &str) -> Result<Calendar, Vec<CalendarError>> {
        let doc: CalendarDoc =
            serde_json::from_str(text).map_err(|e| vec![CalendarError::json(&e)])?;
        Calendar::compile(&doc)
    }

    /// Compile a parsed document; every problem, with its JSON pointer, on failure.
    pub fn compile(doc: &CalendarDoc) -> Result<Calendar, Vec<CalendarError>> {
        compile::compile(doc)
    }

    /// The service with this id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Every service, in calendar order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The counter with this id.
    pub fn counter(&self, id: &str) -> Option<Counter> {
        self.counters
            .iter()
            .position(|c| c.id == id)
            .map(|i| Counter(i as u16))
    }

    /// The id of a counter of this calendar.
    ///
    /// # Panics
    /// If `counter` came from a calendar with more counters.
    pub fn counter_id(&self, counter: Counter) -> &str {
        &self.counters[counter.index()].id
    }

    /// Every counter as configured, in calendar order (a [`Counter`]'s index is its position).
    pub fn counters(&self) -> &[CounterInfo] {
        &self.counters
    }

    /// The office's opening hours (a service may have its own: [`Service::opening_hours`]).
    pub fn opening_hours(&self) -> &Week {
        &self.hours
    }

    /// Days the whole office is closed, sorted.
    pub fn holidays(&self) -> &[Date] {
        &self.holidays
    }

    pub fn is_holiday(&self, date: Date) -> bool {
        self.holidays.binary_search(&date).is_ok()
    }

    /// The closures in calendar order.
    pub fn closures(&self) -> &[Closure] {
        &self.closures
    }

    /// When slots are released.
    pub fn release(&self) -> ReleaseRule {
        self.release
    }
}
