//! The `pforte` command line: one definition, from which clap derives parsing and `--help`.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::config::ServeConfig;
use crate::validate::{Engine, Target};

/// Pforte's intake server and office tool.
#[derive(Debug, Parser)]
#[command(name = "pforte", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the app, the form definitions and the translations
    Serve(ServeConfig),
    /// Validate a data file against a form (as the app submits it) or a JSON Schema.
    ///
    /// Prints {"valid": bool, "errors": [{"instance", "keyword"}]}. Exit code 0: valid,
    /// 1: invalid, 2: bad input (unreadable file, malformed JSON, a form or schema that does
    /// not compile).
    Validate(ValidateArgs),
    /// Work with form definitions
    #[command(subcommand)]
    Forms(FormsCommand),
    /// The office's side of submissions: keys, tokens, fetching, receipts
    #[command(subcommand)]
    Office(OfficeCommand),
    /// Print the API's OpenAPI 3.1 document (as served at /api/v1/openapi.json)
    Openapi,
}

#[derive(Debug, Subcommand)]
pub enum OfficeCommand {
    /// Make the office key pair: office-key.pem (private, mode 0600) and office-key.jwk
    Keygen(KeygenArgs),
    /// Office API tokens (run on the server host, against its data folder)
    #[command(subcommand)]
    Token(TokenCommand),
    /// List submissions waiting at the server
    List(ListArgs),
    /// Download, decrypt and check one submission into <OUT>/<REFERENCE>/.
    ///
    /// Exit code 0: fetched and valid; 1: failed (nothing written), or fetched but the data
    /// does not validate against the form (see summary.txt).
    Fetch(FetchArgs),
    /// Mark a submission as fetched
    Ack(AckArgs),
    /// Check a receipt's signature offline. Exit code 0: valid, 1: not valid
    VerifyReceipt(VerifyReceiptArgs),
    /// Set a case's status (the applicant sees it with reference and status code), and tell
    /// the applicant by email if they asked and PFORTE_SMTP_URL names the relay.
    ///
    /// Exit code 0: set (and told); 3: set, but the email was not sent (the message says why).
    Status(StatusArgs),
    /// Record a certificate of fictitious continuation (Fiktionsbescheinigung) and its end
    Fiction(FictionArgs),
    /// Open cases whose certificate of fictitious continuation ends soon
    Reminders(RemindersArgs),
    /// A case's event log, each event's signature and the chain checked. Exit code 1: broken
    History(HistoryArgs),
    /// A day's appointments (time, counter, service, reference), as a table or CSV
    Appointments(AppointmentsArgs),
    /// The appointment calendar: check a file, show or publish the one in force, close
    /// counters or the office (docs/APPOINTMENTS.md)
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// Every booking action of the person behind an application
    BookingAudit(BookingAuditArgs),
    /// Staff accounts for the staff inbox (run on the server host, against its data folder)
    #[command(subcommand)]
    Staff(StaffCommand),
    /// A team's kiosk concerns, decrypted with the team's private key
    Concerns(ConcernsArgs),
    /// Move a kiosk concern on (in-progress, done), with a note the visitor reads
    Concern(ConcernArgs),
    /// The pin of the teams' public keys, for the kiosk's start address (/kiosk?pin=…)
    KioskPin(KioskPinArgs),
}

