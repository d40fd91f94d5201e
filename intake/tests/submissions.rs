//! Submission tests through `oneshot`: announce, resumable uploads, submit and receipt, and
//! every refusal of docs/SUBMISSION.md. JWEs are made with josekit, an implementation
//! independent of the browser's.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Method, StatusCode};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use josekit::jwe::{JweHeader, RSA_OAEP_256};
use josekit::jwk::Jwk;
use pforte_engine::submission::{rsa_thumbprint_input, Receipt};
use pforte_intake::server::{app_with, submissions, AppState};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tempfile::TempDir;

use crate::server::{config, fixtures, get, request, Answer};

/// An RSA 4096 office key pair (made once per test run): the public JWK as the office
/// publishes it, and the private JWK.
pub(crate) fn office_keys() -> &'static (Value, Jwk) {
    static KEYS: OnceLock<(Value, Jwk)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let pair = RSA_OAEP_256.generate_key_pair(4096).expect("key pair");
        public_and_private(&pair.to_jwk_key_pair())
    })
}

/// The office's private key as `pforte office keygen` writes it (PKCS#8 PEM, unencrypted).
pub(crate) fn office_private_pem() -> Vec<u8> {
    let jwk = &office_keys().1;
    let number = |name: &str| {
        let b64 = jwk
            .parameter(name)
            .and_then(Value::as_str)
            .expect("a key parameter");
        let bytes = URL_SAFE_NO_PAD.decode(b64).expect("base64url");
        openssl::bn::BigNum::from_slice(&bytes).expect("a number")
    };
    let rsa = openssl::rsa::Rsa::from_private_components(
        number("n"),
        number("e"),
        number("d"),
        number("p"),
        number("q"),
        number("dp"),
        number("dq"),
        number("qi"),
    )
    .expect("an RSA key");
    openssl::pkey::PKey::from_rsa(rsa)
        .and_then(|key| key.private_key_to_pem_pkcs8())
        .expect("PEM")
}

/// Another key, for "encrypted to the wrong key".
fn other_keys() -> &'static (Value, Jwk) {
    static KEYS: OnceLock<(Value, Jwk)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let pair = RSA_OAEP_256.generate_key_pair(2048).expect("key pair");
        public_and_private(&pair.to_jwk_key_pair())
    })
}

fn public_and_private(private: &Jwk) -> (Value, Jwk) {
    let n = private.parameter("n").and_then(Value::as_str).expect("n");
    let e = private.parameter("e").and_then(Value::as_str).expect("e");
    let kid = URL_SAFE_NO_PAD.encode(Sha256::digest(rsa_thumbprint_input(e, n)));
    let public = json!({"kty": "RSA", "n": n, "e": e, "alg": "RSA-OAEP-256", "use": "enc",
        "key_ops": ["wrapKey"], "kid": kid});
    let mut private = private.clone();
    private.set_key_id(kid);
    (public, private)
}

pub(crate) fn jwe(plaintext: &[u8], public: &Value, cty: &str) -> String {
    let mut jwk = Jwk::from_bytes(public.to_string()).expect("jwk");
    // josekit checks key_ops against its own operation ("encrypt"); the published key says
    // "wrapKey", which is what RSA-OAEP does to the content key.
    jwk.set_key_operations(vec!["encrypt"]);
    let encrypter = RSA_OAEP_256.encrypter_from_jwk(&jwk).expect("encrypter");
    let mut header = JweHeader::new();
    header.set_content_encryption("A256GCM");
    header.set_key_id(public["kid"].as_str().expect("kid"));
    header.set_content_type(cty);
    josekit::jwe::serialize_compact(plaintext, &header, &encrypter).expect("encrypts")
}

pub(crate) struct Server {
    pub(crate) router: Router,
    pub(crate) state: Arc<AppState>,
    data: TempDir,
}

async fn server_on(data: TempDir, office_key: Option<&Value>) -> Server {
    let key_file = data.path().join("office-key.jwk");
    if let Some(key) = office_key {
        std::fs::write(&key_file, key.to_string()).expect("key file");
    }
    let mut config = config(
        fixtures().join("dist"),
        fixtures().join("forms"),
        fixtures().join("locales"),
        data.path().join("data"),
    );
    config.office_key = office_key.map(|_| key_file);
    let state = Arc::new(AppState::load(&config).await.expect("loads"));
    Server {
        router: app_with(Arc::clone(&state)),
        state,
        data,
    }
}

pub(crate) async fn server() -> Server {
    server_on(
        tempfile::tempdir().expect("temp dir"),
        Some(&office_keys().0),
    )
    .await
}

