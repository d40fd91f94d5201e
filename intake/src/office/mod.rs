//! `pforte office …`: the office's side of a submission. On the server host: `keygen` and
//! `token`. On the clerk's machine: `list`, `fetch`, `ack` against the office API, and
//! `verify-receipt` offline.
//!
//! These are commands, so they report with `anyhow` (each failure with the context a clerk
//! needs); the pieces they are made of ([`keys`], [`crate::jwe`], [`crate::receipt`]) have
//! typed errors.

pub mod calendar;
pub mod concerns;
pub mod fetch;
pub mod keys;
pub mod notice;

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use pforte_engine::status::{CaseEvent, CaseStatus};
use pforte_engine::submission::reference;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::cli::{OfficeCommand, ServerArgs, TokenCommand};
use crate::receipt;
use crate::server::db::{now, rfc3339};
use crate::server::office::{token_hash, Appointment, AuditEntry, Detail, Entry, Reminder};

/// Run an office command. Exit code 0: done; 1: failed, or (fetch) the data is invalid, or
/// (verify-receipt) the receipt is not valid.
pub fn run(command: OfficeCommand) -> anyhow::Result<ExitCode> {
    match command {
        OfficeCommand::Keygen(args) => keygen(&args.out, args.team.as_deref(), args.encrypt),
        OfficeCommand::Staff(command) => concerns::staff(command),
        OfficeCommand::Concerns(args) => concerns::list(args),
        OfficeCommand::Concern(args) => concerns::update(args),
        OfficeCommand::KioskPin(args) => {
            let pin = concerns::kiosk_pin(&args.routing, &args.team_keys)?;
            println!("{pin}");
            eprintln!("start the kiosk terminal at https://…/kiosk?pin={pin}");
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::Token(command) => token(command),
        OfficeCommand::List(args) => {
            let client = Client::new(&args.server)?;
            let entries = client.list(&args.state)?;
            if entries.is_empty() {
                eprintln!("no submissions in state {}", args.state);
            }
            for entry in entries {
                let bytes: u64 = entry.attachments.iter().map(|a| a.length).sum();
                println!(
                    "{}  {}  {} {}  {} attachment(s), {bytes} bytes  {}",
                    entry.reference,
                    entry.received_at,
                    entry.form_id,
                    entry.form_version,
                    entry.attachments.len(),
                    entry.state
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::Fetch(args) => {
            let client = Client::new(&args.server)?;
            let key = keys::load_private_asking(&args.key)?;
            let reference = normalize(&args.reference)?;
            let detail = client.detail(&reference)?;
            let total = detail.entry.attachments.iter().map(|a| a.length).sum();
            let progress = progress_bar(total);
            let fetched = fetch::unpack(&detail, &key, &args.forms, &args.out, |attachment| {
                let reader = client.attachment(&reference, &attachment.attachment_id)?;
                Ok(Box::new(progress.wrap_read(reader)))
            });
            progress.finish_and_clear();
            let fetched = fetched?;
            println!("{}", fetched.dir.display());
            if fetched.validation.valid {
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "pforte: the data does not validate against the form ({} error(s)); see {}",
                    fetched.validation.errors.len(),
                    fetched.dir.join("summary.txt").display()
                );
                Ok(ExitCode::from(1))
            }
        }
        OfficeCommand::Ack(args) => {
            let client = Client::new(&args.server)?;
            let entry = client.ack(&normalize(&args.reference)?)?;
            println!("{} {}", entry.reference, entry.state);
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::Status(args) => {
            let client = Client::new(&args.server)?;
            let mut status = serde_json::json!({"status": args.status});
            if !args.documents.is_empty() {
                status["documents"] = args.documents.into();
            }
            if let Some(mode) = args.pickup {
                status["mode"] = mode.into();
            }
            if let Some(code) = args.pickup_code {
                status["pickupCode"] = code.into();
            }
            let reference = normalize(&args.reference)?;
            // Email is off unless the relay is configured; then the address is read before
            // the change (closing a case forgets it).
            let relay = crate::mail::Relay::from_env(args.notice.mail_from.as_deref())?;
            let notice = match &relay {
                Some(_) => client.notice(&reference)?,
                None => None,
            };
            let added = client.add_event(&reference, &serde_json::json!({ "status": status }))?;
            println!("{} event {} at {}", args.reference, added.seq, added.at);
            let (Some(relay), Some(encrypted)) = (relay, notice) else {
                return Ok(ExitCode::SUCCESS);
            };
            let told = args
                .notice
                .key
                .as_deref()
                .context("the applicant asked to be told by email: give the office key with --key to open the address")
                .and_then(|key| {
                    let base = args.notice.public_url.as_deref().unwrap_or(&args.server.server);
                    notice::tell(&client, &relay, key, &encrypted, &reference, base)
                });
            match told {
                Ok(lang) => {
                    eprintln!("the applicant was told by email that the status changed ({lang})");
                    Ok(ExitCode::SUCCESS)
                }
                Err(err) => {
                    eprintln!("pforte: the status is set, but the applicant was NOT told by email: {err:#}");
                    Ok(ExitCode::from(3))
                }
            }
        }
        OfficeCommand::Fiction(args) => {
            let client = Client::new(&args.server)?;
            let event = serde_json::json!({"fictionCertificate": {"validUntil": args.valid_until}});
            let added = client.add_event(&normalize(&args.reference)?, &event)?;
            println!("{} event {} at {}", args.reference, added.seq, added.at);
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::Reminders(args) => {
            let client = Client::new(&args.server)?;
            let due = client.reminders(args.within)?;
            if due.is_empty() {
                eprintln!(
                    "no certificate of fictitious continuation ends within {} days",
                    args.within
                );
            }
            for reminder in due {
                println!(
                    "{}  ends {}",
                    reminder.reference, reminder.fiction_valid_until
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::History(args) => {
            let client = Client::new(&args.server)?;
            let case = client.events(&normalize(&args.reference)?)?;
            let key = client.receipt_key()?;
            match receipt::verify_history(&case.events, &key, &case.reference) {
                Ok(()) => {
                    for event in &case.events {
                        let what = match (&event.status, &event.fiction_valid_until) {
                            (Some(status), _) => serde_json::to_string(status)?,
                            (None, Some(until)) => format!("fiction certificate until {until}"),
                            (None, None) => "(an event this version does not know)".into(),
                        };
                        println!("{:>3}  {}  {what}", event.seq, event.at);
                    }
                    eprintln!("every event is signed by the server and the chain is whole");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!(
                        "pforte: {}: the event log is NOT valid: {e}",
                        case.reference
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
        OfficeCommand::Appointments(args) => {
            let client = Client::new(&args.server)?;
            let day = client.appointments(&args.date)?;
            let key = args
                .key
                .as_deref()
                .map(keys::load_private_asking)
                .transpose()?;
            let contact = |a: &Appointment| -> String {
                let Some(sealed) = &a.encrypted_contact else {
                    return String::new();
                };
                key.as_ref()
                    .and_then(|key| crate::jwe::decrypt_compact(sealed, key).ok())
                    .and_then(|(plain, _)| serde_json::from_slice::<Value>(&plain).ok())
                    .and_then(|v| v["email"].as_str().map(String::from))
                    .unwrap_or_else(|| "encrypted".into())
            };
            if args.csv {
                let mut out = csv::Writer::from_writer(std::io::stdout().lock());
                out.write_record([
                    "date",
                    "start",
                    "minutes",
                    "counter",
                    "service",
                    "reference",
                    "contact",
                    "id",
                ])?;
                for a in &day {
                    out.write_record([
                        a.date.as_str(),
                        &a.start,
                        &a.minutes.to_string(),
                        &a.counter,
                        &a.service,
                        a.reference.as_deref().unwrap_or_default(),
                        &contact(a),
                        &a.id,
                    ])?;
                }
                out.flush()?;
            } else {
                if day.is_empty() {
                    eprintln!("no appointments on {}", args.date);
                }
                for a in &day {
                    println!(
                        "{}  {:>3} min  {:<6} {:<28} {}",
                        a.start,
                        a.minutes,
                        a.counter,
                        a.service,
                        a.reference.clone().unwrap_or_else(|| contact(a))
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::Calendar(command) => calendar::run(command),
        OfficeCommand::BookingAudit(args) => {
            let client = Client::new(&args.server)?;
            let who = if args.reference.contains('@') {
                ("email", args.reference.trim().to_string())
            } else {
                ("reference", normalize(&args.reference)?)
            };
            for entry in client.booking_audit(who)? {
                println!(
                    "{}  {:<18} {:<28} {}",
                    entry.at,
                    entry.action,
                    entry.service,
                    entry.booking_id.as_deref().unwrap_or("-")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        OfficeCommand::VerifyReceipt(args) => {
            let text = std::fs::read_to_string(&args.file)
                .with_context(|| format!("{}: cannot read", args.file.display()))?;
            let key: Value = serde_json::from_str(
                &std::fs::read_to_string(&args.key)
                    .with_context(|| format!("{}: cannot read", args.key.display()))?,
            )
            .with_context(|| format!("{}: not a JWK", args.key.display()))?;
            match receipt::verify_file(&text, &key) {
                Ok(claims) => {
                    println!("{}", serde_json::to_string_pretty(&claims)?);
                    eprintln!("the receipt is valid");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!(
                        "pforte: {}: the receipt is NOT valid: {e}",
                        args.file.display()
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

fn normalize(typed: &str) -> anyhow::Result<String> {
    reference::normalize(typed).with_context(|| {
        format!("{typed:?} is not a reference number (XXXX-XXXX-C; check for a typo)")
    })
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

fn keygen(out: &Path, team: Option<&str>, encrypt: bool) -> anyhow::Result<ExitCode> {
    let passphrase = if encrypt {
        Some(keys::new_passphrase()?)
    } else {
        None
    };
    eprintln!("generating an RSA 4096 key pair (this takes a few seconds)…");
    let files = match team {
        Some(team) => keys::KeyFiles::team(team),
        None => keys::KeyFiles::office(),
    };
    let generated = keys::keygen(out, &files, passphrase.as_deref())?;
    println!("{}", serde_json::to_string_pretty(&generated.key.jwk)?);
    println!();
    println!(
        "private key: {} (keep it offline; mode 0600)",
        generated.private_path.display()
    );
    println!("public key:  {}", generated.public_path.display());
    println!("thumbprint:  {}", generated.key.thumbprint);
    println!();
    if let Some(team) = team {
        println!(
            "Put {} into the server's --team-keys folder; team {team} imports {} in the staff \
             inbox.",
            generated.public_path.display(),
            generated.private_path.display()
        );
    } else {
        println!(
            "Build the app with PFORTE_OFFICE_KEY_THUMBPRINT={} and start the server with \
             --office-key {}",
            generated.key.thumbprint,
            generated.public_path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// A new office token: 256 random bits, base64url.
pub fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    openssl::rand::rand_bytes(&mut bytes).context("no randomness")?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

fn token(command: TokenCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match command {
            TokenCommand::Create { store, name } => {
                let db = store.open().await?;
                let token = new_token()?;
                let inserted = sqlx::query(
                    "INSERT INTO office_tokens (token_sha256, name, created_at) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(token_hash(&token))
                .bind(&name)
                .bind(now())
                .execute(&db)
                .await?
                .rows_affected();
                if inserted == 0 {
                    bail!("a token named {name:?} exists; revoke it first or choose another name");
                }
                eprintln!(
                    "token {name:?} created; it is shown only now. Give it to the office as \
                     PFORTE_OFFICE_TOKEN:"
                );
                println!("{token}");
            }
            TokenCommand::List { store } => {
                let db = store.open().await?;
                let tokens: Vec<(String, i64)> =
                    sqlx::query_as("SELECT name, created_at FROM office_tokens ORDER BY name")
                        .fetch_all(&db)
                        .await?;
                if tokens.is_empty() {
                    eprintln!("no tokens");
                }
                for (name, created_at) in tokens {
                    println!("{name}  created {}", rfc3339(created_at));
                }
            }
            TokenCommand::Revoke { store, name } => {
                let db = store.open().await?;
                let deleted = sqlx::query("DELETE FROM office_tokens WHERE name = $1")
                    .bind(&name)
                    .execute(&db)
                    .await?
                    .rows_affected();
                if deleted == 0 {
                    bail!("no token named {name:?}");
                }
                eprintln!("token {name:?} revoked");
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The office API over HTTP(S), with the token from the environment.
pub struct Client {
    agent: ureq::Agent,
    base: String,
    token: String,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// Largest JSON answer read (a submission's two JWEs).
const JSON_LIMIT: u64 = 64 * 1024 * 1024;

impl Client {
    /// A client for `args.server`, its token read from the variable `args.token_env`.
    pub fn new(args: &ServerArgs) -> anyhow::Result<Client> {
        let token = std::env::var(&args.token_env)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .with_context(|| {
                format!(
                    "set {} to the office token (made by `pforte office token create` on the \
                     server); tokens are never given as arguments",
                    args.token_env
                )
            })?;
        let tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::NativeTls)
            .build();
        let agent = ureq::Agent::config_builder()
            .tls_config(tls)
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(30)))
            .build()
            .into();
        Ok(Client {
            agent,
            base: args.server.trim_end_matches('/').to_string(),
            token: token.trim().to_string(),
        })
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}/api/v1/office/{path}", self.base)
    }

    fn check(
        &self,
        url: &str,
        response: ureq::http::Response<ureq::Body>,
    ) -> anyhow::Result<ureq::http::Response<ureq::Body>> {
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let mut response = response;
        let body = response
            .body_mut()
            .with_config()
            .limit(64 * 1024)
            .read_to_string()
            .unwrap_or_default();
        let message = serde_json::from_str::<Value>(&body)
            .ok()
            .and_then(|v| {
                v.pointer("/error/message")
                    .and_then(Value::as_str)
                    .map(String::from)
            })
            .unwrap_or(body);
        if status == 401 {
            bail!("{url}: the server does not accept the token ({status}): {message}");
        }
        bail!("{url}: the server answered {status}: {message}")
    }

    pub(crate) fn json<T: DeserializeOwned>(
        &self,
        request: ureq::RequestBuilder<ureq::typestate::WithoutBody>,
        url: &str,
    ) -> anyhow::Result<T> {
        let response = request
            .header("Authorization", &format!("Bearer {}", self.token))
            .call()
            .with_context(|| format!("{url}: no answer"))?;
        let mut response = self.check(url, response)?;
        let text = response
            .body_mut()
            .with_config()
            .limit(JSON_LIMIT)
            .read_to_string()
            .with_context(|| format!("{url}: cannot read the answer"))?;
        serde_json::from_str(&text).with_context(|| format!("{url}: unexpected answer"))
    }

    /// `GET /office/submissions?state=…`.
    pub fn list(&self, state: &str) -> anyhow::Result<Vec<Entry>> {
        let url = self.url("submissions");
        self.json(self.agent.get(&url).query("state", state), &url)
    }

    /// `GET /office/submissions/{ref}`.
    pub fn detail(&self, reference: &str) -> anyhow::Result<Detail> {
        let url = self.url(&format!("submissions/{reference}"));
        self.json(self.agent.get(&url), &url)
    }

    /// `POST /office/submissions/{ref}/ack`.
    pub fn ack(&self, reference: &str) -> anyhow::Result<Entry> {
        self.post(&format!("submissions/{reference}/ack"), None)
    }

    /// `POST /office/submissions/{ref}/events`: `{"status": …}` or `{"fictionCertificate": …}`.
    pub fn add_event(&self, reference: &str, event: &Value) -> anyhow::Result<CaseEvent> {
        self.post(&format!("submissions/{reference}/events"), Some(event))
    }

    /// `GET /office/submissions/{ref}/events`.
    pub fn events(&self, reference: &str) -> anyhow::Result<CaseStatus> {
        let url = self.url(&format!("submissions/{reference}/events"));
        self.json(self.agent.get(&url), &url)
    }

    /// `GET /office/reminders?within=…`.
    pub fn reminders(&self, within: u32) -> anyhow::Result<Vec<Reminder>> {
        let url = self.url("reminders");
        self.json(
            self.agent.get(&url).query("within", within.to_string()),
            &url,
        )
    }

    /// `GET /office/appointments?date=…`.
    pub fn appointments(&self, date: &str) -> anyhow::Result<Vec<Appointment>> {
        let url = self.url("appointments");
        self.json(self.agent.get(&url).query("date", date), &url)
    }

    /// `GET /office/appointments/audit?reference=…`.
    /// `GET /office/appointments/audit?reference=…` or `?email=…`.
    pub fn booking_audit(&self, (by, who): (&str, String)) -> anyhow::Result<Vec<AuditEntry>> {
        let url = self.url("appointments/audit");
        self.json(self.agent.get(&url).query(by, who), &url)
    }

    /// The server's public receipt key (`GET /api/v1/receipt-key`, no token needed).
    pub fn receipt_key(&self) -> anyhow::Result<Value> {
        let url = format!("{}/api/v1/receipt-key", self.base);
        self.json(self.agent.get(&url), &url)
    }

    pub(crate) fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<&Value>,
    ) -> anyhow::Result<T> {
        let url = self.url(path);
        let request = self
            .agent
            .post(&url)
            .header("Authorization", &format!("Bearer {}", self.token));
        let response = match body {
            Some(body) => request
                .header("Content-Type", "application/json")
                .send(body.to_string()),
            None => request.send_empty(),
        }
        .with_context(|| format!("{url}: no answer"))?;
        let mut response = self.check(&url, response)?;
        let text = response
            .body_mut()
            .with_config()
            .limit(JSON_LIMIT)
            .read_to_string()?;
        serde_json::from_str(&text).with_context(|| format!("{url}: unexpected answer"))
    }

    /// `GET /office/submissions/{ref}/attachments/{aid}`: the ciphertext as a stream.
    pub fn attachment(
        &self,
        reference: &str,
        aid: &str,
    ) -> anyhow::Result<ureq::BodyReader<'static>> {
        if !aid.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-') {
            bail!("the server lists an attachment id that is not a UUID: {aid:?}");
        }
        let url = self.url(&format!("submissions/{reference}/attachments/{aid}"));
        let response = self
            .agent
            .get(&url)
            .header("Authorization", &format!("Bearer {}", self.token))
            .call()
            .with_context(|| format!("{url}: no answer"))?;
        let response = self.check(&url, response)?;
        Ok(response.into_body().into_reader())
    }
}
