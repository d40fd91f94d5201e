//! Appointment booking (docs/APPOINTMENTS.md, "Booking"): the services, the free times for
//! someone who proved who they are, booking with a cancel token and an `.ics` file,
//! cancelling, and the office's day list and audit.
//!
//! The calendar and the slot arithmetic are the engine's (`pforte_engine::appointments`);
//! here are time (the office's zone), the database and the rules against scalping:
//!
//! - **Who books is proven**, never claimed: today by a submitted application's reference and
//!   status code ([`status::identify`], with its guess limits). One open booking per person
//!   and service, held by a unique index.
//! - **No cheap polling**: free times are only answered to a proven person, within the
//!   per-client limit; the public list of services says only when the next batch opens.
//! - **Batches**: only slots up to the calendar's `bookable_until(now)` can be seen or booked.
//! - **No double booking**: bookings are checked and inserted one at a time (a mutex; one
//!   SQLite writer anyway), and a unique index on (counter, date, start) backs it. A taken time
//!   answers 409 with the next free times.
//! - **Audit**: every booking, cancellation and refusal is appended per person.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use jiff::civil::{Date, DateTime};
use pforte_engine::appointments::api::{
    BookedAppointment, FreeDay, FreeTime, FreeTimes, NextBatch, Offer, Offers,
};
use pforte_engine::appointments::{Booked, Booking, Calendar, Service, Slot, TimeOfDay};
use serde::Deserialize;
use serde_json::{json, Value};

use super::calendar::{self, InForce, Published};
use super::contact;
use super::db::now;
use super::error::ApiError;
use super::limits::ClientAddr;
use super::precompressed::sha256_hex;
use super::status;
use super::submissions::parse_json;
use super::AppState;
use crate::error::StartError;

/// How many next free times a "taken" answer offers.
const NEXT_FREE: usize = 5;

/// The booking side of the server: the office's time zone and the calendar in force.
pub struct Appointments {
    zone: jiff::tz::TimeZone,
    /// The newest published calendar (see [`calendar`]).
    in_force: InForce,
    /// Check-and-insert of bookings, one at a time.
    booking: tokio::sync::Mutex<()>,
    /// The office's relay, for one-time codes (booking without an application).
    pub mail: Option<crate::mail::Relay>,
}

impl std::fmt::Debug for Appointments {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Appointments")
    }
}

impl Appointments {
    /// Booking in the office's time zone; with `--calendar FILE`, that file is published
    /// first if it is new (every problem in it stops the start).
    pub async fn start(
        db: &sqlx::AnyPool,
        file: Option<&std::path::Path>,
        zone: &str,
        mail: Option<crate::mail::Relay>,
    ) -> Result<Appointments, StartError> {
        let zone = jiff::tz::TimeZone::get(zone)
            .map_err(|err| StartError::Calendar(format!("time zone {zone:?}: {err}")))?;
        if let Some(path) = file {
            calendar::publish_file(db, path).await?;
        }
        Ok(Appointments {
            zone,
            in_force: InForce::default(),
            booking: tokio::sync::Mutex::new(()),
            mail,
        })
    }

    /// Now, on the office's wall clock.
    fn now(&self) -> DateTime {
        jiff::Timestamp::now()
            .to_zoned_datetime(self.zone.clone())
            .datetime()
    }

    /// Today's date in the office (YYYY-MM-DD).
    pub fn today(&self) -> String {
        self.now().date().to_string()
    }

    /// The calendar in force; 503 `no-booking` when none has been published.
    pub async fn calendar(&self, db: &sqlx::AnyPool) -> Result<Arc<Published>, ApiError> {
        self.in_force.get(db).await
    }

    /// Use the newest calendar from the next request on (this process just published one).
    pub fn forget_calendar(&self) {
        self.in_force.forget();
    }

    /// A slot's start as a UTC timestamp (for the `.ics`).
    fn instant(&self, slot: Slot) -> Result<jiff::Timestamp, ApiError> {
        slot.start_datetime()
            .to_zoned_datetime(self.zone.clone())
            .map(|zoned| zoned.timestamp())
            .map_err(ApiError::internal)
    }
}

