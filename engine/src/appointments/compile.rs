//! [`CalendarDoc`] → [`Calendar`]: resolve ids, parse times and dates, check every invariant
//! the slot walker relies on, and report every problem with its JSON pointer.

use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;

use super::document::{CalendarDoc, WeekDoc, WEEKDAYS};
use super::release::ReleaseRule;
use super::slots::Block;
use super::MINUTES_PER_DAY;
use super::{Calendar, Closure, Counter, CounterInfo, Interval, Service, TimeOfDay, Week};
use crate::pointer::push;

/// One problem in a calendar: where (a JSON pointer) and what ([`Problem`]).
pub type CalendarError = crate::config::ConfigError<Problem>;

/// What is wrong. The text for the staff comes from `Display`; tests and tools match on this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON, or not of the calendar's shape (a missing or unknown field, a wrong type).
    /// serde stops at the first of these, so there is at most one.
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    EmptyId,
    /// The id (or date) appeared before, at the pointer `first`.
    Duplicate {
        id: String,
        first: String,
    },
    UnknownCounter {
        id: String,
    },
    /// No counter has this team.
    UnknownTeam {
        id: String,
    },
    /// A service names neither counters nor teams.
    NoCounters,
    /// An explicitly empty list of counters, teams or times: it would select nothing.
    EmptyList,
    /// Not `HH:MM` from 00:00 to 23:59.
    BadTime {
        text: String,
    },
    /// Not of the form `HH:MM-HH:MM`.
    BadInterval {
        text: String,
    },
    /// `end <= start`.
    EndsBeforeStart {
        start: TimeOfDay,
        end: TimeOfDay,
    },
    /// Two intervals of one day overlap; `other_at` points at the other one.
    Overlap {
        interval: Interval,
        other: Interval,
        other_at: String,
    },
    ZeroDuration,
    /// The duration is longer than every opening interval (`longest`; `None`: no opening
    /// hours at all), so the service would never have a slot.
    DurationFitsNoInterval {
        minutes: u32,
        longest: Option<u16>,
    },
    /// Not `YYYY-MM-DD`, or no such day (2026-02-30).
    BadDate {
        text: String,
    },
    ClosureEndsBeforeStart {
        from: Date,
        to: Date,
    },
    /// `daysAhead` outside 1 to 366.
    DaysAhead {
        days: u32,
    },
    /// More counters than a [`Counter`] handle can number.
    TooManyCounters {
        count: usize,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Json { message, .. } => f.write_str(message),
            Problem::EmptyId => f.write_str("the id is empty"),
            Problem::Duplicate { id, first } => {
                write!(f, "\"{id}\" appears twice (first at {first})")
            }
            Problem::UnknownCounter { id } => write!(f, "no counter has the id \"{id}\""),
            Problem::UnknownTeam { id } => write!(f, "no counter belongs to the team \"{id}\""),
            Problem::NoCounters => {
                f.write_str("the service names no counters or teams, so it is offered nowhere")
            }
            Problem::EmptyList => f.write_str("the list is empty, so it selects nothing"),
            Problem::BadTime { text } => {
                write!(f, "\"{text}\" is not a time HH:MM from 00:00 to 23:59")
            }
            Problem::BadInterval { text } => {
                write!(f, "\"{text}\" is not an interval HH:MM-HH:MM")
            }
            Problem::EndsBeforeStart { start, end } => {
                write!(
                    f,
                    "the interval ends at {end}, not after it starts at {start}"
                )
            }
            Problem::Overlap {
                interval,
                other,
                other_at,
            } => write!(f, "{interval} overlaps {other} (at {other_at})"),
            Problem::ZeroDuration => f.write_str("the duration is 0 minutes"),
            Problem::DurationFitsNoInterval {
                minutes,
                longest: Some(longest),
            } => write!(
                f,
                "{minutes} minutes fit in no opening interval (the longest is {longest} minutes)"
            ),
            Problem::DurationFitsNoInterval {
                minutes,
                longest: None,
            } => write!(
                f,
                "{minutes} minutes fit in no opening interval (there are no opening hours)"
            ),
            Problem::BadDate { text } => write!(f, "\"{text}\" is not a date YYYY-MM-DD"),
            Problem::ClosureEndsBeforeStart { from, to } => {
                write!(f, "the closure ends on {to}, before it starts on {from}")
            }
            Problem::DaysAhead { days } => {
                write!(f, "daysAhead is {days}; it must be 1 to 366")
            }
            Problem::TooManyCounters { count } => {
                write!(f, "{count} counters; at most {} are supported", u16::MAX)
            }
        }
    }
}

