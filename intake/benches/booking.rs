//! The booking budgets (issue #5), run by `cargo xtask bench`:
//!
//! - the free-time query for a 90-day horizon with 12 counters, p99 (budget ≤ 5 ms),
//! - the booking endpoint under load from loopback clients, requests/s and p99 (budget
//!   ≥ 1,000 requests/s with p99 ≤ 50 ms on SQLite, on the 2-core machine).
//!
//! The server runs in this process on a real loopback socket (the same `app_with` as `pforte
//! serve`). Every request comes from its own source address in 127.0.0.0/8 and its own
//! applicant (reference and status code, inserted into the database beforehand), as
//! thousands of people would: one client address or one person is rate-limited long before
//! the budget's load, which is the point of the limits.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use pforte_engine::appointments::api::FreeTimes;
use pforte_engine::submission::{reference, status_secret};
use pforte_intake::config::ServeConfig;
use pforte_intake::server::{app_with, AppState};
use pforte_testkit::{client, post_from as post};

/// Twelve counters, one 10-minute service at all of them, weekdays 08:00–12:00 and
/// 13:00–18:00, 90 days released.
const CALENDAR: &str = r#"{
  "counters": [
    {"id": "c01"}, {"id": "c02"}, {"id": "c03"}, {"id": "c04"}, {"id": "c05"}, {"id": "c06"},
    {"id": "c07"}, {"id": "c08"}, {"id": "c09"}, {"id": "c10"}, {"id": "c11"}, {"id": "c12"}
  ],
  "services": [{"id": "pickup", "durationMinutes": 10,
    "counters": ["c01","c02","c03","c04","c05","c06","c07","c08","c09","c10","c11","c12"]}],
  "openingHours": {
    "monday": ["08:00-12:00", "13:00-18:00"], "tuesday": ["08:00-12:00", "13:00-18:00"],
    "wednesday": ["08:00-12:00", "13:00-18:00"], "thursday": ["08:00-12:00", "13:00-18:00"],
    "friday": ["08:00-12:00", "13:00-18:00"]
  },
  "holidays": [], "closures": [],
  "release": {"time": "00:00", "daysAhead": 90}
}"#;

const QUERIES: usize = 300;
const BOOKINGS: usize = 4_000;
/// Requests per second offered to the booking endpoint.
const RATE: f64 = 1_000.0;
/// Clients in the capacity run.
const CONCURRENCY: usize = 16;