fn service<'c>(calendar: &'c Calendar, id: &str) -> Result<&'c Service, ApiError> {
    calendar
        .service(id)
        .ok_or_else(|| ApiError::NotFound(format!("no service {id:?}")))
}

/// The booking routes; merged into the app by [`super::app`].
pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/appointments/services", get(services))
        .route("/api/v1/appointments/slots", post(slots))
        .route("/api/v1/appointments", post(book))
        .route("/api/v1/appointments/{id}/cancel", post(cancel))
}

/// `GET /appointments/services`: what can be booked and when the next batch opens; no slots.
#[utoipa::path(
    get,
    path = "/api/v1/appointments/services",
    tag = "appointments",
    summary = "What can be booked, and when the next batch opens",
    responses((status = 200, description = "Services (no slots)", body = pforte_engine::appointments::api::Offers), (status = 503, description = "No online booking", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn services(State(state): State<Arc<AppState>>) -> Result<Json<Offers>, ApiError> {
    let booking = &state.appointments;
    let published = booking.calendar(&state.db).await?;
    let calendar = &published.calendar;
    let now = booking.now();
    let services = calendar
        .services()
        .iter()
        .map(|service| Offer {
            id: service.id().to_string(),
            duration_minutes: service.duration_minutes(),
            next_release: calendar.next_release_for(service, now).map(|r| NextBatch {
                opens_at: r.opens_at.to_string(),
                date: r.date.to_string(),
            }),
        })
        .collect();
    Ok(Json(Offers {
        services,
        bookable_until: calendar.bookable_until(now).to_string(),
        email_proof: booking.mail.is_some(),
    }))
}

/// Who asks, proven: a submitted application's reference and status code, or an email
/// address's check and one-time code (`POST /api/v1/appointments/contact`).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Proof {
    reference: Option<String>,
    secret: Option<String>,
    check: Option<String>,
    code: Option<String>,
}

/// A proven person: the digest the booking rules count, and what the booking keeps.
struct Asker {
    person: String,
    reference: Option<String>,
    contact_jwe: Option<String>,
}

async fn asker(state: &AppState, client: ClientAddr, proof: &Proof) -> Result<Asker, ApiError> {
    match proof {
        Proof {
            reference: Some(reference),
            secret: Some(secret),
            check: None,
            code: None,
        } => {
            let case = status::identify(state, client, reference, secret).await?;
            Ok(Asker {
                person: person(&case.reference),
                reference: Some(case.reference),
                contact_jwe: None,
            })
        }
        Proof {
            reference: None,
            secret: None,
            check: Some(check),
            code: Some(code),
        } => {
            let proven = contact::verify(state, client, check, code).await?;
            Ok(Asker {
                person: proven.person,
                reference: None,
                contact_jwe: Some(proven.contact_jwe),
            })
        }
        _ => Err(ApiError::BadRequest(
            "prove who you are with reference and secret, or with check and code".into(),
        )),
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct SlotsRequest {
    service: String,
    #[serde(flatten)]
    proof: Proof,
}

fn free_time(slot: Slot) -> FreeTime {
    FreeTime {
        date: slot.date.to_string(),
        start: slot.start.to_string(),
    }
}

/// The person behind a proof, as stored: SHA-256 of `reference:<reference>` (the office's
/// audit query computes the same).
pub fn person(reference: &str) -> String {
    sha256_hex(format!("reference:{reference}").as_bytes())
}

/// The open bookings from `from` to `to` (inclusive), as the engine reads them.
async fn booked(
    state: &AppState,
    calendar: &Calendar,
    from: Date,
    to: Date,
) -> Result<Booked, ApiError> {
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT counter, date, start, minutes FROM bookings \
         WHERE state = 'booked' AND date >= $1 AND date <= $2",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(&state.db)
    .await?;
    Ok(Booked::new(rows.into_iter().filter_map(
        |(counter, date, start, minutes)| {
            Some(Booking {
                counter: calendar.counter(&counter)?,
                date: date.parse().ok()?,
                start: TimeOfDay::new(u16::try_from(start).ok()?)?,
                minutes: u16::try_from(minutes).ok()?,
            })
        },
    )))
}

/// The free times of `service` from now to the end of the released batches, by day, one per
/// time (whichever counter is free). Slots come in (date, start, counter) order, so a time
/// free at several counters is formatted once.
async fn free_days(
    state: &AppState,
    booking: &Appointments,
    calendar: &Calendar,
    service: &Service,
) -> Result<Vec<FreeDay>, ApiError> {
    let now = booking.now();
    let until = calendar.bookable_until(now);
    let taken = booked(state, calendar, now.date(), until).await?;
    let mut days: Vec<FreeDay> = Vec::new();
    let mut last = None;
    for slot in calendar.next_free_slots(service, now, until, usize::MAX, &taken) {
        if last == Some((slot.date, slot.start)) {
            continue;
        }
        let new_day = last.is_none_or(|(date, _)| date != slot.date);
        last = Some((slot.date, slot.start));
        match days.last_mut() {
            Some(day) if !new_day => day.times.push(slot.start.to_string()),
            _ => days.push(FreeDay {
                date: slot.date.to_string(),
                times: vec![slot.start.to_string()],
            }),
        }
    }
    Ok(days)
}

/// `POST /appointments/slots` with the service and a proof: the free times.
#[utoipa::path(
    post,
    path = "/api/v1/appointments/slots",
    tag = "appointments",
    summary = "A service's free times, for a proven applicant",
    request_body = SlotsRequest,
    responses((status = 200, description = "Free times by day", body = pforte_engine::appointments::api::FreeTimes), (status = 404, description = "Unknown service, or failed proof", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No online booking", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn slots(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<Json<FreeTimes>, ApiError> {
    let booking = &state.appointments;
    let published = booking.calendar(&state.db).await?;
    let calendar = &published.calendar;
    let asked: SlotsRequest = parse_json(&body)?;
    let service = service(calendar, &asked.service)?;
    asker(&state, client, &asked.proof).await?;
    let days = free_days(&state, booking, calendar, service).await?;
    Ok(Json(FreeTimes {
        service: service.id().to_string(),
        days,
        bookable_until: calendar.bookable_until(booking.now()).to_string(),
    }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct BookRequest {
    service: String,
    /// YYYY-MM-DD.
    date: String,
    /// HH:MM.
    start: String,
    #[serde(flatten)]
    proof: Proof,
}

async fn audit(
    db: impl sqlx::Executor<'_, Database = sqlx::Any>,
    person: &str,
    action: &str,
    booking_id: Option<&str>,
    service: &str,
) -> Result<(), ApiError> {
    sqlx::query(
        "INSERT INTO booking_audit (person_sha256, at, action, booking_id, service) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(person)
    .bind(now())
    .bind(action)
    .bind(booking_id)
    .bind(service)
    .execute(db)
    .await?;
    Ok(())
}

/// A unique index's refusal: the message and the index's name (PostgreSQL names the index,
/// SQLite only its columns in the message), for telling the two indexes of `bookings` apart.
fn unique_violation(err: &sqlx::Error) -> Option<String> {
    let db = err.as_database_error()?;
    db.is_unique_violation()
        .then(|| format!("{} {}", db.message(), db.constraint().unwrap_or_default()))
}

/// `POST /appointments` with service, date, start and a proof: 201 with the booking; 409
/// `slot-taken` with the next free times; 409 `already-booked`; 422 `not-a-slot`.
#[utoipa::path(
    post,
    path = "/api/v1/appointments",
    tag = "appointments",
    summary = "Book a free time",
    request_body = BookRequest,
    responses((status = 201, description = "Booked, with the cancel token and the .ics", body = pforte_engine::appointments::api::BookedAppointment), (status = 404, description = "Unknown service, or failed proof", body = crate::server::openapi::ErrorBody), (status = 409, description = "Taken (nextFree lists the next free times), or one open booking per person and service", body = crate::server::openapi::ErrorBody), (status = 422, description = "Not a slot of the released calendar", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody), (status = 503, description = "No online booking", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn book(
    State(state): State<Arc<AppState>>,
    client: ClientAddr,
    body: Bytes,
) -> Result<(StatusCode, Json<BookedAppointment>), ApiError> {
    let booking = &state.appointments;
    let published = booking.calendar(&state.db).await?;
    let calendar = &published.calendar;
    let asked: BookRequest = parse_json(&body)?;
    let service = service(calendar, &asked.service)?;
    let asker = asker(&state, client, &asked.proof).await?;
    let who = asker.person.clone();
    let not_a_slot = || {
        ApiError::refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-a-slot",
            "there is no appointment at this time; ask for the free times",
        )
    };
    let date: Date = asked.date.parse().map_err(|_| not_a_slot())?;
    let start = TimeOfDay::parse(&asked.start).ok_or_else(not_a_slot)?;
    let now = booking.now();
    let in_batches =
        date <= calendar.bookable_until(now) && (date, start.to_time()) > (now.date(), now.time());
    if !in_batches {
        return Err(not_a_slot());
    }

    let _one_at_a_time = booking.booking.lock().await;
    let taken = booked(&state, calendar, date, date).await?;
    let chosen = service
        .counters()
        .iter()
        .map(|&counter| Slot {
            date,
            start,
            counter,
        })
        .filter(|&slot| calendar.slot_is_valid(service, slot))
        .find(|&slot| calendar.slot_is_free(service, slot, &taken));
    let valid_anywhere = service.counters().iter().any(|&counter| {
        calendar.slot_is_valid(
            service,
            Slot {
                date,
                start,
                counter,
            },
        )
    });
    if !valid_anywhere {
        return Err(not_a_slot());
    }
    let Some(slot) = chosen else {
        audit(&state.db, &who, "refused-taken", None, service.id()).await?;
        drop(_one_at_a_time);
        let until = calendar.bookable_until(now);
        let all = booked(&state, calendar, now.date(), until).await?;
        let mut next: Vec<FreeTime> = calendar
            .next_free_slots(
                service,
                now.max(slot_time(date, start)),
                until,
                NEXT_FREE * 12,
                &all,
            )
            .into_iter()
            .map(free_time)
            .collect();
        next.dedup();
        next.truncate(NEXT_FREE);
        return Err(ApiError::refused_with(
            StatusCode::CONFLICT,
            "slot-taken",
            "this time was just taken; here are the next free times",
            json!({ "nextFree": next }),
        ));
    };
    let id = super::db::uuid_v4()?;
    let token = crate::office::new_token().map_err(|err| ApiError::internal(err.to_string()))?;
    // The booking and its audit line: one transaction, one commit.
    let mut tx = state.db.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO bookings (id, service, counter, date, start, minutes, person_sha256, \
         reference, cancel_sha256, state, created_at, contact_jwe) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'booked', $10, $11)",
    )
    .bind(&id)
    .bind(service.id())
    .bind(calendar.counter_id(slot.counter))
    .bind(date.to_string())
    .bind(i64::from(start.minutes()))
    .bind(i64::from(service.duration_minutes()))
    .bind(&who)
    .bind(asker.reference.as_deref())
    .bind(sha256_hex(token.as_bytes()))
    .bind(super::db::now())
    .bind(asker.contact_jwe.as_deref())
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(err)
            if unique_violation(&err)
                .is_some_and(|m| m.contains("person_sha256") || m.contains("bookings_person")) =>
        {
            drop(tx);
            audit(&state.db, &who, "refused-one-open", None, service.id()).await?;
            let open: Option<(String, i64)> = sqlx::query_as(
                "SELECT date, start FROM bookings \
                 WHERE person_sha256 = $1 AND service = $2 AND state = 'booked'",
            )
            .bind(&who)
            .bind(service.id())
            .fetch_optional(&state.db)
            .await?;
            let open = open.and_then(|(date, start)| {
                Some(json!({"date": date, "start": TimeOfDay::new(u16::try_from(start).ok()?)?.to_string()}))
            });
            return Err(ApiError::refused_with(
                StatusCode::CONFLICT,
                "already-booked",
                "you already have an appointment for this service; cancel it to book another",
                json!({ "booking": open }),
            ));
        }
        Err(err) => return Err(err.into()),
    }
    audit(&mut *tx, &who, "booked", Some(&id), service.id()).await?;
    tx.commit().await?;
    drop(_one_at_a_time);
    let ics = ics(booking, &id, service, slot)?;
    tracing::info!(service = service.id(), date = %date, "appointment booked");
    Ok((
        StatusCode::CREATED,
        Json(BookedAppointment {
            id,
            service: service.id().to_string(),
            date: date.to_string(),
            start: start.to_string(),
            minutes: service.duration_minutes(),
            reference: asker.reference,
            cancel_token: token,
            ics,
        }),
    ))
}

fn slot_time(date: Date, start: TimeOfDay) -> DateTime {
    date.to_datetime(start.to_time())
}

/// The appointment as an iCalendar file (UTC times: valid without a VTIMEZONE).
fn ics(
    booking: &Appointments,
    id: &str,
    service: &Service,
    slot: Slot,
) -> Result<String, ApiError> {
    use icalendar::{Component, EventLike};
    let start = booking.instant(slot)?;
    let end = start
        .checked_add(jiff::SignedDuration::from_mins(i64::from(
            service.duration_minutes(),
        )))
        .map_err(ApiError::internal)?;
    let utc = |t: jiff::Timestamp| {
        chrono::DateTime::from_timestamp(t.as_second(), 0)
            .ok_or_else(|| ApiError::internal("time out of range"))
    };
    let event = icalendar::Event::new()
        .uid(&format!("{id}@pforte"))
        .summary(service.id())
        .starts(utc(start)?)
        .ends(utc(end)?)
        .done();
    Ok(icalendar::Calendar::new().push(event).done().to_string())
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct CancelRequest {
    token: String,
}

/// `POST /appointments/{id}/cancel` with the cancel token: 200; an unknown id and a wrong
/// token are the same 404.
#[utoipa::path(
    post,
    path = "/api/v1/appointments/{id}/cancel",
    tag = "appointments",
    summary = "Cancel with the cancel token",
    params(("id" = String, Path, description = "The booking id")),
    request_body = CancelRequest,
    responses((status = 200, description = "Cancelled", body = serde_json::Value), (status = 404, description = "Unknown id or wrong token (the same answer)", body = crate::server::openapi::ErrorBody), (status = 429, description = "Too many requests from this client (Retry-After: 60)", body = crate::server::openapi::ErrorBody))
)]
pub(crate) async fn cancel(
    State(state): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    client: ClientAddr,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    state.appointments.calendar(&state.db).await?;
    state.limits.proof_from(client)?;
    let asked: CancelRequest = parse_json(&body)?;
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT person_sha256, service, cancel_sha256 FROM bookings WHERE id = $1 AND state = 'booked'",
    )
    .bind(&id)
    .fetch_optional(&state.db)
    .await?;
    let not_found = || ApiError::NotFound("no open appointment with this id and token".into());
    let Some((who, service, stored)) = row else {
        return Err(not_found());
    };
    if stored != sha256_hex(asked.token.as_bytes()) {
        return Err(not_found());
    }
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE bookings SET state = 'cancelled', cancelled_at = $1 WHERE id = $2 AND state = 'booked'")
        .bind(now())
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    audit(&mut *tx, &who, "cancelled", Some(&id), &service).await?;
    tx.commit().await?;
    Ok(Json(json!({"id": id, "state": "cancelled"})))
}