crate::config_problem_with_json_variant!(Problem);

/// Strict `YYYY-MM-DD` with a real calendar day, as form dates are checked
/// (`schema::format::is_date`); jiff's own parser also accepts forms the staff should not
/// write (a date-time, whose time it drops, or a six-digit year).
pub(super) fn parse_date(text: &str) -> Option<Date> {
    if !crate::schema::format::is_date(text) {
        return None;
    }
    let year: i16 = text[0..4].parse().ok()?;
    let month: i8 = text[5..7].parse().ok()?;
    let day: i8 = text[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

/// `HH:MM-HH:MM`: a shape error is about the interval, a range error about one time.
fn parse_interval(text: &str) -> Result<Interval, Problem> {
    let shaped = |s: &str| s.len() == 5 && s.as_bytes()[2] == b':';
    let Some((a, b)) = text.split_once('-').filter(|(a, b)| shaped(a) && shaped(b)) else {
        return Err(Problem::BadInterval {
            text: text.to_owned(),
        });
    };
    let time = |s: &str| TimeOfDay::parse(s).ok_or_else(|| Problem::BadTime { text: s.to_owned() });
    let (start, end) = (time(a)?, time(b)?);
    if end <= start {
        return Err(Problem::EndsBeforeStart { start, end });
    }
    Ok(Interval { start, end })
}

/// Collects problems while compiling; each check reports and carries on.
struct Compiler<'d> {
    doc: &'d CalendarDoc,
    errors: Vec<CalendarError>,
    counter_ids: HashMap<&'d str, Counter>,
    teams: HashMap<&'d str, Vec<Counter>>,
}

impl<'d> Compiler<'d> {
    fn report(&mut self, pointer: String, problem: Problem) {
        self.errors.push(CalendarError { pointer, problem });
    }

    fn counters(&mut self) -> Vec<CounterInfo> {
        let doc = self.doc;
        if doc.counters.len() > usize::from(u16::MAX) {
            self.report(
                "/counters".to_owned(),
                Problem::TooManyCounters {
                    count: doc.counters.len(),
                },
            );
        }
        let mut first: HashMap<&str, String> = HashMap::new();
        for (i, c) in doc.counters.iter().enumerate().take(usize::from(u16::MAX)) {
            let at = format!("/counters/{i}/id");
            let handle = Counter(i as u16);
            if c.id.is_empty() {
                self.report(at, Problem::EmptyId);
                continue;
            }
            if let Some(prev) = first.get(c.id.as_str()) {
                let first = prev.clone();
                self.report(
                    at,
                    Problem::Duplicate {
                        id: c.id.clone(),
                        first,
                    },
                );
                continue;
            }
            first.insert(&c.id, at);
            self.counter_ids.insert(&c.id, handle);
            if let Some(team) = &c.team {
                self.teams.entry(team).or_default().push(handle);
            }
        }
        doc.counters
            .iter()
            .map(|c| CounterInfo {
                id: c.id.clone(),
                team: c.team.clone(),
            })
            .collect()
    }

    /// The union of `counters` and the counters of `teams` at `at`, sorted; `None` when both
    /// are absent (the caller knows what that means).
    fn selection(
        &mut self,
        at: &str,
        counters: Option<&'d [String]>,
        teams: Option<&'d [String]>,
    ) -> Option<Vec<Counter>> {
        if counters.is_none() && teams.is_none() {
            return None;
        }
        let errors_before = self.errors.len();
        let mut out = Vec::new();
        for (field, ids) in [("counters", counters), ("teams", teams)] {
            let Some(ids) = ids else { continue };
            let list_at = push(at, field);
            if ids.is_empty() {
                self.report(list_at.clone(), Problem::EmptyList);
            }
            let mut seen: HashMap<&str, String> = HashMap::new();
            for (j, id) in ids.iter().enumerate() {
                let item_at = format!("{list_at}/{j}");
                if let Some(first) = seen.get(id.as_str()) {
                    let first = first.clone();
                    self.report(
                        item_at,
                        Problem::Duplicate {
                            id: id.clone(),
                            first,
                        },
                    );
                    continue;
                }
                seen.insert(id, item_at.clone());
                let found = if field == "counters" {
                    self.counter_ids.get(id.as_str()).map(|c| vec![*c])
                } else {
                    self.teams.get(id.as_str()).cloned()
                };
                match found {
                    Some(cs) => out.extend(cs),
                    None if field == "counters" => {
                        self.report(item_at, Problem::UnknownCounter { id: id.clone() })
                    }
                    None => self.report(item_at, Problem::UnknownTeam { id: id.clone() }),
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        if out.is_empty() && self.errors.len() == errors_before {
            self.report(at.to_owned(), Problem::EmptyList);
        }
        Some(out)
    }

    /// Intervals of one day (or of a closure), sorted. Every overlapping pair is reported, at
    /// the later one in the document, pointing at the earlier (a day has a handful, so the
    /// quadratic check costs nothing and finds every conflict in one run).
    fn intervals(&mut self, at: &str, texts: &[String]) -> Vec<Interval> {
        let mut parsed: Vec<(usize, Interval)> = Vec::with_capacity(texts.len());
        for (j, text) in texts.iter().enumerate() {
            match parse_interval(text) {
                Ok(interval) => parsed.push((j, interval)),
                Err(problem) => self.report(format!("{at}/{j}"), problem),
            }
        }
        for (n, &(j, later)) in parsed.iter().enumerate() {
            for &(i, earlier) in &parsed[..n] {
                if later.start < earlier.end && earlier.start < later.end {
                    self.report(
                        format!("{at}/{j}"),
                        Problem::Overlap {
                            interval: later,
                            other: earlier,
                            other_at: format!("{at}/{i}"),
                        },
                    );
                }
            }
        }
        let mut out: Vec<Interval> = parsed.into_iter().map(|(_, i)| i).collect();
        out.sort_unstable();
        out
    }

    /// The week at `at`, and whether it had no problem.
    fn week(&mut self, at: &str, doc: &WeekDoc) -> (Week, bool) {
        let before = self.errors.len();
        let mut week = Week::default();
        for (d, texts) in doc.days().into_iter().enumerate() {
            week.0[d] = self.intervals(&push(at, WEEKDAYS[d]), texts);
        }
        (week, self.errors.len() == before)
    }

    fn services(&mut self, office: &Week, office_ok: bool) -> Vec<Service> {
        let doc = self.doc;
        let mut first: HashMap<&str, String> = HashMap::new();
        let mut services = Vec::with_capacity(doc.services.len());
        for (i, s) in doc.services.iter().enumerate() {
            let at = format!("/services/{i}");
            let id_at = format!("{at}/id");
            if s.id.is_empty() {
                self.report(id_at, Problem::EmptyId);
            } else if let Some(prev) = first.get(s.id.as_str()) {
                let first = prev.clone();
                self.report(
                    id_at,
                    Problem::Duplicate {
                        id: s.id.clone(),
                        first,
                    },
                );
            } else {
                first.insert(&s.id, id_at);
            }
            let counters = self
                .selection(&at, s.counters.as_deref(), s.teams.as_deref())
                .unwrap_or_else(|| {
                    self.report(at.clone(), Problem::NoCounters);
                    Vec::new()
                });
            let (hours, hours_ok) = match &s.opening_hours {
                Some(own) => self.week(&push(&at, "openingHours"), own),
                None => (office.clone(), office_ok),
            };
            let duration_at = push(&at, "durationMinutes");
            let longest = hours.longest();
            if s.duration_minutes == 0 {
                self.report(duration_at, Problem::ZeroDuration);
            } else if hours_ok && longest.is_none_or(|l| s.duration_minutes > u32::from(l)) {
                // Only on a clean week: after a bad interval the longest is a guess.
                self.report(
                    duration_at,
                    Problem::DurationFitsNoInterval {
                        minutes: s.duration_minutes,
                        longest,
                    },
                );
            }
            services.push(Service {
                id: s.id.clone(),
                // Fits a day when valid; the clamp only keeps the value sane if it is not.
                duration: s.duration_minutes.min(u32::from(MINUTES_PER_DAY)) as u16,
                counters,
                hours,
            });
        }
        services
    }

    fn date(&mut self, at: String, text: &str) -> Option<Date> {
        let date = parse_date(text);
        if date.is_none() {
            self.report(
                at,
                Problem::BadDate {
                    text: text.to_owned(),
                },
            );
        }
        date
    }

    fn holidays(&mut self) -> Vec<Date> {
        let doc = self.doc;
        let mut first: HashMap<Date, String> = HashMap::new();
        let mut out = Vec::with_capacity(doc.holidays.len());
        for (i, text) in doc.holidays.iter().enumerate() {
            let at = format!("/holidays/{i}");
            let Some(date) = self.date(at.clone(), text) else {
                continue;
            };
            if let Some(prev) = first.get(&date) {
                let first = prev.clone();
                self.report(
                    at,
                    Problem::Duplicate {
                        id: text.clone(),
                        first,
                    },
                );
                continue;
            }
            first.insert(date, at);
            out.push(date);
        }
        out.sort_unstable();
        out
    }

    fn closures(&mut self) -> Vec<Closure> {
        let doc = self.doc;
        let mut out = Vec::with_capacity(doc.closures.len());
        for (i, c) in doc.closures.iter().enumerate() {
            let at = format!("/closures/{i}");
            let from = self.date(push(&at, "from"), &c.from);
            let to = match &c.to {
                Some(text) => self.date(push(&at, "to"), text),
                None => from,
            };
            let counters = self.selection(&at, c.counters.as_deref(), c.teams.as_deref());
            let times = c.times.as_ref().map(|texts| {
                let times_at = push(&at, "times");
                if texts.is_empty() {
                    self.report(times_at.clone(), Problem::EmptyList);
                }
                self.intervals(&times_at, texts)
            });
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if to < from {
                self.report(
                    push(&at, "to"),
                    Problem::ClosureEndsBeforeStart { from, to },
                );
                continue;
            }
            out.push(Closure {
                from,
                to,
                counters,
                times,
                reason: c.reason.clone(),
            });
        }
        out
    }

    fn release(&mut self) -> ReleaseRule {
        let doc = &self.doc.release;
        let time = TimeOfDay::parse(&doc.time).unwrap_or_else(|| {
            self.report(
                "/release/time".to_owned(),
                Problem::BadTime {
                    text: doc.time.clone(),
                },
            );
            TimeOfDay(0)
        });
        if !(1..=366).contains(&doc.days_ahead) {
            self.report(
                "/release/daysAhead".to_owned(),
                Problem::DaysAhead {
                    days: doc.days_ahead,
                },
            );
        }
        ReleaseRule {
            time,
            days_ahead: doc.days_ahead.clamp(1, 366) as u16,
        }
    }
}

/// Per counter, the closure blocks touching it, sorted by first day.
fn blocks(counters: usize, closures: &[Closure]) -> Vec<Vec<Block>> {
    let mut out: Vec<Vec<Block>> = vec![Vec::new(); counters];
    for c in closures {
        let whole_day = [(0, MINUTES_PER_DAY)];
        let times: Vec<(u16, u16)> = match &c.times {
            Some(times) => times.iter().map(|i| (i.start.0, i.end.0)).collect(),
            None => whole_day.to_vec(),
        };
        let all: Vec<Counter> = (0..counters).map(|i| Counter(i as u16)).collect();
        for counter in c.counters.as_deref().unwrap_or(&all) {
            for &(start, end) in &times {
                out[counter.index()].push(Block {
                    from: c.from,
                    to: c.to,
                    start,
                    end,
                });
            }
        }
    }
    for list in &mut out {
        list.sort_unstable_by_key(|b| (b.from, b.start));
    }
    out
}

pub(super) fn compile(doc: &CalendarDoc) -> Result<Calendar, Vec<CalendarError>> {
    let mut c = Compiler {
        doc,
        errors: Vec::new(),
        counter_ids: HashMap::new(),
        teams: HashMap::new(),
    };
    let counters = c.counters();
    let (hours, hours_ok) = c.week("/openingHours", &doc.opening_hours);
    let services = c.services(&hours, hours_ok);
    let holidays = c.holidays();
    let closures = c.closures();
    let release = c.release();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    Ok(Calendar {
        blocks: blocks(counters.len(), &closures),
        counters,
        services,
        hours,
        holidays,
        closures,
        release,
    })
}
