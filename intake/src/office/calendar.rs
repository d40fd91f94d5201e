//! `pforte office calendar check|show|publish|close` (docs/APPOINTMENTS.md, "Changing the
//! calendar"): the office changes services, counters, hours and closures while the server
//! runs. Every change is checked here first with the engine's compiler (every problem
//! listed), then published through the office API; the server checks it again.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use pforte_engine::appointments::Calendar;
use serde_json::{json, Map, Value};

use super::Client;
use crate::cli::{CalendarCloseArgs, CalendarCommand};
use crate::server::calendar::{CalendarVersion, Publication};

pub fn run(command: CalendarCommand) -> anyhow::Result<ExitCode> {
    match command {
        CalendarCommand::Check(args) => check(&args.file, args.date.as_deref()),
        CalendarCommand::Show(args) => {
            let current = Client::new(&args.server)?.calendar()?;
            eprintln!(
                "version {}, published {} by {}",
                current.version, current.published_at, current.published_by
            );
            println!("{}", current.text.trim_end());
            Ok(ExitCode::SUCCESS)
        }
        CalendarCommand::Publish(args) => {
            let text = std::fs::read_to_string(&args.file)
                .with_context(|| format!("{}: cannot read", args.file.display()))?;
            if compiled(&text, &args.file.display().to_string(), NOT_PUBLISHED).is_none() {
                return Ok(ExitCode::from(1));
            }
            let client = Client::new(&args.server)?;
            report(&client.publish_calendar(&text, None)?);
            Ok(ExitCode::SUCCESS)
        }
        CalendarCommand::Close(args) => close(&args),
    }
}

/// The calendar `text` compiles to, or `None` after every problem is printed (prefixed with
/// `origin`) and a last line saying how many and what `follows` from them.
fn compiled(text: &str, origin: &str, follows: &str) -> Option<Calendar> {
    match crate::server::calendar::compile(text) {
        Ok(calendar) => Some(calendar),
        Err(problems) => {
            for problem in &problems {
                eprintln!("{origin}: {problem}");
            }
            eprintln!("{} problem(s); {follows}", problems.len());
            None
        }
    }
}

/// What a refused publication does not do.
const NOT_PUBLISHED: &str = "nothing was published";

fn report(publication: &Publication) {
    if publication.changed {
        eprintln!(
            "published as version {}; in force in every intake process within a second",
            publication.version
        );
    } else {
        eprintln!(
            "version {} in force already has exactly this text; nothing changed",
            publication.version
        );
    }
    if publication.affected.is_empty() {
        return;
    }
    eprintln!(
        "{} booked appointment(s) have no slot in this calendar; they stay booked, so tell \
         the people and cancel or move them:",
        publication.affected.len()
    );
    for a in &publication.affected {
        println!(
            "{}  {}  {:>3} min  {:<6} {:<28} {}  {}",
            a.date,
            a.start,
            a.minutes,
            a.counter,
            a.service,
            a.reference.as_deref().unwrap_or("-"),
            a.id
        );
    }
}

/// The closure `args` describe, as the calendar writes it.
fn closure(args: &CalendarCloseArgs) -> Value {
    let mut closure = Map::new();
    closure.insert("from".into(), json!(args.from));
    if let Some(to) = &args.to {
        closure.insert("to".into(), json!(to));
    }
    if !args.counters.is_empty() {
        closure.insert("counters".into(), json!(args.counters));
    }
    if !args.teams.is_empty() {
        closure.insert("teams".into(), json!(args.teams));
    }
    if !args.times.is_empty() {
        closure.insert("times".into(), json!(args.times));
    }
    if let Some(reason) = &args.reason {
        closure.insert("reason".into(), json!(reason));
    }
    Value::Object(closure)
}

/// `close`: the calendar in force with one more closure, published only if nobody published
/// another version in between (`expect`).
fn close(args: &CalendarCloseArgs) -> anyhow::Result<ExitCode> {
    let client = Client::new(&args.server)?;
    let current = client.calendar()?;
    let mut calendar: Value = serde_json::from_str(&current.text)
        .context("the calendar in force is not JSON (the server should have refused it)")?;
    let Some(object) = calendar.as_object_mut() else {
        bail!("the calendar in force is not a JSON object");
    };
    let closures = object
        .entry("closures")
        .or_insert_with(|| Value::Array(Vec::new()));
    let Some(closures) = closures.as_array_mut() else {
        bail!("the calendar in force has \"closures\" that is not a list");
    };
    closures.push(closure(args));
    let text = serde_json::to_string_pretty(&calendar)? + "\n";
    if compiled(&text, "the closure", NOT_PUBLISHED).is_none() {
        return Ok(ExitCode::from(1));
    }
    report(&client.publish_calendar(&text, Some(current.version))?);
    Ok(ExitCode::SUCCESS)
}

impl Client {
    /// `GET /office/calendar`.
    pub fn calendar(&self) -> anyhow::Result<CalendarVersion> {
        let url = self.url("calendar");
        self.json(self.agent.get(&url), &url)
    }

    /// `PUT /office/calendar[?expect=N]`.
    pub fn publish_calendar(&self, text: &str, expect: Option<i64>) -> anyhow::Result<Publication> {
        let url = self.url("calendar");
        let mut request = self
            .agent
            .put(&url)
            .header("Authorization", &format!("Bearer {}", self.token))
            .header("Content-Type", "application/json");
        if let Some(expect) = expect {
            request = request.query("expect", expect.to_string());
        }
        let response = request
            .send(text)
            .with_context(|| format!("{url}: no answer"))?;
        let mut response = self.check(&url, response)?;
        let body = response.body_mut().read_to_string()?;
        serde_json::from_str(&body).with_context(|| format!("{url}: unexpected answer"))
    }
}

/// `pforte office calendar check FILE [--date D]`.
fn check(file: &Path, date: Option<&str>) -> anyhow::Result<ExitCode> {
    use pforte_engine::appointments::Booked;
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("{}: cannot read", file.display()))?;
    let Some(calendar) = compiled(
        &text,
        &file.display().to_string(),
        "the server would not start with it",
    ) else {
        return Ok(ExitCode::from(1));
    };
    println!(
        "{}: {} counters, {} services, the calendar is valid",
        file.display(),
        calendar.counters().len(),
        calendar.services().len()
    );
    if let Some(date) = date {
        let day: jiff::civil::Date = date
            .parse()
            .with_context(|| format!("{date:?} is not a date (YYYY-MM-DD)"))?;
        let none = Booked::default();
        for service in calendar.services() {
            let slots = calendar.free_slots(service, day, day, &none);
            let mut per_counter = std::collections::BTreeMap::<&str, usize>::new();
            for slot in &slots {
                *per_counter
                    .entry(calendar.counter_id(slot.counter))
                    .or_default() += 1;
            }
            let counters: Vec<String> = per_counter
                .iter()
                .map(|(c, n)| format!("{c} {n}"))
                .collect();
            println!(
                "{date}  {:<28} {:>4} slots of {} min  ({})",
                service.id(),
                slots.len(),
                service.duration_minutes(),
                if counters.is_empty() {
                    "closed".to_string()
                } else {
                    counters.join(", ")
                }
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