#[derive(Debug, Args)]
pub struct KioskPinArgs {
    /// The routing config (its teams are pinned)
    #[arg(long, value_name = "JSON_FILE")]
    pub routing: PathBuf,
    /// The folder with team-<id>.jwk for every team
    #[arg(long, value_name = "DIR")]
    pub team_keys: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a person (the password is read from PFORTE_STAFF_PASSWORD, or asked twice)
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The name they sign in with
        name: String,
        /// A team whose queue they work (repeat for several)
        #[arg(long = "team", value_name = "ID", required = true)]
        teams: Vec<String>,
    },
    /// Remove a person; their sessions end at once
    Remove {
        #[command(flatten)]
        store: StoreArgs,
        name: String,
    },
    /// List people and their teams
    List {
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Args)]
pub struct ConcernsArgs {
    /// The team
    #[arg(long, value_name = "ID")]
    pub team: String,
    /// The team's private key (team-<ID>.pem)
    #[arg(long, value_name = "PEM_FILE")]
    pub key: PathBuf,
    /// Done concerns of any age too (by default: open ones, and those done in the last day)
    #[arg(long)]
    pub all: bool,
    /// One JSON object per line instead of a table
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct ConcernArgs {
    /// The concern's id (from `pforte office concerns`)
    pub id: String,
    #[arg(value_parser = ["new", "in-progress", "done"])]
    pub state: String,
    /// The team's private key (team-<ID>.pem): needed for a note, which is encrypted to the
    /// visitor's ticket code inside the concern
    #[arg(long, value_name = "PEM_FILE")]
    pub key: Option<PathBuf>,
    /// A short note the visitor reads with their ticket code (at most 300 characters)
    #[arg(long, requires = "key")]
    pub note: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct AppointmentsArgs {
    /// The day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The office's private key (office-key.pem): shows the email address of people who
    /// booked without an application (otherwise "encrypted")
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Write CSV (with a header row) instead of a table
    #[arg(long)]
    pub csv: bool,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Check a calendar file, and show a day's capacity. Exit code 0: the calendar compiles;
    /// 1: it has problems (every one is listed)
    Check(CalendarCheckArgs),
    /// Print the calendar in force (JSON) to edit it and publish it again
    Show(ServerOnlyArgs),
    /// Publish a calendar file: checked here, then in force in every intake process within a second.
    /// Lists the booked appointments it has no room for (they stay booked)
    Publish(CalendarPublishArgs),
    /// Close counters, teams or the whole office on some days (a closure added to the
    /// calendar in force)
    Close(CalendarCloseArgs),
}

#[derive(Debug, Args)]
pub struct CalendarCheckArgs {
    /// The calendar (docs/APPOINTMENTS.md)
    pub file: PathBuf,
    /// Also show this day's slots per service and counter (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServerOnlyArgs {
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct CalendarPublishArgs {
    /// The calendar (docs/APPOINTMENTS.md)
    pub file: PathBuf,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct CalendarCloseArgs {
    /// The first day closed (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// The last day closed, inclusive (YYYY-MM-DD); without it, only --from
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// A counter closed (repeat for several); without --counter and --team: the whole office
    #[arg(long = "counter", value_name = "ID")]
    pub counters: Vec<String>,
    /// A team whose counters are closed (repeat for several)
    #[arg(long = "team", value_name = "ID")]
    pub teams: Vec<String>,
    /// Closed only in these hours on each day (HH:MM-HH:MM; repeat for several)
    #[arg(long = "times", value_name = "INTERVAL")]
    pub times: Vec<String>,
    /// A note for the staff (never shown to applicants)
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct BookingAuditArgs {
    /// The reference number (XXXX-XXXX-C), or the email address someone booked with
    pub reference: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The reference number (XXXX-XXXX-C)
    pub reference: String,
    /// The new status
    #[arg(value_parser = ["received", "in-review", "documents-missing", "appointment-needed",
        "decision-made", "card-ordered", "ready-for-pickup", "handed-over", "closed"])]
    pub status: String,
    /// With documents-missing: a missing document (repeat for several)
    #[arg(long = "document", value_name = "KIND", value_parser = ["passport", "biometric-photo",
        "proof-of-income", "health-insurance", "rental-contract", "employment-contract",
        "registration-certificate", "fee-payment", "other"])]
    pub documents: Vec<String>,
    /// With ready-for-pickup: where
    #[arg(long, value_parser = ["counter", "dispenser", "post"])]
    pub pickup: Option<String>,
    /// With --pickup dispenser: the code the dispenser asks for
    #[arg(long, value_name = "CODE")]
    pub pickup_code: Option<String>,
    #[command(flatten)]
    pub server: ServerArgs,
    #[command(flatten)]
    pub notice: NoticeArgs,
}

/// Telling the applicant by email (only when `PFORTE_SMTP_URL` names the office's relay and
/// the applicant asked for it).
#[derive(Debug, Args)]
pub struct NoticeArgs {
    /// The office's private key (office-key.pem), to open the applicant's encrypted address
    #[arg(long = "key", env = "PFORTE_OFFICE_KEY_FILE", value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// The sender of the email
    #[arg(long, env = "PFORTE_MAIL_FROM", value_name = "ADDRESS")]
    pub mail_from: Option<String>,
    /// The public address of the app, for the link in the email (default: --server)
    #[arg(long, env = "PFORTE_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct FictionArgs {
    /// The reference number (XXXX-XXXX-C)
    pub reference: String,
    /// The certificate's last day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub valid_until: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Days ahead
    #[arg(long, default_value_t = 14)]
    pub within: u32,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The reference number (XXXX-XXXX-C)
    pub reference: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Folder to write office-key.pem and office-key.jwk into
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Encrypt the private key with a passphrase (from PFORTE_KEY_PASSPHRASE, or asked)
    #[arg(long, conflicts_with = "team")]
    pub encrypt: bool,
    /// A kiosk team's key pair instead (team-<ID>.pem, team-<ID>.jwk): the staff inbox imports
    /// the private key from this file, so it is not encrypted; keep it on the team's
    /// encrypted disk or stick, never on the server
    #[arg(long, value_name = "ID")]
    pub team: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make a token and print it once
    Create {
        #[command(flatten)]
        store: StoreArgs,
        /// Who the token is for (unique)
        #[arg(long)]
        name: String,
    },
    /// List the tokens' names
    List {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Revoke a token
    Revoke {
        #[command(flatten)]
        store: StoreArgs,
        /// The token's name
        #[arg(long)]
        name: String,
    },
}

/// The server's database, as `pforte serve` finds it: PostgreSQL at DATABASE_URL, else
/// SQLite in the data folder.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The server's data folder
    #[arg(long, env = "PFORTE_DATA", default_value = "data")]
    pub data: PathBuf,
    /// The server's PostgreSQL database, if it uses one
    #[arg(long, env = "DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

impl StoreArgs {
    pub async fn open(&self) -> Result<sqlx::AnyPool, crate::error::StartError> {
        crate::server::db::open(&self.data, self.database_url.as_deref()).await
    }
}

/// Where the office API is and which environment variable holds the token.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// The intake server, e.g. https://antrag.example.de
    #[arg(long, env = "PFORTE_SERVER", value_name = "URL")]
    pub server: String,
    /// The environment variable holding the office token (never pass the token itself)
    #[arg(long, value_name = "VAR", default_value = "PFORTE_OFFICE_TOKEN")]
    pub token_env: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// Which submissions
    #[arg(long, default_value = "submitted", value_parser = ["submitted", "fetched"])]
    pub state: String,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// The reference number (XXXX-XXXX-C)
    pub reference: String,
    #[command(flatten)]
    pub server: ServerArgs,
    /// The office's private key (office-key.pem)
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    /// Folder to write the submission into
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The form definitions, to re-validate the data
    #[arg(long, value_name = "DIR", default_value = "forms")]
    pub forms: PathBuf,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The reference number (XXXX-XXXX-C)
    pub reference: String,
    #[command(flatten)]
    pub server: ServerArgs,
}

