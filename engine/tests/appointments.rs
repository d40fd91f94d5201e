//! Appointment slots: the cases in `tests/data/appointments/*.json` (a calendar, bookings, and
//! queries with their expected answers, or the calendar's expected errors), and properties
//! checked against a brute-force oracle on generated calendars.
//!
//! A case file:
//! ```json
//! { "description": "…",
//!   "calendar": { … } | "calendarText": "raw text",
//!   "bookings": [{"counter": "c01", "date": "2026-03-02", "start": "08:10", "minutes": 30}],
//!   "errors": ["/pointer: message", …]          // the calendar must fail with exactly these
//!   "checks": [{"query": {"freeSlots": {…}}, "expect": …}, …] }
//! ```
//! Slots are written `"2026-03-02 08:00 c01"`; errors as their `Display` text, so the
//! messages the staff read are under test too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jiff::civil::{Date, DateTime};
use jiff::Span;
use pforte_engine::appointments::{
    Booked, Booking, Calendar, CalendarDoc, ClosureDoc, CounterDoc, Problem, ReleaseDoc,
    ServiceDoc, Slot, TimeOfDay, WeekDoc,
};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/appointments")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Case {
    description: String,
    calendar: Option<Value>,
    calendar_text: Option<String>,
    #[serde(default)]
    bookings: Vec<BookingCase>,
    errors: Option<Vec<String>>,
    #[serde(default)]
    checks: Vec<Check>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BookingCase {
    counter: String,
    date: String,
    start: String,
    minutes: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Check {
    query: Query,
    expect: Value,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
enum Query {
    FreeSlots {
        service: String,
        from: String,
        to: String,
    },
    #[serde(rename_all = "camelCase")]
    NextFreeSlots {
        service: String,
        after: String,
        until: String,
        limit: usize,
    },
    BookableUntil {
        now: String,
    },
    NextRelease {
        now: String,
    },
    NextReleaseFor {
        service: String,
        now: String,
    },
    SlotIsValid {
        service: String,
        slot: String,
    },
    SlotIsFree {
        service: String,
        slot: String,
    },
}

fn slot_text(calendar: &Calendar, slot: Slot) -> String {
    format!(
        "{} {} {}",
        slot.date,
        slot.start,
        calendar.counter_id(slot.counter)
    )
}

fn parse_slot(calendar: &Calendar, text: &str) -> Slot {
    let parts: Vec<&str> = text.split(' ').collect();
    let [date, start, counter] = parts[..] else {
        panic!("slot {text:?}: expected \"YYYY-MM-DD HH:MM counter\"")
    };
    Slot {
        date: date.parse().expect("slot date"),
        start: TimeOfDay::parse(start).expect("slot time"),
        counter: calendar.counter(counter).expect("slot counter"),
    }
}

fn date(text: &str) -> Date {
    text.parse()
        .unwrap_or_else(|e| panic!("date {text:?}: {e}"))
}

fn datetime(text: &str) -> DateTime {
    text.parse()
        .unwrap_or_else(|e| panic!("date-time {text:?}: {e}"))
}

fn slots_json(calendar: &Calendar, slots: &[Slot]) -> Value {
    slots.iter().map(|s| slot_text(calendar, *s)).collect()
}

fn answer(calendar: &Calendar, booked: &Booked, query: &Query) -> Value {
    let service = |id: &str| {
        calendar
            .service(id)
            .unwrap_or_else(|| panic!("no service {id:?}"))
    };
    match query {
        Query::FreeSlots {
            service: s,
            from,
            to,
        } => slots_json(
            calendar,
            &calendar.free_slots(service(s), date(from), date(to), booked),
        ),
        Query::NextFreeSlots {
            service: s,
            after,
            until,
            limit,
        } => slots_json(
            calendar,
            &calendar.next_free_slots(service(s), datetime(after), date(until), *limit, booked),
        ),
        Query::BookableUntil { now } => json!(calendar.bookable_until(datetime(now)).to_string()),
        Query::NextRelease { now } => {
            let r = calendar.next_release(datetime(now));
            json!({"opensAt": r.opens_at.to_string(), "date": r.date.to_string()})
        }
        Query::NextReleaseFor { service: s, now } => {
            match calendar.next_release_for(service(s), datetime(now)) {
                Some(r) => json!({"opensAt": r.opens_at.to_string(), "date": r.date.to_string()}),
                None => Value::Null,
            }
        }
        Query::SlotIsValid { service: s, slot } => {
            json!(calendar.slot_is_valid(service(s), parse_slot(calendar, slot)))
        }
        Query::SlotIsFree { service: s, slot } => {
            json!(calendar.slot_is_free(service(s), parse_slot(calendar, slot), booked))
        }
    }
}

fn case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/data/appointments")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no appointment cases");
    files
}

