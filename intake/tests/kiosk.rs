//! The kiosk through `oneshot`: the setup it loads, concerns only from kiosk networks and only
//! to a team the routing can name, ticket numbers per day, staff sign-in (argon2, sessions,
//! sign-out), each person seeing only their teams' queues, notes only the ticket code opens,
//! and a concern that the other team's key cannot decrypt.

use std::net::SocketAddr;
use std::sync::OnceLock;

use axum::http::{Method, StatusCode};
use axum::Router;
use openssl::pkey::{PKey, Private};
use pforte_engine::kiosk::api::{ConcernContent, QueuedConcern};
use pforte_engine::submission::ticket_code;
use pforte_intake::jwe::{self, Decrypter, JweError};
use pforte_intake::office::keys::{self, KeyFiles};
use pforte_intake::server::staff::hash_password;
use pforte_intake::ticket_note;
use serde_json::{json, Value};

use crate::server::{test_server, TestServer};

const ROUTING: &str = r#"{
  "teams": [{"id": "cards"}, {"id": "front-desk"}],
  "concernTypes": ["lost-card", "other"],
  "rules": [{"concern": "lost-card", "team": "cards"}, {"team": "front-desk"}]
}"#;

fn team_keys() -> &'static [PKey<Private>; 2] {
    static KEYS: OnceLock<[PKey<Private>; 2]> = OnceLock::new();
    KEYS.get_or_init(|| {
        [
            keys::generate().expect("RSA"),
            keys::generate().expect("RSA"),
        ]
    })
}

type Office = TestServer;

async fn office() -> Office {
    let office = test_server(|dir, config| {
        let routing = dir.join("routing.json");
        std::fs::write(&routing, ROUTING).expect("routing");
        let keys_dir = dir.join("keys");
        for (team, key) in ["cards", "front-desk"].iter().zip(team_keys()) {
            keys::write_key_pair(&keys_dir, &KeyFiles::team(team), key, None).expect("team key");
        }
        config.routing = Some(routing);
        config.team_keys = Some(keys_dir);
        config.kiosk_network = vec!["192.168.7.0/24".parse().expect("CIDR")];
    })
    .await;
    for (name, team) in [("ayse", "cards"), ("jonas", "front-desk")] {
        sqlx::query("INSERT INTO staff (name, password_hash, created_at) VALUES ($1, $2, 0)")
            .bind(name)
            .bind(hash_password("correct horse battery").expect("hash"))
            .execute(&office.state.db)
            .await
            .expect("staff");
        sqlx::query("INSERT INTO staff_teams (name, team) VALUES ($1, $2)")
            .bind(name)
            .bind(team)
            .execute(&office.state.db)
            .await
            .expect("team");
    }
    office
}

async fn call(
    router: &Router,
    method: Method,
    uri: &str,
    body: Option<Value>,
    from: &str,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let addr: SocketAddr = format!("{from}:40000").parse().expect("address");
    crate::server::call_from(router, method, uri, body, addr, token).await
}

const KIOSK: &str = "192.168.7.20";

/// A concern as the kiosk makes it; returns the request body and the ticket code.
fn concern(setup: &Value, kind: &str, team: &str, n: u128) -> (Value, String) {
    let code = ticket_code::encode(n * 104_729 + 3);
    let content = ConcernContent {
        concern: kind.into(),
        language: "ar".into(),
        reference: Some("7KQM-2X9P-4".into()),
        description: "Meine Karte ist weg, ich fliege morgen".into(),
        contact: Some("+49 30 1234567".into()),
        consent: true,
        ticket_code: code.clone(),
    };
    let key = &setup["teamKeys"][team];
    let encrypted = jwe::encrypt_compact(
        serde_json::to_string(&content).expect("JSON").as_bytes(),
        key,
        "application/json",
    )
    .expect("encrypts");
    let body = json!({"concern": kind, "team": team, "encrypted": encrypted,
                      "ticketDigest": ticket_code::digest(&code)});
    (body, code)
}

async fn sign_in(office: &Office, name: &str, password: &str) -> (StatusCode, Value) {
    call(
        &office.router,
        Method::POST,
        "/api/v1/office/sessions",
        Some(json!({"name": name, "password": password})),
        "10.1.1.1",
        None,
    )
    .await
}

