//! `pforte office staff|concerns|concern`: the kiosk's side of the office CLI
//! (docs/KIOSK.md). `staff` runs on the server host against its data folder, like `token`;
//! `concerns` and `concern` talk to the office API with a token and decrypt on the clerk's
//! machine with the team's private key.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{bail, Context};
use pforte_engine::kiosk::api::{ConcernContent, ConcernState, QueuedConcern, MAX_NOTE};
use pforte_engine::submission::ticket_code;
use serde_json::json;

use super::{keys, runtime, Client};
use crate::cli::{ConcernArgs, ConcernsArgs, StaffCommand};
use crate::jwe::{decrypt_compact, Decrypter};
use crate::server::db::{now, rfc3339};
use crate::server::staff::{hash_password, MIN_PASSWORD};
use crate::ticket_note;

/// Where `staff add` reads the password from, if set (for scripts and tests).
pub const PASSWORD_ENV: &str = "PFORTE_STAFF_PASSWORD";

fn new_password() -> anyhow::Result<String> {
    let password = if let Ok(password) = std::env::var(PASSWORD_ENV) {
        password
    } else if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        if rpassword::prompt_password("Same password again: ")? != first {
            bail!("the two passwords differ; nothing was changed");
        }
        first
    } else {
        bail!("set {PASSWORD_ENV} or run in a terminal to be asked for the password");
    };
    if password.chars().count() < MIN_PASSWORD {
        bail!("the password must have at least {MIN_PASSWORD} characters");
    }
    Ok(password)
}