fn read_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The calendar's text: written raw (for syntax errors, whose line and column matter) or as
/// a JSON value, pretty-printed with its keys sorted so that a shape error has a stable line
/// (whether or not another crate in the build turns on serde_json's `preserve_order`).
fn calendar_text(case: &Case, path: &Path) -> String {
    fn sorted(value: &serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                serde_json::Value::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), sorted(&map[k])))
                        .collect(),
                )
            }
            serde_json::Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(sorted).collect())
            }
            other => other.clone(),
        }
    }
    match (&case.calendar, &case.calendar_text) {
        (Some(value), None) => serde_json::to_string_pretty(&sorted(value)).expect("serialize"),
        (None, Some(text)) => text.clone(),
        _ => panic!("{}: needs one of calendar, calendarText", path.display()),
    }
}

/// Runs one case file; returns the problems its calendar raised (for the coverage check).
fn run_case(path: &Path) -> Vec<Problem> {
    let case = read_case(path);
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    let name = format!("{file} ({})", case.description);
    let compiled = Calendar::from_json(&calendar_text(&case, path));
    match (&case.errors, compiled) {
        (Some(expected), Err(errors)) => {
            let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
            assert_eq!(&got, expected, "{name}: errors");
            assert!(
                case.checks.is_empty(),
                "{name}: checks on a broken calendar"
            );
            errors.into_iter().map(|e| e.problem).collect()
        }
        (Some(_), Ok(_)) => panic!("{name}: the calendar compiled, errors were expected"),
        (None, Err(errors)) => {
            let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{name}: {got:#?}")
        }
        (None, Ok(calendar)) => {
            assert!(!case.checks.is_empty(), "{name}: no checks");
            let booked: Booked = case
                .bookings
                .iter()
                .map(|b| Booking {
                    counter: calendar.counter(&b.counter).expect("booking counter"),
                    date: b.date.parse().expect("booking date"),
                    start: TimeOfDay::parse(&b.start).expect("booking start"),
                    minutes: b.minutes,
                })
                .collect();
            for (i, check) in case.checks.iter().enumerate() {
                let got = answer(&calendar, &booked, &check.query);
                assert_eq!(
                    got, check.expect,
                    "{name}: checks[{i}] {:?}\n got: {got}\nwant: {}",
                    check.query, check.expect
                );
            }
            Vec::new()
        }
    }
}

/// Every problem kind, by an exhaustive match: a new kind fails to compile here until it is
/// named, and then fails [`data_cases`] until a case file raises it.
fn kind(problem: &Problem) -> &'static str {
    match problem {
        Problem::Json { .. } => "Json",
        Problem::EmptyId => "EmptyId",
        Problem::Duplicate { .. } => "Duplicate",
        Problem::UnknownCounter { .. } => "UnknownCounter",
        Problem::UnknownTeam { .. } => "UnknownTeam",
        Problem::NoCounters => "NoCounters",
        Problem::EmptyList => "EmptyList",
        Problem::BadTime { .. } => "BadTime",
        Problem::BadInterval { .. } => "BadInterval",
        Problem::EndsBeforeStart { .. } => "EndsBeforeStart",
        Problem::Overlap { .. } => "Overlap",
        Problem::ZeroDuration => "ZeroDuration",
        Problem::DurationFitsNoInterval { .. } => "DurationFitsNoInterval",
        Problem::BadDate { .. } => "BadDate",
        Problem::ClosureEndsBeforeStart { .. } => "ClosureEndsBeforeStart",
        Problem::DaysAhead { .. } => "DaysAhead",
        Problem::TooManyCounters { .. } => "TooManyCounters",
    }
}

const KINDS: &[&str] = &[
    "Json",
    "EmptyId",
    "Duplicate",
    "UnknownCounter",
    "UnknownTeam",
    "NoCounters",
    "EmptyList",
    "BadTime",
    "BadInterval",
    "EndsBeforeStart",
    "Overlap",
    "ZeroDuration",
    "DurationFitsNoInterval",
    "BadDate",
    "ClosureEndsBeforeStart",
    "DaysAhead",
    // TooManyCounters: 65,536 counters make no readable case file; see `too_many_counters`.
];

