//! Several intake processes share one database and one blob store (docs: ARCHITECTURE.md,
//! "the database"): two real `pforte serve` processes; a submission is announced on the first,
//! uploaded to the second and submitted on the first, and the office fetches it intact from
//! either. With `PFORTE_TEST_POSTGRES` and `PFORTE_TEST_S3` (as `cargo xtask test` sets them)
//! they share PostgreSQL and S3 and have data folders of their own (with the same receipt
//! key); without, they share one data folder (SQLite and the blob folder).

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::server::{fixtures, postgres_for, s3_for};
use crate::submissions::{announcement, jwe, office_keys, submit_body, uuid};

struct Serving {
    child: Child,
    base: String,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(data: &Path, key: &Path, database: Option<&str>, blobs: Option<&str>) -> Serving {
    serve_with(data, key, database, blobs, &[], None)
}

/// [`serve`] with more arguments.
fn serve_with(
    data: &Path,
    key: &Path,
    database: Option<&str>,
    blobs: Option<&str>,
    more: &[&std::ffi::OsStr],
    smtp_port: Option<u16>,
) -> Serving {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pforte"));
    cmd.arg("serve")
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .arg("--dist")
        .arg(fixtures().join("dist"))
        .arg("--forms")
        .arg(fixtures().join("forms"))
        .arg("--data")
        .arg(data)
        .arg("--office-key")
        .arg(key)
        .env_remove("DATABASE_URL")
        .env_remove("PFORTE_BLOB_STORE")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(url) = database {
        cmd.args(["--database-url", url]);
    }
    if let Some(url) = blobs {
        cmd.args(["--blob-store", url]);
    }
    if !more.iter().any(|arg| *arg == "--locales") {
        cmd.arg("--locales").arg(fixtures().join("locales"));
    }
    cmd.args(more);
    match smtp_port {
        Some(port) => cmd.env("PFORTE_SMTP_URL", format!("smtp://127.0.0.1:{port}")),
        None => cmd.env_remove("PFORTE_SMTP_URL"),
    };
    let mut child = cmd.spawn().expect("pforte serve starts");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            child.try_wait().expect("status").is_none(),
            "pforte serve exited"
        );
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "pforte serve is not listening"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Serving {
        child,
        base: format!("http://127.0.0.1:{port}"),
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn post(base: &str, path: &str, body: &Value) -> (u16, String) {
    let mut answer = agent()
        .post(&format!("{base}{path}"))
        .header("content-type", "application/json")
        .send(body.to_string())
        .expect("an answer");
    let status = answer.status().as_u16();
    (
        status,
        answer.body_mut().read_to_string().unwrap_or_default(),
    )
}

#[test]
fn a_submission_moves_between_two_processes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = dir.path().join("office-key.jwk");
    std::fs::write(&key, office_keys().0.to_string()).expect("key file");
    let first_data = dir.path().join("first");
    let database = postgres_for(&first_data);
    let blobs = s3_for(&first_data);
    let shared = database.is_some() && blobs.is_some();
    let first = serve(&first_data, &key, database.as_deref(), blobs.as_deref());
    // Separate data folders (only staging is local) with the same receipt key; or, on SQLite,
    // the same folder.
    let second_data = if shared {
        let second = dir.path().join("second");
        std::fs::create_dir_all(&second).expect("folder");
        std::fs::copy(
            first_data.join(pforte_intake::receipt::KEY_FILE),
            second.join(pforte_intake::receipt::KEY_FILE),
        )
        .expect("the receipt key");
        second
    } else {
        first_data.clone()
    };
    let second = serve(&second_data, &key, database.as_deref(), blobs.as_deref());

    let (sid, aid) = (uuid(), uuid());
    let attachment = jwe(&[7u8; 300_000], &office_keys().0, "application/pdf");
    let (status, text) = post(
        &first.base,
        "/api/v1/submissions",
        &announcement(&sid, &[(&aid, attachment.len())]),
    );
    assert_eq!(status, 201, "announce on the first: {text}");
    let upload = agent()
        .patch(&format!(
            "{}/api/v1/submissions/{sid}/attachments/{aid}",
            second.base
        ))
        .header("tus-resumable", "1.0.0")
        .header("upload-offset", "0")
        .header("content-type", "application/offset+octet-stream")
        .send(attachment.as_bytes())
        .expect("an answer");
    assert_eq!(upload.status().as_u16(), 204, "upload to the second");
    let (status, receipt) = post(
        &first.base,
        &format!("/api/v1/submissions/{sid}/submit"),
        &submit_body(),
    );
    assert_eq!(status, 200, "submit on the first: {receipt}");
    let receipt: Value = serde_json::from_str(&receipt).expect("a receipt");
    let reference = receipt["claims"]["reference"]
        .as_str()
        .expect("a reference");

    // The receipt verifies with either process's key, and either serves the ciphertext.
    for server in [&first, &second] {
        let text = agent()
            .get(&format!("{}/api/v1/receipt-key", server.base))
            .call()
            .expect("an answer")
            .body_mut()
            .read_to_string()
            .expect("a body");
        let key: Value = serde_json::from_str(&text).expect("a JWK");
        assert_eq!(key["kid"], receipt_kid(&receipt), "one receipt key");
    }
    let token = office_token(&second_data, database.as_deref());
    for server in [&first, &second] {
        let mut answer = agent()
            .get(&format!(
                "{}/api/v1/office/submissions/{reference}/attachments/{aid}",
                server.base
            ))
            .header("authorization", &format!("Bearer {token}"))
            .call()
            .expect("an answer");
        assert_eq!(answer.status().as_u16(), 200);
        let stored = answer
            .body_mut()
            .with_config()
            .limit(10_000_000)
            .read_to_string()
            .expect("the ciphertext");
        assert!(stored == attachment, "the ciphertext arrived intact");
    }
}

fn receipt_kid(receipt: &Value) -> Value {
    let jws = receipt["jws"].as_str().expect("a JWS");
    let header = jws.split('.').next().expect("a header");
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .expect("base64url");
    serde_json::from_slice::<Value>(&bytes).expect("JSON")["kid"].clone()
}

/// A token made with the CLI against the shared database.
fn office_token(data: &Path, database: Option<&str>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pforte"));
    cmd.args(["office", "token", "create", "--name", "clerk", "--data"])
        .arg(data)
        .env_remove("DATABASE_URL");
    if let Some(url) = database {
        cmd.args(["--database-url", url]);
    }
    let out = cmd.output().expect("pforte office token create");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// `pforte office …` against `base` with the office token; the exit status, stdout, stderr.
fn office(base: &str, token: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pforte"))
        .arg("office")
        .args(args)
        .args(["--server", base])
        .env("PFORTE_OFFICE_TOKEN", token)
        .output()
        .expect("pforte office runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_calendar_change_from_the_cli_reaches_every_process() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = dir.path().join("office-key.jwk");
    std::fs::write(&key, office_keys().0.to_string()).expect("key file");
    let data = dir.path().join("data");
    let database = postgres_for(&data);
    let calendar = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/calendar.json");
    let first = serve_with(
        &data,
        &key,
        database.as_deref(),
        None,
        &["--calendar".as_ref(), calendar.as_os_str()],
        None,
    );
    // The second process has no --calendar: it books from the published one.
    let second = serve(&data, &key, database.as_deref(), None);
    let services = agent()
        .get(&format!("{}/api/v1/appointments/services", second.base))
        .call()
        .expect("an answer")
        .body_mut()
        .read_to_string()
        .expect("a body");
    assert!(services.contains("eat-pickup"), "{services}");

    let token = office_token(&data, database.as_deref());
    let (ok, _, said) = office(
        &first.base,
        &token,
        &[
            "calendar",
            "close",
            "--from",
            "2030-01-07",
            "--to",
            "2030-01-08",
            "--counter",
            "c11",
            "--times",
            "08:00-10:00",
            "--reason",
            "new card printer",
        ],
    );
    assert!(ok && said.contains("published as version 2"), "{said}");
    let (ok, shown, said) = office(&second.base, &token, &["calendar", "show"]);
    assert!(ok && said.starts_with("version 2, "), "{said}");
    let shown: Value = serde_json::from_str(&shown).expect("the calendar as JSON");
    let added = shown["closures"].as_array().and_then(|c| c.last()).cloned();
    assert_eq!(
        added,
        Some(
            serde_json::json!({"from": "2030-01-07", "to": "2030-01-08", "counters": ["c11"],
            "times": ["08:00-10:00"], "reason": "new card printer"})
        )
    );
    // A closure naming no such counter is refused before anything is sent.
    let (ok, _, said) = office(
        &first.base,
        &token,
        &[
            "calendar",
            "close",
            "--from",
            "2030-01-07",
            "--counter",
            "c99",
        ],
    );
    assert!(
        !ok && said.contains("c99") && said.contains("nothing was published"),
        "{said}"
    );
}

/// A temp dir with the office's public key (JWK, for the server) and private key (PEM, for
/// the CLI) in it.
fn office_files() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = dir.path().join("office-key.jwk");
    std::fs::write(&key, office_keys().0.to_string()).expect("key file");
    let pem = dir.path().join("office-key.pem");
    std::fs::write(&pem, crate::submissions::office_private_pem()).expect("PEM");
    (dir, key, pem)
}

#[test]
fn a_status_change_is_told_by_email_through_the_relay_from_the_cli() {
    let (dir, key, pem) = office_files();
    let data = dir.path().join("data");
    let database = postgres_for(&data);
    let server = serve_with(
        &data,
        &key,
        database.as_deref(),
        None,
        &[
            "--locales".as_ref(),
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../locales")
                .as_os_str(),
        ],
        None,
    );

    // An application with a status code; its applicant asks to be told, in Arabic.
    let sid = uuid();
    let (status, text) = post(
        &server.base,
        "/api/v1/submissions",
        &announcement(&sid, &[]),
    );
    assert_eq!(status, 201, "{text}");
    let secret = pforte_engine::submission::status_secret::encode(0x1234_5678_9abc_def0_1234);
    let mut body = submit_body();
    body["statusSecretSha256"] = pforte_engine::submission::status_secret::digest(
        &pforte_engine::submission::status_secret::normalize(&secret).expect("a code"),
    )
    .into();
    let (status, receipt) = post(
        &server.base,
        &format!("/api/v1/submissions/{sid}/submit"),
        &body,
    );
    assert_eq!(status, 200, "{receipt}");
    let receipt: Value = serde_json::from_str(&receipt).expect("a receipt");
    let reference = receipt["claims"]["reference"]
        .as_str()
        .expect("a reference")
        .to_string();
    let address = jwe(
        br#"{"email":"amal@example.org","lang":"ar"}"#,
        &office_keys().0,
        "application/json",
    );
    let (status, text) = post(
        &server.base,
        "/api/v1/status/notice",
        &serde_json::json!({"reference": reference, "secret": secret, "encryptedAddress": address}),
    );
    assert_eq!(status, 200, "{text}");

    let token = office_token(&data, database.as_deref());
    let (port, sink) = pforte_testkit::sink();
    let out = Command::new(env!("CARGO_BIN_EXE_pforte"))
        .args([
            "office",
            "status",
            &reference,
            "documents-missing",
            "--document",
            "passport",
            "--server",
            &server.base,
            "--mail-from",
            "auslaenderbehoerde@example.de",
            "--public-url",
            "https://antrag.example.de/",
        ])
        .arg("--key")
        .arg(&pem)
        .env("PFORTE_OFFICE_TOKEN", &token)
        .env("PFORTE_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
        .output()
        .expect("pforte office status runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("told by email") && said.contains("(ar)"),
        "{said}"
    );
    let (rcpt, message) = sink
        .recv_timeout(Duration::from_secs(10))
        .expect("a message");
    assert_eq!(rcpt, "<amal@example.org>");
    let text = pforte_testkit::decoded_body(&message);
    assert!(
        text.contains(&format!("https://antrag.example.de/status?ref={reference}")),
        "{text}"
    );
    assert!(
        text.contains("تغيّرت") || text.contains("تغير"),
        "written in Arabic: {text}"
    );
    // Only that it changed: neither the status nor the document is in the mail.
    for secret_word in ["documents", "passport", "Reisepass", secret.as_str()] {
        assert!(
            !message.contains(secret_word) && !text.contains(secret_word),
            "{secret_word} in {text}"
        );
    }

    // Without the key the status is still set, and the CLI says the mail was not sent.
    let (port, _sink) = pforte_testkit::sink();
    let out = Command::new(env!("CARGO_BIN_EXE_pforte"))
        .args([
            "office",
            "status",
            &reference,
            "in-review",
            "--server",
            &server.base,
            "--mail-from",
            "auslaenderbehoerde@example.de",
        ])
        .env("PFORTE_OFFICE_TOKEN", &token)
        .env("PFORTE_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
        .env_remove("PFORTE_OFFICE_KEY_FILE")
        .output()
        .expect("pforte office status runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NOT told by email"));
}

#[test]
fn the_office_reads_the_address_of_someone_who_booked_by_email() {
    let (dir, key, pem) = office_files();
    let data = dir.path().join("data");
    let database = postgres_for(&data);
    let calendar = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/calendar.json");
    let (smtp, mail) = pforte_testkit::sink();
    let server = serve_with(
        &data,
        &key,
        database.as_deref(),
        None,
        &[
            "--calendar".as_ref(),
            calendar.as_os_str(),
            "--mail-from".as_ref(),
            "termine@example.de".as_ref(),
        ],
        Some(smtp),
    );
    let (status, sent) = post(
        &server.base,
        "/api/v1/appointments/contact",
        &serde_json::json!({"email": "Dara@Example.org", "lang": "fa"}),
    );
    assert_eq!(status, 202, "{sent}");
    let check = serde_json::from_str::<Value>(&sent).expect("JSON")["check"].clone();
    let (_, message) = mail.recv_timeout(Duration::from_secs(10)).expect("a code");
    let code = pforte_testkit::one_time_code(&message).expect("a code");
    let (status, times) = post(
        &server.base,
        "/api/v1/appointments/slots",
        &serde_json::json!({"service": "settlement-counselling", "check": check, "code": code}),
    );
    assert_eq!(status, 200, "{times}");
    let times: Value = serde_json::from_str(&times).expect("JSON");
    let date = times["days"][0]["date"]
        .as_str()
        .expect("a day")
        .to_string();
    let (status, booked) = post(
        &server.base,
        "/api/v1/appointments",
        &serde_json::json!({"service": "settlement-counselling", "date": date,
            "start": times["days"][0]["times"][0], "check": check, "code": code}),
    );
    assert_eq!(status, 201, "{booked}");

    let token = office_token(&data, database.as_deref());
    let run = |more: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_pforte"))
            .args([
                "office",
                "appointments",
                "--date",
                &date,
                "--csv",
                "--server",
                &server.base,
            ])
            .args(more)
            .env("PFORTE_OFFICE_TOKEN", &token)
            .output()
            .expect("pforte office appointments");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let opened = run(&["--key", &pem.to_string_lossy()]);
    assert!(
        opened.starts_with("date,start,minutes,counter,service,reference,contact,id"),
        "{opened}"
    );
    assert!(
        opened.contains(",Dara@Example.org,"),
        "the address as typed: {opened}"
    );
    let closed = run(&[]);
    assert!(
        closed.contains(",encrypted,") && !closed.contains("Dara"),
        "{closed}"
    );
}