pub fn staff(command: StaffCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match command {
            StaffCommand::Add { store, name, teams } => {
                if name.trim().is_empty() || name.len() > 64 {
                    bail!("a name has 1 to 64 characters");
                }
                let password = new_password()?;
                let phc = hash_password(&password)
                    .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?;
                let db = store.open().await?;
                let mut tx = db.begin().await?;
                let inserted = sqlx::query(
                    "INSERT INTO staff (name, password_hash, created_at) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(&name)
                .bind(&phc)
                .bind(now())
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    bail!("{name:?} exists; remove them first to change password or teams");
                }
                for team in &teams {
                    sqlx::query(
                        "INSERT INTO staff_teams (name, team) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind(&name)
                    .bind(team)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                eprintln!("{name:?} added, team(s) {}", teams.join(", "));
            }
            StaffCommand::Remove { store, name } => {
                let db = store.open().await?;
                let deleted = sqlx::query("DELETE FROM staff WHERE name = $1")
                    .bind(&name)
                    .execute(&db)
                    .await?
                    .rows_affected();
                if deleted == 0 {
                    bail!("no one named {name:?}");
                }
                eprintln!("{name:?} removed; their sessions have ended");
            }
            StaffCommand::List { store } => {
                let db = store.open().await?;
                let people: Vec<(String, i64)> =
                    sqlx::query_as("SELECT name, created_at FROM staff ORDER BY name")
                        .fetch_all(&db)
                        .await?;
                let memberships: Vec<(String, String)> =
                    sqlx::query_as("SELECT name, team FROM staff_teams ORDER BY name, team")
                        .fetch_all(&db)
                        .await?;
                if people.is_empty() {
                    eprintln!("no staff accounts");
                }
                for (name, created_at) in people {
                    let teams: Vec<&str> = memberships
                        .iter()
                        .filter(|(who, _)| *who == name)
                        .map(|(_, team)| team.as_str())
                        .collect();
                    println!(
                        "{name}  teams {}  added {}",
                        teams.join(", "),
                        rfc3339(created_at)
                    );
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// A concern's content, decrypted with the team's key.
fn open(concern: &QueuedConcern, key: &Decrypter) -> anyhow::Result<ConcernContent> {
    let (plain, _) = decrypt_compact(&concern.encrypted, key)
        .with_context(|| format!("ticket {}: cannot decrypt", concern.ticket))?;
    serde_json::from_slice(&plain)
        .with_context(|| format!("ticket {}: not a concern", concern.ticket))
}

pub fn list(args: ConcernsArgs) -> anyhow::Result<ExitCode> {
    let client = Client::new(&args.server)?;
    let key = keys::load_private_asking(&args.key)?;
    let concerns = client.concerns(&args.team, args.all)?;
    if concerns.is_empty() {
        eprintln!("no concerns in team {}'s queue", args.team);
    }
    let mut failed = false;
    for concern in &concerns {
        let content = match open(concern, &key) {
            Ok(content) => content,
            Err(e) => {
                eprintln!("pforte: {e:#}");
                failed = true;
                continue;
            }
        };
        let note = match (&concern.note, ticket_code::normalize(&content.ticket_code)) {
            (Some(jwe), Some(code)) => {
                Some(ticket_note::open(&code, jwe).unwrap_or_else(|e| format!("({e})")))
            }
            _ => None,
        };
        if args.json {
            println!(
                "{}",
                json!({"id": concern.id, "ticket": concern.ticket, "team": concern.team,
                       "state": concern.state, "createdAt": concern.created_at,
                       "content": content, "note": note})
            );
        } else {
            println!(
                "{}  ticket {}  {}  {}  {}  ({}{})",
                concern.created_at,
                concern.ticket,
                concern.state.as_str(),
                content.concern,
                content.reference.as_deref().unwrap_or("-"),
                content.language,
                content
                    .contact
                    .as_deref()
                    .map(|c| format!(", {c}"))
                    .unwrap_or_default()
            );
            println!("    {}", content.description.replace('\n', "\n    "));
            if let Some(note) = note {
                println!("    note: {note}");
            }
            println!("    id {}", concern.id);
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn update(args: ConcernArgs) -> anyhow::Result<ExitCode> {
    let client = Client::new(&args.server)?;
    let state = ConcernState::parse(&args.state).context("unknown state")?;
    let mut body = json!({"state": state});
    if let (Some(note), Some(key)) = (&args.note, &args.key) {
        if note.chars().count() > MAX_NOTE {
            bail!("a note has at most {MAX_NOTE} characters");
        }
        let key = keys::load_private_asking(key)?;
        let concern = client
            .concern(&args.id)?
            .with_context(|| format!("no concern {} in the queues this token sees", args.id))?;
        let content = open(&concern, &key)?;
        let code = ticket_code::normalize(&content.ticket_code)
            .context("the concern carries no valid ticket code")?;
        body["note"] = ticket_note::seal(&code, note)?.into();
    }
    let updated: QueuedConcern = client.post(&format!("concerns/{}", args.id), Some(&body))?;
    println!(
        "ticket {} {} (by {})",
        updated.ticket,
        updated.state.as_str(),
        updated.updated_by.unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

/// The pin of the teams' keys as the server will serve them (`Kiosk::load` reads the same
/// files, checked the same way).
pub fn kiosk_pin(routing: &std::path::Path, keys: &std::path::Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(routing)
        .with_context(|| format!("{}: cannot read", routing.display()))?;
    let routing = pforte_engine::kiosk::Routing::from_json(&text).map_err(|errors| {
        anyhow::anyhow!(
            "{}: {} problem(s); run pforte forms lint --routing",
            routing.display(),
            errors.len()
        )
    })?;
    let mut team_keys = std::collections::BTreeMap::new();
    for team in routing.teams() {
        let path = keys.join(crate::server::kiosk::team_key_file(team));
        let key = crate::office_key::read(&path).with_context(|| format!("team {team}"))?;
        team_keys.insert(team.clone(), key.jwk);
    }
    Ok(pforte_engine::kiosk::api::key_pin(&team_keys))
}

impl Client {
    /// `GET /office/concerns?team=…`.
    pub fn concerns(&self, team: &str, all: bool) -> anyhow::Result<Vec<QueuedConcern>> {
        let url = self.url("concerns");
        let mut request = self.agent.get(&url).query("team", team);
        if all {
            request = request.query("all", "true");
        }
        self.json(request, &url)
    }

    /// One concern, found in the queues (done ones of any age included).
    pub fn concern(&self, id: &str) -> anyhow::Result<Option<QueuedConcern>> {
        let url = self.url("concerns");
        let all: Vec<QueuedConcern> = self.json(self.agent.get(&url).query("all", "true"), &url)?;
        Ok(all.into_iter().find(|c| c.id == id))
    }
}