#[test]
fn data_cases() {
    let mut seen = BTreeSet::new();
    let files = case_files();
    for path in &files {
        for problem in run_case(path) {
            seen.insert(kind(&problem));
        }
    }
    let missing: Vec<&&str> = KINDS.iter().filter(|k| !seen.contains(**k)).collect();
    assert!(missing.is_empty(), "no case raises {missing:?}");
    eprintln!("appointments: {} case files passed", files.len());
}

#[test]
fn too_many_counters() {
    let counters: Vec<Value> = (0..=u32::from(u16::MAX))
        .map(|i| json!({"id": format!("c{i}")}))
        .collect();
    let text = json!({
        "counters": counters,
        "services": [{"id": "s", "durationMinutes": 20, "counters": ["c0"]}],
        "openingHours": {"monday": ["08:00-12:00"]},
        "release": {"time": "07:00", "daysAhead": 28}
    })
    .to_string();
    let errors = Calendar::from_json(&text).expect_err("too many");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["/counters: 65536 counters; at most 65535 are supported"]
    );
}

/// The example in docs/APPOINTMENTS.md compiles and offers what the page says about it.
#[test]
fn documented_example_compiles() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/APPOINTMENTS.md");
    let text = std::fs::read_to_string(&path).expect("docs/APPOINTMENTS.md");
    let start = text.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + text[start..].find("```").expect("its end");
    let calendar = Calendar::from_json(&text[start..end]).unwrap_or_else(|e| {
        panic!(
            "{:#?}",
            e.iter().map(ToString::to_string).collect::<Vec<_>>()
        )
    });
    let now = datetime("2026-03-02T06:59:59");
    assert_eq!(calendar.bookable_until(now), date("2026-03-29"));
    let next = calendar.next_release(now);
    assert_eq!(
        (next.opens_at, next.date),
        (datetime("2026-03-02T07:00"), date("2026-03-30"))
    );
    let pickup = calendar.service("eat-pickup").expect("eat-pickup");
    let slots = calendar.free_slots(
        pickup,
        date("2026-03-02"),
        date("2026-03-02"),
        &Booked::default(),
    );
    assert_eq!(
        slots.len(),
        2 * 24,
        "two counters, 08:00-12:00 in 10 minutes"
    );
}

// ---------------------------------------------------------------------------------------------
// Properties on generated calendars, against an oracle that knows nothing of the walker.

/// Intervals of one day in minutes, sorted and disjoint.
type Day = Vec<(u16, u16)>;
/// A generated service: duration, counter indices, per weekday intervals.
type ServiceSpec = (u16, Vec<usize>, [Day; 7]);
/// A generated closure: first day, last day, counters (None: all), times (None: all day).
type ClosureSpec = (i64, i64, Option<Vec<usize>>, Option<Day>);

/// A generated world: the calendar document plus the same facts as plain numbers.
#[derive(Debug, Clone)]
struct World {
    counters: usize,
    services: Vec<ServiceSpec>,
    holidays: Vec<i64>,
    closures: Vec<ClosureSpec>,
    /// (counter, day, start, minutes).
    bookings: Vec<(usize, i64, u16, u16)>,
}

const DAY0: Date = jiff::civil::date(2028, 2, 21); // a Monday, the leap day in range
const DAYS: i64 = 21;

fn day(offset: i64) -> Date {
    DAY0.saturating_add(Span::new().days(offset))
}

fn hm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn interval_texts(list: &[(u16, u16)]) -> Vec<String> {
    list.iter()
        .map(|(a, b)| format!("{}-{}", hm(*a), hm(*b)))
        .collect()
}

