//! Case status through `oneshot`: the applicant's lookup with reference and status secret
//! (the same answer for an unknown reference and a wrong secret, then a limit), the office's
//! signed and chained events, closed cases, reminders, and the database's refusal to change
//! an event.

use axum::body::Body;
use axum::http::{Method, StatusCode};
use pforte_engine::status::{CaseStatus, Event, Status};
use pforte_engine::submission::{hex, status_secret, Receipt};
use pforte_intake::receipt;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::server::{get, request, Answer};
use crate::submissions::{announcement, code, post_json, server, submit_body, uuid, Server};

const SECRET: &str = "7KQM-2X9P-4HND-0C3R";
const TOKEN: &str = "office-token-for-the-status-tests-0123456789";

/// Submit a submission without attachments with the status secret's digest; its receipt.
async fn submitted(server: &Server, secret: Option<&str>) -> Receipt {
    let app = &server.router;
    let sid = uuid();
    let announced = post_json(app, "/api/v1/submissions", &announcement(&sid, &[])).await;
    assert_eq!(
        announced.status,
        StatusCode::CREATED,
        "{}",
        announced.text()
    );
    let mut body = submit_body();
    if let Some(secret) = secret {
        let canonical = status_secret::normalize(secret).expect("a secret");
        body["statusSecretSha256"] = status_secret::digest(&canonical).into();
    }
    let answer = post_json(app, &format!("/api/v1/submissions/{sid}/submit"), &body).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    serde_json::from_str(&answer.text()).expect("a receipt")
}

fn with_check(secret: &str) -> String {
    // The secret as printed: its 16 symbols and the check symbol.
    let value = secret.bytes().filter(|b| *b != b'-').fold(0u128, |acc, b| {
        let digit = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ"
            .iter()
            .position(|s| *s == b)
            .expect("a symbol");
        (acc << 5) | digit as u128
    });
    status_secret::encode(value)
}

async fn look_up(server: &Server, reference: &str, secret: &str) -> Answer {
    post_json(
        &server.router,
        "/api/v1/status",
        &json!({"reference": reference, "secret": secret}),
    )
    .await
}

async fn add_token(server: &Server) {
    crate::server::add_office_token(&server.state.db, TOKEN).await;
}

async fn office_event(server: &Server, reference: &str, event: Value) -> Answer {
    request(
        &server.router,
        Method::POST,
        &format!("/api/v1/office/submissions/{reference}/events"),
        &[
            ("content-type", "application/json"),
            ("authorization", &format!("Bearer {TOKEN}")),
        ],
        Body::from(event.to_string()),
    )
    .await
}

#[tokio::test]
async fn the_applicant_reads_the_signed_chained_history_with_reference_and_secret() {
    let server = server().await;
    add_token(&server).await;
    let secret = with_check(SECRET);
    let receipt = submitted(&server, Some(&secret)).await;
    let reference = &receipt.claims.reference;

    let first = look_up(&server, reference, &secret).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    let case: CaseStatus = serde_json::from_str(&first.text()).expect("a case");
    assert_eq!(case.events.len(), 1);
    assert_eq!(
        case.events[0].status,
        Some(Status::Received),
        "set on submit"
    );

    for event in [
        json!({"status": {"status": "in-review"}}),
        json!({"status": {"status": "documents-missing", "documents": ["proof-of-income"]}}),
        json!({"fictionCertificate": {"validUntil": "2027-01-15"}}),
        json!({"status": {"status": "ready-for-pickup", "mode": "dispenser", "pickupCode": "K7-42"}}),
    ] {
        let added = office_event(&server, reference, event.clone()).await;
        assert_eq!(
            added.status,
            StatusCode::CREATED,
            "{event}: {}",
            added.text()
        );
    }
    // Typed as a person would: lower case, spaces, O for 0.
    let typed_secret = secret.to_lowercase().replace('-', " ").replace('0', "o");
    let answer = look_up(&server, &reference.to_lowercase(), &typed_secret).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let case: CaseStatus = serde_json::from_str(&answer.text()).expect("a case");
    let seqs: Vec<u32> = case.events.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5]);
    assert_eq!(
        case.events[3].fiction_valid_until.as_deref(),
        Some("2027-01-15")
    );

    // Every event verifies with the server's published key, names the case, and chains.
    let key = get(&server.router, "/api/v1/receipt-key", &[]).await.json();
    let mut prev: Option<String> = None;
    for event in &case.events {
        let claims = receipt::verify_event(&event.jws, &key).expect("signed by the server");
        assert_eq!(claims.sub, format!("reference:{reference}"));
        assert_eq!(
            claims.prev, prev,
            "event {} follows the one before",
            claims.seq
        );
        assert_eq!(
            Event::from_events(&claims.events).and_then(|e| match e {
                Event::StatusChanged(s) => Some(s),
                Event::FictionCertificate { .. } => None,
            }),
            event.status,
            "what the lookup says is what was signed"
        );
        prev = Some(hex(&Sha256::digest(event.jws.as_bytes())));
    }
    receipt::verify_history(&case.events, &key, reference).expect("the office's check agrees");
    let mut dropped = case.events.clone();
    dropped.remove(2);
    assert!(
        receipt::verify_history(&dropped, &key, reference).is_err(),
        "a dropped event shows"
    );
    let mut swapped = case.events.clone();
    swapped.swap(1, 2);
    assert!(
        receipt::verify_history(&swapped, &key, reference).is_err(),
        "a reordered log shows"
    );
    let mut relabelled = case.events.clone();
    relabelled[4].status = Some(Status::HandedOver);
    assert!(
        receipt::verify_history(&relabelled, &key, reference).is_err(),
        "a list that says other than what was signed shows"
    );
    let header = event_header(&case.events[0].jws);
    assert_eq!(header["typ"], "secevent+jwt");

    // The office sees the same log.
    let office = request(
        &server.router,
        Method::GET,
        &format!("/api/v1/office/submissions/{reference}/events"),
        &[("authorization", &format!("Bearer {TOKEN}"))],
        Body::empty(),
    )
    .await;
    assert_eq!(office.status, StatusCode::OK);
    assert_eq!(office.json()["events"].as_array().map(Vec::len), Some(5));
}