pub(crate) async fn post_json(router: &Router, uri: &str, body: &Value) -> Answer {
    request(
        router,
        Method::POST,
        uri,
        &[("content-type", "application/json")],
        Body::from(body.to_string()),
    )
    .await
}

async fn patch(router: &Router, uri: &str, offset: u64, bytes: &[u8]) -> Answer {
    let offset = offset.to_string();
    request(
        router,
        Method::PATCH,
        uri,
        &[
            ("tus-resumable", "1.0.0"),
            ("content-type", "application/offset+octet-stream"),
            ("upload-offset", &offset),
        ],
        Body::from(bytes.to_vec()),
    )
    .await
}

async fn head(router: &Router, uri: &str) -> Answer {
    request(router, Method::HEAD, uri, &[], Body::empty()).await
}

pub(crate) fn code(answer: &Answer) -> String {
    answer.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub(crate) fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub(crate) fn announcement(sid: &str, attachments: &[(&str, usize)]) -> Value {
    json!({
        "submissionId": sid, "formId": "tiny", "formVersion": "1.0.0",
        "attachments": attachments.iter()
            .map(|(id, length)| json!({"attachmentId": id, "length": length}))
            .collect::<Vec<_>>(),
    })
}

fn upload_uri(sid: &str, aid: &str) -> String {
    format!("/api/v1/submissions/{sid}/attachments/{aid}")
}

pub(crate) fn submit_body() -> Value {
    let key = &office_keys().0;
    json!({
        "encryptedMetadata": jwe(br#"{"contentStructure":{}}"#, key, "application/json"),
        "encryptedData": jwe(br#"{"name":"Ada"}"#, key, "application/json"),
    })
}

#[tokio::test]
async fn a_submission_is_announced_uploaded_in_pieces_and_submitted_once() {
    let server = server().await;
    let app = &server.router;
    let key = get(app, "/api/v1/office-key", &[]).await;
    assert_eq!(key.status, StatusCode::OK);
    assert_eq!(key.json()["kid"], office_keys().0["kid"]);

    let (sid, aid) = (uuid(), uuid());
    let attachment = jwe(&[7u8; 10_000], &office_keys().0, "application/pdf");
    let announce = announcement(&sid, &[(&aid, attachment.len())]);
    let first = post_json(app, "/api/v1/submissions", &announce).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(first.json()["attachments"][0]["offset"], 0);
    let again = post_json(app, "/api/v1/submissions", &announce).await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "the same announcement is idempotent"
    );
    // Also with its attachments listed in another order.
    let other_id = uuid();
    let two = announcement(&uuid(), &[(&aid, 5), (&other_id, 6)]);
    let mut swapped = two.clone();
    swapped["attachments"]
        .as_array_mut()
        .expect("list")
        .reverse();
    let first_two = post_json(app, "/api/v1/submissions", &two).await;
    assert_eq!(first_two.status, StatusCode::CREATED);
    let same_two = post_json(app, "/api/v1/submissions", &swapped).await;
    assert_eq!(same_two.status, StatusCode::OK, "{}", same_two.text());

    let uri = upload_uri(&sid, &aid);
    let state = head(app, &uri).await;
    assert_eq!(state.header("upload-offset"), "0");
    assert_eq!(state.header("upload-length"), attachment.len().to_string());
    assert!(!state.header("upload-expires").is_empty());

    // Submitting before the attachment arrived is refused, naming it.
    let early = post_json(
        app,
        &format!("/api/v1/submissions/{sid}/submit"),
        &submit_body(),
    )
    .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert_eq!(code(&early), "attachments-missing");
    assert!(early.text().contains(&aid));

    let bytes = attachment.as_bytes();
    let half = bytes.len() / 2;
    let answer = patch(app, &uri, 0, &bytes[..half]).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text());
    assert_eq!(answer.header("upload-offset"), half.to_string());
    // A retry of the same piece is at the wrong offset now: 409, and HEAD tells where to go on.
    let stale = patch(app, &uri, 0, &bytes[..half]).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(code(&stale), "offset-mismatch");
    assert_eq!(
        head(app, &uri).await.header("upload-offset"),
        half.to_string()
    );
    let rest = patch(app, &uri, half as u64, &bytes[half..]).await;
    assert_eq!(rest.status, StatusCode::NO_CONTENT, "{}", rest.text());
    assert_eq!(rest.header("upload-offset"), bytes.len().to_string());

    let body = submit_body();
    let submitted = post_json(app, &format!("/api/v1/submissions/{sid}/submit"), &body).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text());
    let receipt: Receipt = serde_json::from_slice(&submitted.body).expect("a receipt");
    assert!(pforte_engine::submission::reference::decode(&receipt.claims.reference).is_some());
    assert_eq!(receipt.claims.submission_id, sid);
    assert_eq!(receipt.claims.form_id, "tiny");
    let hashes: Vec<(&str, &str)> = receipt
        .claims
        .ciphertexts
        .iter()
        .map(|c| (c.part.as_str(), c.sha256.as_str()))
        .collect();
    let sha = |text: &str| hex(&Sha256::digest(text.as_bytes()));
    let expected_attachment = sha(&attachment);
    let expected_metadata = sha(body["encryptedMetadata"].as_str().expect("jwe"));
    assert_eq!(hashes[0], ("metadata", expected_metadata.as_str()));
    assert_eq!(hashes[2], (aid.as_str(), expected_attachment.as_str()));

    // The receipt is signed by the key the server publishes.
    let receipt_key = get(app, "/api/v1/receipt-key", &[]).await.json();
    let verifier = josekit::jws::EdDSA
        .verifier_from_jwk(&Jwk::from_bytes(receipt_key.to_string()).expect("jwk"))
        .expect("verifier");
    let (payload, header) =
        josekit::jws::deserialize_compact(&receipt.jws, &verifier).expect("signature holds");
    assert_eq!(header.key_id(), receipt_key["kid"].as_str());
    let signed: Value = serde_json::from_slice(&payload).expect("claims");
    assert_eq!(
        signed,
        serde_json::to_value(&receipt.claims).expect("claims")
    );

    // The same submit again: the same receipt, never a second record.
    let again = post_json(app, &format!("/api/v1/submissions/{sid}/submit"), &body).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, submitted.body);
    // Anything else is refused: the submission is immutable.
    let other = post_json(
        app,
        &format!("/api/v1/submissions/{sid}/submit"),
        &submit_body(),
    )
    .await;
    assert_eq!(code(&other), "already-submitted");
    assert_eq!(
        code(&post_json(app, "/api/v1/submissions", &announce).await),
        "already-submitted"
    );
    assert_eq!(code(&patch(app, &uri, 0, b"x").await), "offset-mismatch");
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM submissions WHERE id = $1")
        .bind(&sid)
        .fetch_one(&server.state.db)
        .await
        .expect("counts");
    assert_eq!(count, 1);
    // What is stored is exactly what was sent.
    let stored = server
        .state
        .intake
        .blobs
        .read_all(&sid, pforte_intake::blobs::Part::Attachment(&aid))
        .await
        .expect("stored");
    assert_eq!(stored, bytes);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn announcements_are_checked_before_anything_is_stored() {
    let server = server().await;
    let app = &server.router;
    let sid = uuid();
    let cases = [
        (announcement("not-a-uuid", &[]), StatusCode::BAD_REQUEST),
        (
            announcement(&sid.to_uppercase(), &[]),
            StatusCode::BAD_REQUEST,
        ),
        (
            announcement(&uuid::Uuid::nil().to_string(), &[]),
            StatusCode::BAD_REQUEST,
        ),
        (
            json!({"submissionId": sid, "formId": "nope", "formVersion": "1.0.0", "attachments": []}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"submissionId": sid, "formId": "tiny", "formVersion": "0.9", "attachments": []}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            announcement(&sid, &[(&uuid(), 800_000_000)]),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            announcement(&sid, &[(&uuid(), 600_000_000), (&uuid(), 600_000_000)]),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            announcement(&sid, &[(&uuid(), 0)]),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (body, status) in cases {
        let answer = post_json(app, "/api/v1/submissions", &body).await;
        assert_eq!(answer.status, status, "{body}: {}", answer.text());
    }
    let twice = uuid();
    let answer = post_json(
        app,
        "/api/v1/submissions",
        &announcement(&sid, &[(&twice, 5), (&twice, 5)]),
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM submissions")
        .fetch_one(&server.state.db)
        .await
        .expect("counts");
    assert_eq!(count, 0, "nothing refused was stored");

    // A different announcement under a known id is a conflict.
    assert_eq!(
        post_json(app, "/api/v1/submissions", &announcement(&sid, &[]))
            .await
            .status,
        StatusCode::CREATED
    );
    let other = post_json(
        app,
        "/api/v1/submissions",
        &announcement(&sid, &[(&uuid(), 9)]),
    )
    .await;
    assert_eq!(code(&other), "announce-conflict");
}

#[tokio::test]
async fn uploads_refuse_what_does_not_fit() {
    let server = server().await;
    let app = &server.router;
    let (sid, aid) = (uuid(), uuid());
    let attachment = jwe(b"photo", &other_keys().0, "image/jpeg");
    post_json(
        app,
        "/api/v1/submissions",
        &announcement(&sid, &[(&aid, attachment.len())]),
    )
    .await;
    let uri = upload_uri(&sid, &aid);
    let no_tus = request(
        app,
        Method::PATCH,
        &uri,
        &[
            ("content-type", "application/offset+octet-stream"),
            ("upload-offset", "0"),
        ],
        Body::from("x"),
    )
    .await;
    assert_eq!(no_tus.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(no_tus.header("tus-version"), "1.0.0");
    let wrong_type = request(
        app,
        Method::PATCH,
        &uri,
        &[
            ("tus-resumable", "1.0.0"),
            ("content-type", "text/plain"),
            ("upload-offset", "0"),
        ],
        Body::from("x"),
    )
    .await;
    assert_eq!(wrong_type.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let unknown = patch(app, &upload_uri(&sid, &uuid()), 0, b"x").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // Too many bytes: what fits is kept, the rest refused.
    let mut long = attachment.clone().into_bytes();
    long.extend_from_slice(b"more");
    let over = patch(app, &uri, 0, &long).await;
    assert_eq!(
        over.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        over.text()
    );

    // Complete, but for another key: refused, and the upload starts again from 0.
    let (sid, aid) = (uuid(), uuid());
    post_json(
        app,
        "/api/v1/submissions",
        &announcement(&sid, &[(&aid, attachment.len())]),
    )
    .await;
    let uri = upload_uri(&sid, &aid);
    let wrong_key = patch(app, &uri, 0, attachment.as_bytes()).await;
    assert_eq!(wrong_key.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&wrong_key), "wrong-key");
    assert_eq!(head(app, &uri).await.header("upload-offset"), "0");
    // Not a JWE at all: the same.
    let garbage = vec![b'x'; attachment.len()];
    assert_eq!(code(&patch(app, &uri, 0, &garbage).await), "not-a-jwe");

    // Submit bodies are checked the same way.
    let body = json!({
        "encryptedMetadata": jwe(b"{}", &other_keys().0, "application/json"),
        "encryptedData": jwe(b"{}", &office_keys().0, "application/json"),
    });
    let sid = uuid();
    post_json(app, "/api/v1/submissions", &announcement(&sid, &[])).await;
    let answer = post_json(app, &format!("/api/v1/submissions/{sid}/submit"), &body).await;
    assert_eq!(code(&answer), "wrong-key");
    let body = json!({"encryptedMetadata": "a.b.c", "encryptedData": "x"});
    let answer = post_json(app, &format!("/api/v1/submissions/{sid}/submit"), &body).await;
    assert_eq!(code(&answer), "not-a-jwe");
}

#[tokio::test]
async fn an_upload_resumes_after_a_restart_and_its_hash_covers_every_byte() {
    let data = tempfile::tempdir().expect("temp dir");
    let (sid, aid) = (uuid(), uuid());
    let attachment = jwe(&[42u8; 50_000], &office_keys().0, "image/jpeg");
    let bytes = attachment.as_bytes();
    let uri = upload_uri(&sid, &aid);
    let data = {
        let server = server_on(data, Some(&office_keys().0)).await;
        post_json(
            &server.router,
            "/api/v1/submissions",
            &announcement(&sid, &[(&aid, bytes.len())]),
        )
        .await;
        let answer = patch(&server.router, &uri, 0, &bytes[..30_000]).await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT);
        server.state.db.close().await;
        server.data
    };
    // A new server on the same folder: the offset survived, and the rest completes it.
    let server = server_on(data, Some(&office_keys().0)).await;
    let app = &server.router;
    assert_eq!(head(app, &uri).await.header("upload-offset"), "30000");
    let rest = patch(app, &uri, 30_000, &bytes[30_000..]).await;
    assert_eq!(rest.status, StatusCode::NO_CONTENT, "{}", rest.text());
    let answer = post_json(
        app,
        &format!("/api/v1/submissions/{sid}/submit"),
        &submit_body(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let receipt: Receipt = serde_json::from_slice(&answer.body).expect("receipt");
    assert_eq!(
        receipt.claims.ciphertexts[2].sha256,
        hex(&Sha256::digest(bytes))
    );
}

#[tokio::test]
async fn without_an_office_key_nothing_is_accepted() {
    let server = server_on(tempfile::tempdir().expect("temp dir"), None).await;
    let app = &server.router;
    let key = get(app, "/api/v1/office-key", &[]).await;
    assert_eq!(key.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(code(&key), "no-office-key");
    let answer = post_json(app, "/api/v1/submissions", &announcement(&uuid(), &[])).await;
    assert_eq!(code(&answer), "no-office-key");
}

#[tokio::test]
async fn incomplete_submissions_expire_with_their_uploads() {
    let data = tempfile::tempdir().expect("temp dir");
    let key_file = data.path().join("office-key.jwk");
    std::fs::write(&key_file, office_keys().0.to_string()).expect("key");
    let mut config = config(
        fixtures().join("dist"),
        fixtures().join("forms"),
        fixtures().join("locales"),
        data.path().join("data"),
    );
    config.office_key = Some(key_file);
    config.incomplete_ttl = std::time::Duration::ZERO;
    let state = Arc::new(AppState::load(&config).await.expect("loads"));
    let app = app_with(Arc::clone(&state));
    let (sid, aid) = (uuid(), uuid());
    post_json(
        &app,
        "/api/v1/submissions",
        &announcement(&sid, &[(&aid, 100)]),
    )
    .await;
    let staged = Path::new(&config.data).join(format!("blobs/staging/{sid}/{aid}"));
    // Expired at once: uploads are refused, and the sweep deletes row and bytes.
    let answer = patch(&app, &upload_uri(&sid, &aid), 0, b"abc").await;
    assert_eq!(answer.status, StatusCode::GONE);
    std::fs::create_dir_all(staged.parent().expect("parent")).expect("dir");
    std::fs::write(&staged, b"abc").expect("staged bytes");
    assert_eq!(submissions::sweep(&state).await.expect("sweeps"), 1);
    assert!(!staged.exists());
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM attachments")
        .fetch_one(&state.db)
        .await
        .expect("counts");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn a_handover_is_read_and_deleted_only_with_its_token() {
    let server = server().await;
    let app = &server.router;
    let uri = "/api/v1/handovers/7KQM2X9P";
    let token = "A".repeat(43);
    let bearer = format!("Bearer {token}");
    let other = format!("Bearer {}", "B".repeat(43));
    let with = |method: Method, auth: &str, body: &[u8]| {
        let auth = auth.to_string();
        let body = body.to_vec();
        async move {
            request(
                app,
                method,
                uri,
                &[("authorization", &auth)],
                Body::from(body),
            )
            .await
        }
    };
    assert_eq!(
        with(Method::PUT, &bearer, b"sealed draft").await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        code(&with(Method::PUT, &bearer, b"another").await),
        "handover-exists"
    );
    let got = with(Method::GET, &bearer, b"").await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.body, b"sealed draft");
    assert_eq!(got.header("cache-control"), "no-store");
    // The wrong token learns nothing: the same 404 as for no handover at all.
    assert_eq!(
        with(Method::GET, &other, b"").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        with(Method::DELETE, &other, b"").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        with(Method::DELETE, &bearer, b"").await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        with(Method::GET, &bearer, b"").await.status,
        StatusCode::NOT_FOUND
    );
    // Malformed ids, missing tokens and oversized drafts are refused.
    let bad = request(
        app,
        Method::GET,
        "/api/v1/handovers/..%2Fx",
        &[("authorization", &bearer)],
        Body::empty(),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        with(Method::GET, "Bearer short", b"").await.status,
        StatusCode::BAD_REQUEST
    );
    let big = vec![b'x'; 60 * 1024];
    assert_eq!(
        with(Method::PUT, &bearer, &big).await.status,
        StatusCode::PAYLOAD_TOO_LARGE
    );
}

#[tokio::test]
async fn one_address_cannot_flood_announcements_or_handovers() {
    let server = server().await;
    let app = &server.router;
    let mut statuses = Vec::new();
    for _ in 0..32 {
        let announce = announcement(&uuid(), &[]);
        statuses.push(
            post_json(app, "/api/v1/submissions", &announce)
                .await
                .status,
        );
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        30,
        "a burst of 30: {statuses:?}"
    );
    let limited = post_json(app, "/api/v1/submissions", &announcement(&uuid(), &[])).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.header("retry-after"), "60");
    let handover = request(
        app,
        Method::PUT,
        "/api/v1/handovers/7KQM2X9P",
        &[("authorization", &format!("Bearer {}", "A".repeat(43)))],
        Body::from(vec![1u8; 100]),
    )
    .await;
    assert_eq!(
        handover.status,
        StatusCode::TOO_MANY_REQUESTS,
        "handovers share the address's budget"
    );
}