/// Disjoint sorted intervals from sorted distinct cut points, taking every other gap.
fn intervals_from_cuts(mut cuts: Vec<u16>) -> Vec<(u16, u16)> {
    cuts.sort_unstable();
    cuts.dedup();
    cuts.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn week_strategy() -> impl Strategy<Value = [Vec<(u16, u16)>; 7]> {
    let day = proptest::collection::vec(6u16 * 60..20 * 60, 0..6).prop_map(intervals_from_cuts);
    proptest::array::uniform7(day).prop_map(|mut week| {
        // Every service fits at least Monday morning, as the compiler demands.
        week[0].retain(|&(a, _)| a >= 13 * 60);
        week[0].insert(0, (8 * 60, 12 * 60));
        week
    })
}

fn subset(n: usize) -> impl Strategy<Value = Vec<usize>> {
    proptest::collection::btree_set(0..n, 1..=n).prop_map(|s| s.into_iter().collect())
}

fn world_strategy() -> impl Strategy<Value = World> {
    (1usize..5).prop_flat_map(|n| {
        let service = (
            prop_oneof![
                Just(10u16),
                Just(15),
                Just(20),
                Just(25),
                Just(30),
                Just(45),
                1u16..=240
            ],
            subset(n),
            week_strategy(),
        );
        let closure = (
            0..DAYS,
            0i64..4,
            proptest::option::of(subset(n)),
            proptest::option::of(
                proptest::collection::vec(6u16 * 60..20 * 60, 2..5).prop_map(intervals_from_cuts),
            ),
        )
            .prop_map(|(from, len, counters, times)| {
                let times = times.filter(|t| !t.is_empty());
                (from, from + len, counters, times)
            });
        let booking = (0..n, 0..DAYS, 6u16 * 60..20 * 60, 1u16..=90);
        (
            Just(n),
            proptest::collection::vec(service, 1..3),
            proptest::collection::btree_set(0..DAYS, 0..4),
            proptest::collection::vec(closure, 0..3),
            proptest::collection::vec(booking, 0..60),
        )
            .prop_map(|(counters, services, holidays, closures, bookings)| World {
                counters,
                services,
                holidays: holidays.into_iter().collect(),
                closures,
                bookings,
            })
    })
}

impl World {
    fn doc(&self) -> CalendarDoc {
        let week = |w: &[Vec<(u16, u16)>; 7]| WeekDoc {
            monday: interval_texts(&w[0]),
            tuesday: interval_texts(&w[1]),
            wednesday: interval_texts(&w[2]),
            thursday: interval_texts(&w[3]),
            friday: interval_texts(&w[4]),
            saturday: interval_texts(&w[5]),
            sunday: interval_texts(&w[6]),
        };
        let ids = |cs: &[usize]| cs.iter().map(|c| format!("c{c}")).collect::<Vec<_>>();
        CalendarDoc {
            counters: (0..self.counters)
                .map(|i| CounterDoc {
                    id: format!("c{i}"),
                    team: None,
                })
                .collect(),
            services: self
                .services
                .iter()
                .enumerate()
                .map(|(i, (duration, counters, hours))| ServiceDoc {
                    id: format!("s{i}"),
                    duration_minutes: u32::from(*duration),
                    counters: Some(ids(counters)),
                    teams: None,
                    opening_hours: Some(week(hours)),
                })
                .collect(),
            // Never used: every service has its own hours (the office's are tested in files).
            opening_hours: WeekDoc::default(),
            holidays: self.holidays.iter().map(|d| day(*d).to_string()).collect(),
            closures: self
                .closures
                .iter()
                .map(|(from, to, counters, times)| ClosureDoc {
                    from: day(*from).to_string(),
                    to: Some(day(*to).to_string()),
                    counters: counters.as_deref().map(ids),
                    teams: None,
                    times: times.as_deref().map(interval_texts),
                    reason: None,
                })
                .collect(),
            release: ReleaseDoc {
                time: "07:00".into(),
                days_ahead: 28,
            },
        }
    }

    fn closed(&self, counter: usize, d: i64, start: u16, end: u16) -> bool {
        self.holidays.contains(&d)
            || self.closures.iter().any(|(from, to, counters, times)| {
                (*from..=*to).contains(&d)
                    && counters.as_ref().is_none_or(|cs| cs.contains(&counter))
                    && times
                        .as_ref()
                        .is_none_or(|ts| ts.iter().any(|(a, b)| *a < end && start < *b))
            })
    }

    fn booked(&self, counter: usize, d: i64, start: u16, end: u16) -> bool {
        self.bookings
            .iter()
            .any(|(c, bd, bs, bm)| *c == counter && *bd == d && *bs < end && start < *bs + *bm)
    }

    /// Every free slot of service `s` as (day, start, counter), in answer order, the slow way.
    fn oracle(&self, s: usize, with_bookings: bool) -> Vec<(i64, u16, usize)> {
        let (duration, counters, hours) = &self.services[s];
        let mut out = Vec::new();
        for d in 0..DAYS {
            let weekday = day(d).weekday().to_monday_zero_offset() as usize;
            let mut starts = Vec::new();
            for (a, b) in &hours[weekday] {
                let mut t = *a;
                while t + duration <= *b {
                    starts.push(t);
                    t += duration;
                }
            }
            for t in starts {
                for &c in counters {
                    let end = t + duration;
                    let taken = with_bookings && self.booked(c, d, t, end);
                    if !taken && !self.closed(c, d, t, end) {
                        out.push((d, t, c));
                    }
                }
            }
        }
        out
    }
}

fn as_tuple(calendar: &Calendar, slot: Slot) -> (i64, u16, usize) {
    let d = i64::from(DAY0.until(slot.date).expect("days").get_days());
    let c: usize = calendar.counter_id(slot.counter)[1..]
        .parse()
        .expect("c<i>");
    (d, slot.start.minutes(), c)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// free_slots equals the oracle: nothing overlaps a booking, a closure or a holiday, or
    /// leaves its opening interval, nothing is missing, the order is the answer order; every
    /// slot passes slot_is_valid and slot_is_free; next_free_slots is a prefix of the rest.
    #[test]
    fn slots_match_the_oracle(world in world_strategy(), probe in 0usize..1000, limit in 0usize..12) {
        let calendar = Calendar::compile(&world.doc())
            .unwrap_or_else(|e| panic!("{:?}", e.iter().map(ToString::to_string).collect::<Vec<_>>()));
        let booked: Booked = world
            .bookings
            .iter()
            .map(|(c, d, s, m)| Booking {
                counter: calendar.counter(&format!("c{c}")).expect("counter"),
                date: day(*d),
                start: TimeOfDay::new(*s).expect("start"),
                minutes: *m,
            })
            .collect();
        let empty = Booked::default();
        for (i, service) in calendar.services().iter().enumerate() {
            let free = calendar.free_slots(service, day(0), day(DAYS - 1), &booked);
            let got: Vec<_> = free.iter().map(|s| as_tuple(&calendar, *s)).collect();
            prop_assert_eq!(&got, &world.oracle(i, true));
            for slot in &free {
                prop_assert!(calendar.slot_is_valid(service, *slot));
                prop_assert!(calendar.slot_is_free(service, *slot, &booked));
            }
            // Valid exactly on the oracle's slots without bookings: probe a day's every minute
            // for one counter (chosen by `probe`).
            let unbooked: BTreeSet<_> = world.oracle(i, false).into_iter().collect();
            let d = (probe as i64) % DAYS;
            let counter = probe % world.counters;
            for minute in 0..24 * 60 {
                let slot = Slot {
                    date: day(d),
                    start: TimeOfDay::new(minute).expect("minute"),
                    counter: calendar.counter(&format!("c{counter}")).expect("counter"),
                };
                prop_assert_eq!(
                    calendar.slot_is_valid(service, slot),
                    unbooked.contains(&(d, minute, counter)),
                    "slot_is_valid {:?}", slot
                );
                prop_assert_eq!(
                    calendar.slot_is_free(service, slot, &booked),
                    unbooked.contains(&(d, minute, counter)) && !world.booked(counter, d, minute, minute + service.duration_minutes()),
                    "slot_is_free {:?}", slot
                );
            }
            prop_assert_eq!(
                calendar.free_slots(service, day(0), day(DAYS - 1), &empty).len(),
                unbooked.len()
            );
            // The next `limit` free slots from a moment inside the range: the free slots
            // starting then or later, cut at `limit`.
            let after = day(d).to_datetime(jiff::civil::time((probe % 24) as i8, (probe % 60) as i8, (probe % 2) as i8, 0));
            let next = calendar.next_free_slots(service, after, day(DAYS - 1), limit, &booked);
            let want: Vec<Slot> = free
                .iter()
                .copied()
                .filter(|s| s.start_datetime() >= after)
                .take(limit)
                .collect();
            prop_assert_eq!(next, want);
        }
    }

    /// Bookings in any order and with any overlaps give the same lookup.
    #[test]
    fn booked_ignores_order(world in world_strategy(), seed in any::<u64>()) {
        let calendar = Calendar::compile(&world.doc()).expect("compiles");
        let bookings: Vec<Booking> = world
            .bookings
            .iter()
            .map(|(c, d, s, m)| Booking {
                counter: calendar.counter(&format!("c{c}")).expect("counter"),
                date: day(*d),
                start: TimeOfDay::new(*s).expect("start"),
                minutes: *m,
            })
            .collect();
        let mut shuffled = bookings.clone();
        let len = shuffled.len();
        if len > 1 {
            let mut x = seed | 1;
            for i in (1..len).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                shuffled.swap(i, (x % (i as u64 + 1)) as usize);
            }
        }
        let service = &calendar.services()[0];
        prop_assert_eq!(
            calendar.free_slots(service, day(0), day(DAYS - 1), &Booked::new(bookings)),
            calendar.free_slots(service, day(0), day(DAYS - 1), &Booked::new(shuffled))
        );
    }
}