fn event_header(jws: &str) -> Value {
    use base64::Engine as _;
    let segment = jws.split('.').next().expect("header");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(segment)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON")
}

#[tokio::test]
async fn a_wrong_secret_answers_like_an_unknown_reference_then_the_limit_holds() {
    let server = server().await;
    let secret = with_check(SECRET);
    let receipt = submitted(&server, Some(&secret)).await;
    let reference = receipt.claims.reference.clone();
    let wrong = with_check("7KQM-2X9P-4HND-0C3S");
    let unknown = pforte_engine::submission::reference::encode(0x12_3456_789A);
    let wrong_answer = look_up(&server, &reference, &wrong).await;
    let unknown_answer = look_up(&server, &unknown, &secret).await;
    assert_eq!(wrong_answer.status, StatusCode::NOT_FOUND);
    assert_eq!(
        (wrong_answer.status, wrong_answer.text()),
        (unknown_answer.status, unknown_answer.text()),
        "nothing tells a wrong secret from an unknown reference"
    );
    // A typo is caught by the check symbol and named, before it counts as a guess.
    let typo = look_up(&server, &reference, "7KQM-2X9P-4HND-0C3R-Q").await;
    assert_eq!(typo.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&typo), "not-a-status-code");

    // One client (all oneshot requests share an address): ten lookups, then 429.
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(look_up(&server, &reference, &wrong).await.status);
    }
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let limited = look_up(&server, &reference, &secret).await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the right secret waits too"
    );
    assert_eq!(limited.header("retry-after"), "60");
}

#[tokio::test]
async fn without_a_secret_there_is_no_lookup_and_bad_digests_are_refused() {
    let server = server().await;
    let receipt = submitted(&server, None).await;
    let answer = look_up(&server, &receipt.claims.reference, &with_check(SECRET)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);

    let sid = uuid();
    let announced = post_json(
        &server.router,
        "/api/v1/submissions",
        &announcement(&sid, &[]),
    )
    .await;
    assert_eq!(announced.status, StatusCode::CREATED);
    let mut body = submit_body();
    body["statusSecretSha256"] = "ABC".into();
    let refused = post_json(
        &server.router,
        &format!("/api/v1/submissions/{sid}/submit"),
        &body,
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "{}",
        refused.text()
    );
}

