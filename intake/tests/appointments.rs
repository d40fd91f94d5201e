//! Appointment booking: the race over loopback (200 parallel connections on 20 slots, one
//! client address each); and through `oneshot`, one open booking per person and service,
//! proofs, cancelling with the token, the `.ics`, times off the grid or beyond the released
//! batches, the audit, the office's calendar changes and booking by email.

use std::net::SocketAddr;

use axum::http::{Method, StatusCode};
use axum::Router;
use pforte_engine::submission::{reference, status_secret};
use serde_json::{json, Value};

use crate::server::{test_server, TestServer};

/// Every day 08:00–12:00; "pickup" (20 min) only at counter c1, so one slot per time.
const CALENDAR: &str = r#"{
  "counters": [{"id": "c1", "team": "a"}, {"id": "c2", "team": "a"}],
  "services": [
    {"id": "pickup", "durationMinutes": 20, "counters": ["c1"]},
    {"id": "hand-in", "durationMinutes": 30, "teams": ["a"]}
  ],
  "openingHours": {
    "monday": ["08:00-12:00"], "tuesday": ["08:00-12:00"], "wednesday": ["08:00-12:00"],
    "thursday": ["08:00-12:00"], "friday": ["08:00-12:00"], "saturday": ["08:00-12:00"],
    "sunday": ["08:00-12:00"]
  },
  "holidays": [],
  "closures": [],
  "release": {"time": "00:00", "daysAhead": 14}
}"#;

type Office = TestServer;

const TOKEN: &str = "office-token-for-the-appointment-tests-42";

async fn office() -> Office {
    test_server(|dir, config| {
        let calendar = dir.join("calendar.json");
        std::fs::write(&calendar, CALENDAR).expect("calendar");
        config.calendar = Some(calendar);
    })
    .await
}

/// A submitted application `n` with its reference and status code (as the app would have
/// made them); returns (reference, code).
async fn applicant(office: &Office, n: u64) -> (String, String) {
    let reference = reference::encode(0x10_0000_0000 + n);
    let code = status_secret::encode(u128::from(n) * 7_919 + 1);
    let canonical = status_secret::normalize(&code).expect("a code");
    sqlx::query(
        "INSERT INTO submissions (id, form_id, form_version, announce, created_at, state, \
         reference, submitted_at, status_secret_sha256) \
         VALUES ($1, 'tiny', '1.0.0', '{}', 0, 'submitted', $2, 0, $3)",
    )
    .bind(format!("sid-{n}"))
    .bind(&reference)
    .bind(status_secret::digest(&canonical))
    .execute(&office.state.db)
    .await
    .expect("a submission");
    (reference, code)
}

/// POST JSON from client address 10.0.x.y (`client`), as a real connection would carry it.
async fn post(router: &Router, uri: &str, body: Value, client: u16) -> (StatusCode, Value) {
    let addr: SocketAddr = format!("10.0.{}.{}:40000", client / 250, client % 250 + 1)
        .parse()
        .expect("address");
    crate::server::call_from(router, Method::POST, uri, Some(body), addr, None).await
}