#[derive(Debug, Args)]
pub struct VerifyReceiptArgs {
    /// The receipt: the server's JSON answer ({"jws", "claims"}) or a bare JWS
    pub file: PathBuf,
    /// The server's receipt public key (JWK, from GET /api/v1/receipt-key)
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum FormsCommand {
    /// Check every form: definition, meta-schema, messages in every locale, examples.
    ///
    /// Prints one `path:line: pointer: message` line per finding and a summary. Exit code 0:
    /// no findings, 1: findings, 2: the forms folder does not exist.
    Lint(LintArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("against").required(true).args(["form", "schema"])))]
pub struct ValidateArgs {
    /// A form folder (or its form.json): the data is pruned of hidden fields, then validated
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub form: Option<PathBuf>,
    /// A JSON Schema (draft 2020-12) file
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,
    /// The data to validate (JSON)
    #[arg(long, value_name = "FILE")]
    pub data: PathBuf,
    /// Which validator decides
    #[arg(long, value_enum, default_value_t = Engine::Compact)]
    pub engine: Engine,
}

impl ValidateArgs {
    /// What to validate against (clap guarantees exactly one of --form and --schema).
    pub fn target(&self) -> Target {
        match (&self.form, &self.schema) {
            (Some(form), _) => Target::Form(form.clone()),
            (None, Some(schema)) => Target::Schema(schema.clone()),
            (None, None) => unreachable!("clap requires --form or --schema"),
        }
    }
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// The forms folder
    #[arg(default_value = "forms")]
    pub dir: PathBuf,
    /// The locales folder [default: <DIR>/../locales]
    #[arg(long)]
    pub locales: Option<PathBuf>,
    /// Also check this appointment calendar (docs/APPOINTMENTS.md)
    #[arg(long, value_name = "FILE")]
    pub calendar: Option<PathBuf>,
    /// Also check this kiosk routing config (docs/KIOSK.md)
    #[arg(long, value_name = "FILE")]
    pub routing: Option<PathBuf>,
}

impl LintArgs {
    /// The locales folder: as given, or `locales` beside the forms folder.
    pub fn locales_dir(&self) -> PathBuf {
        self.locales
            .clone()
            .unwrap_or_else(|| sibling(&self.dir, "locales"))
    }
}

/// `name` beside `dir`: `forms` → `locales`, `/srv/forms` → `/srv/locales`, `.` → `../locales`.
fn sibling(dir: &Path, name: &str) -> PathBuf {
    match (dir.file_name(), dir.parent()) {
        (Some(_), Some(parent)) => parent.join(name),
        _ => dir.join("..").join(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_default_to_the_forms_folders_sibling() {
        assert_eq!(sibling(Path::new("forms"), "locales"), Path::new("locales"));
        assert_eq!(
            sibling(Path::new("/srv/pforte/forms"), "locales"),
            Path::new("/srv/pforte/locales")
        );
        assert_eq!(
            sibling(Path::new("."), "locales"),
            Path::new("./../locales")
        );
    }

    #[test]
    fn validate_needs_exactly_one_target() {
        assert!(Cli::try_parse_from(["pforte", "validate", "--data", "d.json"]).is_err());
        assert!(Cli::try_parse_from([
            "pforte", "validate", "--form", "f", "--schema", "s", "--data", "d"
        ])
        .is_err());
        let cli = Cli::try_parse_from([
            "pforte",
            "validate",
            "--schema",
            "s.json",
            "--data",
            "d.json",
            "--engine",
            "reference",
        ])
        .expect("parses");
        let Command::Validate(args) = cli.command else {
            panic!("not validate")
        };
        assert!(matches!(args.target(), Target::Schema(_)));
        assert_eq!(args.engine, Engine::Reference);
    }

    #[test]
    fn the_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