#[tokio::test]
async fn closed_cases_take_no_events_bad_events_are_named_and_reminders_come_due() {
    let server = server().await;
    add_token(&server).await;
    let receipt = submitted(&server, Some(&with_check(SECRET))).await;
    let reference = &receipt.claims.reference;
    let other = submitted(&server, Some(&with_check(SECRET))).await;

    let no_code = office_event(
        &server,
        reference,
        json!({"status": {"status": "ready-for-pickup", "mode": "dispenser"}}),
    )
    .await;
    assert_eq!(no_code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_code.text().contains("pickup code"), "{}", no_code.text());
    let free_text = office_event(
        &server,
        reference,
        json!({"status": {"status": "documents-missing", "documents": ["Ihr Mietvertrag, Frau A."]}}),
    )
    .await;
    assert_eq!(
        free_text.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no free text on the server"
    );
    let no_token = request(
        &server.router,
        Method::POST,
        &format!("/api/v1/office/submissions/{reference}/events"),
        &[("content-type", "application/json")],
        Body::from(json!({"status": {"status": "closed"}}).to_string()),
    )
    .await;
    assert_eq!(no_token.status, StatusCode::UNAUTHORIZED);

    // A certificate ending tomorrow comes due; one in a year does not; a closed case not.
    let tomorrow = pforte_intake::server::db::rfc3339(pforte_intake::server::db::now() + 86_400);
    for (case, until) in [
        (reference, &tomorrow[..10]),
        (&other.claims.reference, "2099-01-01"),
    ] {
        let added = office_event(
            &server,
            case,
            json!({"fictionCertificate": {"validUntil": until}}),
        )
        .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.text());
    }
    let reminders = |within: u32| {
        let router = server.router.clone();
        async move {
            request(
                &router,
                Method::GET,
                &format!("/api/v1/office/reminders?within={within}"),
                &[("authorization", &format!("Bearer {TOKEN}"))],
                Body::empty(),
            )
            .await
            .json()
        }
    };
    assert_eq!(
        reminders(14).await,
        json!([{"reference": reference, "fictionValidUntil": &tomorrow[..10]}])
    );

    let closed = office_event(&server, reference, json!({"status": {"status": "closed"}})).await;
    assert_eq!(closed.status, StatusCode::CREATED);
    let after = office_event(
        &server,
        reference,
        json!({"status": {"status": "in-review"}}),
    )
    .await;
    assert_eq!(after.status, StatusCode::CONFLICT);
    assert_eq!(code(&after), "case-closed");
    assert_eq!(
        reminders(14).await,
        json!([]),
        "a closed case needs no reminder"
    );

    // The log is append-only in the database itself.
    let changed = sqlx::query("UPDATE case_events SET jws = 'x' WHERE seq = 1")
        .execute(&server.state.db)
        .await;
    assert!(changed.is_err(), "an event cannot be changed");
    let dropped = sqlx::query("DELETE FROM case_events")
        .execute(&server.state.db)
        .await;
    assert!(dropped.is_err(), "an event cannot be deleted");
}

#[tokio::test]
async fn an_applicant_asks_to_be_told_by_email_and_the_server_keeps_only_ciphertext() {
    let server = server().await;
    add_token(&server).await;
    let secret = with_check(SECRET);
    let receipt = submitted(&server, Some(&secret)).await;
    let reference = receipt.claims.reference.clone();
    let address = br#"{"email":"amal@example.org","lang":"ar"}"#;
    let sealed = crate::submissions::jwe(
        address,
        &crate::submissions::office_keys().0,
        "application/json",
    );
    let ask = |encrypted: Value, secret: &str| json!({"reference": reference, "secret": secret, "encryptedAddress": encrypted});
    let router = &server.router;
    let notice =
        |body: Value| async move { post_json(router, "/api/v1/status/notice", &body).await };

    let asked = notice(ask(json!(sealed), &secret)).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.text());
    assert_eq!(asked.json()["notify"], true);
    assert_eq!(
        look_up(&server, &reference, &secret).await.json()["notify"],
        true
    );
    // Only the JWE is stored: the address is nowhere in the database.
    let stored: Option<String> =
        sqlx::query_scalar("SELECT notice_jwe FROM submissions WHERE reference = $1")
            .bind(&reference)
            .fetch_one(&server.state.db)
            .await
            .expect("row");
    assert_eq!(stored.as_deref(), Some(sealed.as_str()));
    assert!(!stored.unwrap_or_default().contains("amal"));
    // The office reads it back (to open with its key).
    let office = get(
        &server.router,
        &format!("/api/v1/office/submissions/{reference}/notice"),
        &[("authorization", &format!("Bearer {TOKEN}"))],
    )
    .await;
    assert_eq!(office.json()["encryptedAddress"], sealed.as_str());

    // A wrong code is the same 404 as a lookup's; plaintext, another key and too much are refused.
    let wrong = notice(ask(json!(sealed), &with_check("7KQM-2X9P-4HND-0C3S"))).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    let plain = notice(ask(json!("amal@example.org"), &secret)).await;
    assert_eq!(
        plain.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        plain.text()
    );
    let mut other_kid = crate::submissions::office_keys().0.clone();
    other_kid["kid"] = json!("another-key");
    let foreign = notice(ask(
        json!(crate::submissions::jwe(
            address,
            &other_kid,
            "application/json"
        )),
        &secret,
    ))
    .await;
    assert_eq!(foreign.json()["error"]["code"], "wrong-key");
    let huge = notice(ask(json!("a".repeat(9000)), &secret)).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);

    // Stop, ask again, then closing the case forgets the address.
    let stopped = notice(ask(Value::Null, &secret)).await;
    assert_eq!(stopped.json()["notify"], false);
    assert_eq!(
        look_up(&server, &reference, &secret).await.json()["notify"],
        false
    );
    assert_eq!(
        notice(ask(json!(sealed), &secret)).await.status,
        StatusCode::OK
    );
    let closed = office_event(&server, &reference, json!({"status": {"status": "closed"}})).await;
    assert_eq!(closed.status, StatusCode::CREATED, "{}", closed.text());
    assert_eq!(
        look_up(&server, &reference, &secret).await.json()["notify"],
        false
    );
}