async fn free_times(
    office: &Office,
    service: &str,
    who: &(String, String),
    client: u16,
) -> Vec<Value> {
    let (status, body) = post(
        &office.router,
        "/api/v1/appointments/slots",
        json!({"service": service, "reference": who.0, "secret": who.1}),
        client,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Flattened: one {date, start} per free time.
    body["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|day| {
            day["times"]
                .as_array()
                .expect("times")
                .iter()
                .map(|start| json!({"date": day["date"], "start": start}))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn booking(service: &str, time: &Value, who: &(String, String)) -> Value {
    json!({"service": service, "date": time["date"], "start": time["start"],
           "reference": who.0, "secret": who.1})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_parallel_attempts_over_loopback_on_twenty_slots_give_twenty_bookings() {
    let office = office().await;
    let mut people = Vec::new();
    for n in 0..200 {
        people.push(applicant(&office, n).await);
    }
    let times = free_times(&office, "pickup", &people[0], 1000).await;
    assert!(times.len() >= 20, "{} free times", times.len());
    let wanted: Vec<Value> = times[..20].to_vec();
    // Over loopback: the server on a socket, each attempt a connection of its own from an
    // address of its own (127.1.x.y), as 200 people's phones would.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let server = listener.local_addr().expect("address");
    let app = office.router.clone();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
    });
    let attempts = people.iter().enumerate().map(|(n, who)| {
        let body = booking("pickup", &wanted[n % 20], who).to_string();
        tokio::spawn(async move {
            pforte_testkit::post_from(
                server,
                pforte_testkit::client(n),
                "/api/v1/appointments",
                &body,
            )
            .await
        })
    });
    let mut won = 0;
    let mut taken = 0;
    for attempt in attempts.collect::<Vec<_>>() {
        let (status, body) = attempt.await.expect("joins");
        let body: Value = serde_json::from_str(&body).unwrap_or_default();
        match status {
            201 => won += 1,
            409 => {
                assert_eq!(body["error"]["code"], "slot-taken", "{body}");
                let next = body["error"]["nextFree"]
                    .as_array()
                    .expect("next free times");
                assert!(!next.is_empty(), "a taken slot offers others: {body}");
                taken += 1;
            }
            other => panic!("{other}: {body}"),
        }
    }
    assert_eq!((won, taken), (20, 180));
    let (booked, distinct): (i64, i64) = sqlx::query_as(
        "SELECT count(*), count(DISTINCT counter || date || start) FROM bookings WHERE state = 'booked'",
    )
    .fetch_one(&office.state.db)
    .await
    .expect("counts");
    assert_eq!((booked, distinct), (20, 20), "no slot twice");
    // The twenty booked times are gone from the free list.
    let after = free_times(&office, "pickup", &people[0], 1001).await;
    assert!(wanted.iter().all(|t| !after.contains(t)));
}

#[tokio::test]
async fn one_open_booking_per_person_and_service_until_cancelled_with_the_token() {
    let office = office().await;
    let me = applicant(&office, 1).await;
    let times = free_times(&office, "hand-in", &me, 1).await;
    let (status, first) = post(
        &office.router,
        "/api/v1/appointments",
        booking("hand-in", &times[0], &me),
        1,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    assert_eq!(first["minutes"], 30);
    let ics = first["ics"].as_str().expect("an ics");
    assert!(
        ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"),
        "{ics}"
    );
    assert!(
        ics.lines()
            .any(|l| l.starts_with("DTSTART:") && l.trim_end().ends_with('Z')),
        "UTC times: {ics}"
    );

    let (status, second) = post(
        &office.router,
        "/api/v1/appointments",
        booking("hand-in", &times[3], &me),
        1,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(second["error"]["code"], "already-booked");
    assert_eq!(second["error"]["booking"]["start"], times[0]["start"]);
    // Another service is another booking.
    let pickup = free_times(&office, "pickup", &me, 1).await;
    let (status, _) = post(
        &office.router,
        "/api/v1/appointments",
        booking("pickup", &pickup[5], &me),
        1,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);

    let id = first["id"].as_str().expect("id");
    let cancel = format!("/api/v1/appointments/{id}/cancel");
    let (status, _) = post(&office.router, &cancel, json!({"token": "guessed"}), 2).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = post(
        &office.router,
        &cancel,
        json!({"token": first["cancelToken"]}),
        2,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = post(
        &office.router,
        &cancel,
        json!({"token": first["cancelToken"]}),
        2,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "cancelled once");
    let (status, body) = post(
        &office.router,
        "/api/v1/appointments",
        booking("hand-in", &times[3], &me),
        1,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "after cancelling, booking again: {body}"
    );

    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM booking_audit ORDER BY rowid")
            .fetch_all(&office.state.db)
            .await
            .expect("audit");
    assert_eq!(
        actions,
        [
            "booked",
            "refused-one-open",
            "booked",
            "cancelled",
            "booked"
        ]
    );
}

#[tokio::test]
async fn only_proven_people_see_times_and_only_real_released_times_can_be_booked() {
    let office = office().await;
    let me = applicant(&office, 1).await;
    let (status, services) = post(
        &office.router,
        "/api/v1/appointments/services",
        json!({}),
        1,
    )
    .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{services}");
    let listed = crate::server::get(&office.router, "/api/v1/appointments/services", &[]).await;
    assert_eq!(listed.status, StatusCode::OK);
    let listed = listed.json();
    assert_eq!(listed["services"][0]["id"], "pickup");
    assert!(
        listed.get("times").is_none() && !listed.to_string().contains("08:20"),
        "no slot data: {listed}"
    );

    let wrong = (me.0.clone(), status_secret::encode(424_242));
    let (status, _) = post(
        &office.router,
        "/api/v1/appointments/slots",
        json!({"service": "pickup", "reference": wrong.0, "secret": wrong.1}),
        3,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no times without a proof");

    let times = free_times(&office, "pickup", &me, 4).await;
    let last_date = times.last().expect("times")["date"]
        .as_str()
        .expect("date")
        .to_string();
    let bookable_until = listed["bookableUntil"].as_str().expect("until");
    assert!(
        last_date.as_str() <= bookable_until,
        "{last_date} after {bookable_until}"
    );
    let off_grid = json!({"date": times[0]["date"], "start": "08:07"});
    let beyond = json!({"date": "2099-01-01", "start": "08:00"});
    let closed = json!({"date": times[0]["date"], "start": "13:00"});
    for time in [off_grid, beyond, closed] {
        let (status, body) = post(
            &office.router,
            "/api/v1/appointments",
            booking("pickup", &time, &me),
            5,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{time}: {body}");
        assert_eq!(body["error"]["code"], "not-a-slot");
    }
    // One client address asking again and again is limited.
    let mut statuses = Vec::new();
    for _ in 0..15 {
        statuses.push(
            post(
                &office.router,
                "/api/v1/appointments/slots",
                json!({"service": "pickup", "reference": me.0, "secret": me.1}),
                6,
            )
            .await
            .0,
        );
    }
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn the_office_lists_a_day_and_a_persons_booking_actions() {
    let office = office().await;
    crate::server::add_office_token(&office.state.db, TOKEN).await;
    let me = applicant(&office, 1).await;
    let other = applicant(&office, 2).await;
    let times = free_times(&office, "hand-in", &me, 1).await;
    for (who, time) in [(&me, &times[1]), (&other, &times[0])] {
        let (status, body) = post(
            &office.router,
            "/api/v1/appointments",
            booking("hand-in", time, who),
            1,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let date = times[0]["date"].as_str().expect("date");
    let bearer = format!("Bearer {TOKEN}");
    let day = crate::server::get(
        &office.router,
        &format!("/api/v1/office/appointments?date={date}"),
        &[("authorization", &bearer)],
    )
    .await;
    assert_eq!(day.status, StatusCode::OK, "{}", day.text());
    let day = day.json();
    let listed: Vec<(&str, &str)> = day
        .as_array()
        .expect("a list")
        .iter()
        .map(|a| {
            (
                a["start"].as_str().unwrap_or_default(),
                a["reference"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    let (first, second) = (
        times[0]["start"].as_str().unwrap_or_default(),
        times[1]["start"].as_str().unwrap_or_default(),
    );
    assert_eq!(
        listed,
        [(first, other.0.as_str()), (second, me.0.as_str())],
        "by time"
    );
    let unauthorised = crate::server::get(
        &office.router,
        &format!("/api/v1/office/appointments?date={date}"),
        &[],
    )
    .await;
    assert_eq!(unauthorised.status, StatusCode::UNAUTHORIZED);

    let actions = audit_actions(&office, &format!("reference={}", me.0)).await;
    assert_eq!(actions, ["booked"], "only my own actions");
}

/// PUT a calendar as the office (`?expect=` optional): the status and the answer.
async fn publish(office: &Office, calendar: &Value, expect: Option<i64>) -> (StatusCode, Value) {
    let uri = match expect {
        Some(v) => format!("/api/v1/office/calendar?expect={v}"),
        None => "/api/v1/office/calendar".to_string(),
    };
    crate::server::call_from(
        &office.router,
        Method::PUT,
        &uri,
        Some(calendar.clone()),
        "10.9.9.9:40000".parse().expect("address"),
        Some(TOKEN),
    )
    .await
}

#[tokio::test]
async fn the_office_changes_the_calendar_while_the_server_runs() {
    let office = office().await;
    crate::server::add_office_token(&office.state.db, TOKEN).await;
    let bearer = format!("Bearer {TOKEN}");
    let shown = crate::server::get(
        &office.router,
        "/api/v1/office/calendar",
        &[("authorization", &bearer)],
    )
    .await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.text());
    let shown = shown.json();
    assert_eq!(
        shown["version"], 1,
        "--calendar was published at start: {shown}"
    );
    assert!(shown["publishedBy"]
        .as_str()
        .is_some_and(|by| by.starts_with("--calendar ")));
    assert_eq!(shown["text"], CALENDAR);

    let me = applicant(&office, 1).await;
    // The last released day has all its times free: book its first, keep its second.
    let all = free_times(&office, "pickup", &me, 1).await;
    let date = all.last().expect("free times")["date"]
        .as_str()
        .expect("date")
        .to_string();
    let times: Vec<&Value> = all.iter().filter(|t| t["date"] == date.as_str()).collect();
    let (status, mine) = post(
        &office.router,
        "/api/v1/appointments",
        booking("pickup", times[0], &me),
        1,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{mine}");

    // Counter c1 (the only one for pickups) closes on that day.
    let mut calendar: Value = serde_json::from_str(CALENDAR).expect("JSON");
    calendar["closures"] = json!([{"from": date, "counters": ["c1"], "reason": "printer"}]);
    let (status, published) = publish(&office, &calendar, Some(1)).await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(published["version"], 2);
    assert_eq!(published["changed"], true);
    let affected: Vec<&str> = published["affected"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(
        affected,
        [mine["id"].as_str().expect("id")],
        "my booking has no room now"
    );
    // In force at once: nobody else is offered that day for pickups.
    let other = applicant(&office, 2).await;
    let offered = free_times(&office, "pickup", &other, 2).await;
    assert!(!offered.is_empty());
    assert!(
        offered.iter().all(|t| t["date"] != date.as_str()),
        "{offered:?}"
    );
    let (status, refused) = post(
        &office.router,
        "/api/v1/appointments",
        booking("pickup", times[1], &other),
        2,
    )
    .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("not-a-slot"))
    );

    // The same text again changes nothing; a stale version is refused and loses nothing.
    let (status, again) = publish(&office, &calendar, None).await;
    assert_eq!(
        (status, &again["version"], &again["changed"]),
        (StatusCode::OK, &json!(2), &json!(false))
    );
    calendar["closures"] = json!([]);
    let (status, stale) = publish(&office, &calendar, Some(1)).await;
    assert_eq!(
        (status, stale["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("calendar-changed"))
    );
    // A broken calendar: every problem listed, nothing changed.
    calendar["services"][0]["durationMinutes"] = json!(0);
    calendar["holidays"] = json!(["2026-02-30"]);
    let (status, invalid) = publish(&office, &calendar, Some(2)).await;
    assert_eq!(
        (status, invalid["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("calendar-invalid")),
        "{invalid}"
    );
    let problems = invalid["error"]["problems"].as_array().map_or(0, Vec::len);
    assert_eq!(problems, 2, "{invalid}");
    let (status, _) = crate::server::call_from(
        &office.router,
        Method::PUT,
        "/api/v1/office/calendar",
        Some(calendar.clone()),
        "10.9.9.9:40000".parse().expect("address"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let shown = crate::server::get(
        &office.router,
        "/api/v1/office/calendar",
        &[("authorization", &bearer)],
    )
    .await
    .json();
    assert_eq!(shown["version"], 2);
    assert!(shown["publishedBy"] == "office token clerk", "{shown}");

    // A restart with the old file does not undo the office's change; an edited file does.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("calendar.json");
    std::fs::write(&file, CALENDAR).expect("file");
    // Start-up's publication of the file, and the version in force after it.
    let start_with = |file: std::path::PathBuf| {
        let db = office.state.db.clone();
        async move {
            pforte_intake::server::calendar::publish_file(&db, &file)
                .await
                .expect("publishes");
            sqlx::query_scalar::<_, i64>("SELECT MAX(version) FROM calendars")
                .fetch_one(&db)
                .await
                .expect("version")
        }
    };
    assert_eq!(start_with(file.clone()).await, 2, "the old file stays out");
    std::fs::write(
        &file,
        CALENDAR.replace("\"daysAhead\": 14", "\"daysAhead\": 21"),
    )
    .expect("file");
    assert_eq!(start_with(file).await, 3, "the edited file is new");
    // The history is append-only.
    let changed = sqlx::query("UPDATE calendars SET text = '{}' WHERE version = 1")
        .execute(&office.state.db)
        .await;
    assert!(changed.is_err());
}

/// The six-digit code in a message from the sink.
fn code_in(message: &str) -> String {
    pforte_testkit::one_time_code(message).unwrap_or_else(|| panic!("no code in {message}"))
}

/// The booking actions the office's audit lists for `query` (`reference=…` or `email=…`).
async fn audit_actions(office: &Office, query: &str) -> Vec<String> {
    let audit = crate::server::get(
        &office.router,
        &format!("/api/v1/office/appointments/audit?{query}"),
        &[("authorization", &format!("Bearer {TOKEN}"))],
    )
    .await
    .json();
    audit
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["action"].as_str().map(String::from))
        .collect()
}

#[tokio::test]
async fn someone_without_an_application_books_with_an_email_address_proven_by_a_code() {
    let (port, mail) = pforte_testkit::sink();
    let office = test_server(|dir, config| {
        let calendar = dir.join("calendar.json");
        std::fs::write(&calendar, CALENDAR).expect("calendar");
        config.calendar = Some(calendar);
        let key = dir.join("office-key.jwk");
        std::fs::write(&key, crate::submissions::office_keys().0.to_string()).expect("key");
        config.office_key = Some(key);
        config.locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        config.mail_from = Some("termine@example.de".into());
    })
    .await;
    crate::server::add_office_token(&office.state.db, TOKEN).await;
    let services = crate::server::get(&office.router, "/api/v1/appointments/services", &[]).await;
    assert_eq!(services.json()["emailProof"], true);

    let ask_code = |email: &str, client: u16| {
        let body = json!({"email": email, "lang": "ar"});
        let router = office.router.clone();
        async move { post(&router, "/api/v1/appointments/contact", body, client).await }
    };
    let next_mail = || {
        mail.recv_timeout(std::time::Duration::from_secs(10))
            .expect("a message")
    };

    let (status, sent) = ask_code("Amal+Termin@Example.org", 1).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let check = sent["check"].as_str().expect("a check id").to_string();
    let (to, message) = next_mail();
    assert_eq!(to, "<Amal+Termin@Example.org>", "sent where it was typed");
    let code = code_in(&message);
    // Written in Arabic (mail.ftl), the code on its own line.
    assert!(
        pforte_testkit::decoded_body(&message).contains("30"),
        "{message}"
    );

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (status, refused) = post(
        &office.router,
        "/api/v1/appointments/slots",
        json!({"service": "pickup", "check": check, "code": wrong}),
        2,
    )
    .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("wrong-code"))
    );
    let (status, times) = post(&office.router, "/api/v1/appointments/slots",
        json!({"service": "pickup", "check": check, "code": format!("{} {}", &code[..3], &code[3..])}), 2).await;
    assert_eq!(status, StatusCode::OK, "{times}");
    let first = &times["days"][0];
    let time = json!({"date": first["date"], "start": first["times"][0]});
    let (status, booked) = post(&office.router, "/api/v1/appointments",
        json!({"service": "pickup", "date": time["date"], "start": time["start"], "check": check, "code": code}), 2).await;
    assert_eq!(status, StatusCode::CREATED, "{booked}");
    assert_eq!(booked["reference"], Value::Null);

    // The same inbox in another spelling is the same person: one open booking per service.
    let (status, sent) = ask_code(" amal@example.ORG", 3).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let again = code_in(&next_mail().1);
    let (status, refused) = post(&office.router, "/api/v1/appointments",
        json!({"service": "pickup", "date": time["date"], "start": first["times"][1], "check": sent["check"], "code": again}), 3).await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("already-booked")),
        "{refused}"
    );

    // Nothing of the address in the clear: digests and JWEs only.
    let stored: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT person_sha256, contact_jwe FROM bookings")
            .fetch_all(&office.state.db)
            .await
            .expect("rows");
    let checks: Vec<(String, String, String)> =
        sqlx::query_as("SELECT person_sha256, contact_jwe, code_mac FROM contact_checks")
            .fetch_all(&office.state.db)
            .await
            .expect("rows");
    let everything = format!("{stored:?}{checks:?}").to_lowercase();
    assert!(
        !everything.contains("amal") && !everything.contains(&code),
        "{everything}"
    );
    assert_eq!(
        stored[0].1.as_deref().map(|jwe| jwe.split('.').count()),
        Some(5)
    );

    // The office sees the booking with the encrypted contact, and the person's actions by
    // any spelling of the address.
    let bearer = format!("Bearer {TOKEN}");
    let date = time["date"].as_str().expect("date");
    let day = crate::server::get(
        &office.router,
        &format!("/api/v1/office/appointments?date={date}"),
        &[("authorization", &bearer)],
    )
    .await
    .json();
    assert_eq!(
        day[0]["encryptedContact"],
        stored[0].1.clone().map_or(Value::Null, Value::from)
    );
    let actions = audit_actions(&office, "email=AMAL%2Bx%40example.org").await;
    assert_eq!(actions, ["booked", "refused-one-open"]);

    // Three codes an hour per address; a code dies after five wrong tries.
    let (status, third) = ask_code("amal@example.org", 4).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let third_code = code_in(&next_mail().1);
    let (status, refused) = ask_code("amal@example.org", 5).await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("too-many-codes"))
    );
    let wrong = if third_code == "000000" {
        "111111"
    } else {
        "000000"
    };
    for client in 10..15 {
        let (status, _) = post(
            &office.router,
            "/api/v1/appointments/slots",
            json!({"service": "hand-in", "check": third["check"], "code": wrong}),
            client,
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    let (status, _) = post(
        &office.router,
        "/api/v1/appointments/slots",
        json!({"service": "hand-in", "check": third["check"], "code": third_code}),
        16,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the right code no longer works"
    );

    // Both proofs at once, or half a proof, is a malformed request.
    let (status, _) = post(
        &office.router,
        "/api/v1/appointments/slots",
        json!({"service": "hand-in", "check": third["check"]}),
        17,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn without_a_relay_there_is_no_booking_by_email() {
    let office = office().await;
    let services = crate::server::get(&office.router, "/api/v1/appointments/services", &[]).await;
    assert_eq!(services.json()["emailProof"], false);
    let (status, refused) = post(
        &office.router,
        "/api/v1/appointments/contact",
        json!({"email": "amal@example.org"}),
        1,
    )
    .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("no-email"))
    );
}