fn applicant(n: usize) -> (String, String) {
    (
        reference::encode(0x20_0000_0000 + n as u64),
        status_secret::encode(n as u128 * 104_729 + 17),
    )
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let at = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[at].as_secs_f64() * 1000.0
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let calendar = dir.path().join("calendar.json");
    std::fs::write(&calendar, CALENDAR).expect("calendar");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/server");
    // `cargo xtask bench booking` runs this twice: on SQLite, then with PFORTE_BENCH_POSTGRES
    // set to an empty PostgreSQL database.
    let database_url = std::env::var("PFORTE_BENCH_POSTGRES").ok();
    println!(
        "\nbooking on {}",
        if database_url.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
    let config = ServeConfig {
        calendar: Some(calendar),
        database_url,
        ..ServeConfig::with_folders(
            root.join("dist"),
            root.join("forms"),
            root.join("locales"),
            dir.path().join("data"),
        )
    };
    let state = Arc::new(AppState::load(&config).await.expect("the server loads"));
    let people = QUERIES + 2 * BOOKINGS;
    let mut tx = state.db.begin().await.expect("transaction");
    for n in 0..people {
        let (reference, code) = applicant(n);
        let canonical = status_secret::normalize(&code).expect("a code");
        sqlx::query(
            "INSERT INTO submissions (id, form_id, form_version, announce, created_at, state, \
             reference, submitted_at, status_secret_sha256) \
             VALUES ($1, 'bench', '1.0.0', '{}', 0, 'submitted', $2, 0, $3)",
        )
        .bind(format!("bench-{n}"))
        .bind(&reference)
        .bind(status_secret::digest(&canonical))
        .execute(&mut *tx)
        .await
        .expect("an applicant");
    }
    tx.commit().await.expect("commit");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let server = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(
            listener,
            app_with(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
    });

    // The free-time query, one request at a time.
    let mut latencies = Vec::with_capacity(QUERIES);
    let mut times = Vec::new();
    let mut size = 0;
    for n in 0..QUERIES {
        let (reference, code) = applicant(n);
        let body = format!(r#"{{"service":"pickup","reference":"{reference}","secret":"{code}"}}"#);
        let start = Instant::now();
        let (status, answer) = post(server, client(n), "/api/v1/appointments/slots", &body).await;
        latencies.push(start.elapsed());
        assert_eq!(status, 200, "{answer}");
        if n == 0 {
            size = answer.len();
            let free: FreeTimes = serde_json::from_str(&answer).expect("free times");
            times = free
                .days
                .iter()
                .flat_map(|day| {
                    day.times
                        .iter()
                        .map(|start| (day.date.clone(), start.clone()))
                })
                .collect();
        }
    }
    latencies.sort();
    println!(
        "free times, 90 days x 12 counters ({} times, {} KB answer), {QUERIES} queries one at a time: \
         p50 {:.2} ms, p99 {:.2} ms (budget p99 <= 5 ms)",
        times.len(),
        size / 1000,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );

    // Bookings, open loop: a new request every millisecond (1,000/s offered), each another
    // person at another address, whatever the answers before took.
    let times = Arc::new(times);
    let book = move |i: usize| {
        let times = Arc::clone(&times);
        async move {
            let n = QUERIES + i;
            let (reference, code) = applicant(n);
            // Spread over the horizon; neighbours collide now and then, as people do.
            let time = &times[(i * 7919) % times.len()];
            let body = format!(
                r#"{{"service":"pickup","date":"{}","start":"{}","reference":"{reference}","secret":"{code}"}}"#,
                time.0, time.1
            );
            let began = Instant::now();
            let (status, answer) = post(server, client(n), "/api/v1/appointments", &body).await;
            assert!(matches!(status, 201 | 409), "{status}: {answer}");
            (began.elapsed(), status)
        }
    };
    let offered = Duration::from_secs_f64(1.0 / RATE);
    let mut tick = tokio::time::interval(offered);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let start = Instant::now();
    let mut running = Vec::with_capacity(BOOKINGS);
    for i in 0..BOOKINGS {
        tick.tick().await;
        running.push(tokio::spawn(book(i)));
    }
    let mut all = Vec::with_capacity(BOOKINGS);
    for request in running {
        all.push(request.await.expect("a request"));
    }
    let elapsed = start.elapsed().as_secs_f64();
    let booked = all.iter().filter(|(_, s)| *s == 201).count();
    let mut latencies: Vec<Duration> = all.into_iter().map(|(d, _)| d).collect();
    latencies.sort();
    println!(
        "booking, {BOOKINGS} requests offered at {RATE:.0}/s from loopback (a new connection, person \
         and address each): {:.0} requests/s done, p50 {:.1} ms, p99 {:.1} ms, {booked} booked, \
         {} taken (budget >= 1000/s with p99 <= 50 ms)",
        BOOKINGS as f64 / elapsed,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        BOOKINGS - booked
    );

    // Capacity, closed loop: CONCURRENCY clients, each sending its next request when the last
    // was answered, with the rest of the people.
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(BOOKINGS));
    let start = Instant::now();
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (next, book) = (Arc::clone(&next), book.clone());
            tokio::spawn(async move {
                let mut done = 0usize;
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= 2 * BOOKINGS {
                        break done;
                    }
                    book(i).await;
                    done += 1;
                }
            })
        })
        .collect();
    let mut done = 0;
    for worker in workers {
        done += worker.await.expect("a worker");
    }
    println!(
        "booking capacity, {CONCURRENCY} clients one request after another: {:.0} requests/s",
        done as f64 / start.elapsed().as_secs_f64()
    );
}