#[tokio::test]
async fn a_concern_travels_from_the_kiosk_to_its_team_and_the_note_back_to_the_visitor() {
    let office = office().await;
    let (status, setup) = call(
        &office.router,
        Method::GET,
        "/api/v1/kiosk",
        None,
        "10.9.9.9",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        setup["routing"]["concernTypes"],
        json!(["lost-card", "other"])
    );
    assert_eq!(setup["teamKeys"].as_object().map(|k| k.len()), Some(2));

    // Only from the kiosk network, and only where the routing can send it.
    let (lost, code) = concern(&setup, "lost-card", "cards", 1);
    let (status, body) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/concerns",
        Some(lost.clone()),
        "10.9.9.9",
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("not-a-kiosk"))
    );
    let (misrouted, _) = concern(&setup, "lost-card", "front-desk", 2);
    let (status, body) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/concerns",
        Some(misrouted),
        KIOSK,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, ticket) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/concerns",
        Some(lost.clone()),
        KIOSK,
        None,
    )
    .await;
    assert_eq!(
        (status, ticket["number"].as_str()),
        (StatusCode::CREATED, Some("001"))
    );
    let (other, _) = concern(&setup, "other", "front-desk", 3);
    let (_, ticket) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/concerns",
        Some(other),
        KIOSK,
        None,
    )
    .await;
    assert_eq!(ticket["number"], "002");
    // The same ticket code twice is refused (the kiosk draws a new one).
    let (status, _) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/concerns",
        Some(lost),
        KIOSK,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Sign-in: wrong password and unknown name get the same answer.
    let (status, wrong) = sign_in(&office, "ayse", "not the password").await;
    let (status2, unknown) = sign_in(&office, "nobody", "correct horse battery").await;
    assert_eq!(
        (status, status2),
        (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED)
    );
    assert_eq!(wrong, unknown);
    let (status, session) = sign_in(&office, "ayse", "correct horse battery").await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    assert_eq!(session["teams"], json!(["cards"]));
    let token = session["token"].as_str().expect("token").to_string();
    let stored: String = sqlx::query_scalar("SELECT token_sha256 FROM staff_sessions")
        .fetch_one(&office.state.db)
        .await
        .expect("a session");
    assert_ne!(stored, token, "only the token's hash is stored");

    // Ayşe sees the cards queue only, and cannot touch front-desk's concern.
    let (status, queue) = call(
        &office.router,
        Method::GET,
        "/api/v1/office/concerns",
        None,
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let queue: Vec<QueuedConcern> = serde_json::from_value(queue).expect("a queue");
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].ticket.as_str(), queue[0].team.as_str()),
        ("001", "cards")
    );
    let (status, _) = call(
        &office.router,
        Method::GET,
        "/api/v1/office/concerns?team=front-desk",
        None,
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let front: String = sqlx::query_scalar("SELECT id FROM concerns WHERE team = 'front-desk'")
        .fetch_one(&office.state.db)
        .await
        .expect("id");
    let (status, _) = call(
        &office.router,
        Method::POST,
        &format!("/api/v1/office/concerns/{front}"),
        Some(json!({"state": "done"})),
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The cards key opens it; the front desk's key cannot.
    let cards = Decrypter::new(&team_keys()[0]).expect("decrypter");
    let front_desk = Decrypter::new(&team_keys()[1]).expect("decrypter");
    let (plain, _) = jwe::decrypt_compact(&queue[0].encrypted, &cards).expect("decrypts");
    let content: ConcernContent = serde_json::from_slice(&plain).expect("content");
    assert_eq!(content.ticket_code, code);
    assert!(matches!(
        jwe::decrypt_compact(&queue[0].encrypted, &front_desk),
        Err(JweError::WrongKey { .. })
    ));

    // A note to the visitor, encrypted to the ticket code; the visitor reads it.
    let note = ticket_note::seal(&code, "Bitte an Schalter 7").expect("seals");
    let (status, updated) = call(
        &office.router,
        Method::POST,
        &format!("/api/v1/office/concerns/{}", queue[0].id),
        Some(json!({"state": "in-progress", "note": note})),
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(
        (updated["state"].as_str(), updated["updatedBy"].as_str()),
        (Some("in-progress"), Some("ayse"))
    );
    let (status, ticket) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/ticket",
        Some(json!({"code": code.to_lowercase()})),
        "10.2.2.2",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{ticket}");
    assert_eq!(
        (ticket["number"].as_str(), ticket["state"].as_str()),
        (Some("001"), Some("in-progress"))
    );
    assert_eq!(
        ticket_note::open(&code, ticket["note"].as_str().expect("note")).expect("opens"),
        "Bitte an Schalter 7"
    );
    let stranger = ticket_code::encode(42);
    let (status, _) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/ticket",
        Some(json!({"code": stranger})),
        "10.2.2.2",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &office.router,
        Method::POST,
        "/api/v1/kiosk/ticket",
        Some(json!({"code": "7KQM"})),
        "10.2.2.2",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Sign-out ends the session at once.
    let (status, _) = call(
        &office.router,
        Method::DELETE,
        "/api/v1/office/sessions",
        None,
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(
        &office.router,
        Method::GET,
        "/api/v1/office/concerns",
        None,
        "10.1.1.1",
        Some(&token),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sessions_expire_and_sign_ins_are_limited() {
    let office = office().await;
    let (_, session) = sign_in(&office, "jonas", "correct horse battery").await;
    let token = session["token"].as_str().expect("token");
    sqlx::query("UPDATE staff_sessions SET expires_at = 0")
        .execute(&office.state.db)
        .await
        .expect("expire");
    let (status, _) = call(
        &office.router,
        Method::GET,
        "/api/v1/office/concerns",
        None,
        "10.1.1.1",
        Some(token),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Guessing passwords: the per-address limit answers 429 within a dozen attempts.
    let mut limited = false;
    for _ in 0..12 {
        let (status, _) = sign_in(&office, "jonas", "guess guess guess").await;
        limited |= status == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(limited, "sign-in attempts are rate-limited");
}

#[tokio::test]
async fn concerns_sent_at_once_get_distinct_numbers() {
    let office = office().await;
    let (_, setup) = call(
        &office.router,
        Method::GET,
        "/api/v1/kiosk",
        None,
        KIOSK,
        None,
    )
    .await;
    let mut sending = tokio::task::JoinSet::new();
    for n in 0..20u128 {
        let (body, _) = concern(&setup, "other", "front-desk", 100 + n);
        let router = office.router.clone();
        sending.spawn(async move {
            call(
                &router,
                Method::POST,
                "/api/v1/kiosk/concerns",
                Some(body),
                KIOSK,
                None,
            )
            .await
        });
    }
    let mut numbers = std::collections::BTreeSet::new();
    while let Some(sent) = sending.join_next().await {
        let (status, ticket) = sent.expect("the task ends");
        assert_eq!(status, StatusCode::CREATED, "{ticket}");
        numbers.insert(ticket["number"].as_str().expect("a number").to_string());
    }
    let expected: std::collections::BTreeSet<String> =
        (1..=20).map(|n| format!("{n:03}")).collect();
    assert_eq!(numbers, expected);
}
