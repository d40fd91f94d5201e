//! The server's configuration: one documented clap struct, each option with an environment
//! variable as fallback (flags win), so the same binary runs from a terminal, systemd or a
//! container without a config file.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where `pforte serve` listens and what it serves.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeConfig {
    /// Address and port to listen on
    #[arg(long, env = "PFORTE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The built app (trunk's output folder), served at `/`
    #[arg(long, env = "PFORTE_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Form definitions, one folder per form with a form.json
    #[arg(long, env = "PFORTE_FORMS", default_value = "forms")]
    pub forms: PathBuf,
    /// Fluent files, `<lang>/<name>.ftl`
    #[arg(long, env = "PFORTE_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
    /// The server's own state (the SQLite database `pforte.db`, the receipt key, the stored
    /// ciphertexts under `blobs/`); created if missing
    #[arg(long, env = "PFORTE_DATA", default_value = "data")]
    pub data: PathBuf,
    /// A PostgreSQL database (`postgres://user:password@host/db`) to use instead of SQLite in
    /// the data folder, so that several intake processes share one
    #[arg(long, env = "DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// A shared store for the ciphertexts (`s3://bucket/prefix`; endpoint, region and
    /// credentials from AWS_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
    /// AWS_ALLOW_HTTP) instead of the data folder, so that several intake processes share one
    #[arg(long, env = "PFORTE_BLOB_STORE", value_name = "URL")]
    pub blob_store: Option<String>,
    /// The office's public key (JWK from `pforte office keygen`). Without it, the server
    /// refuses submissions
    #[arg(long, env = "PFORTE_OFFICE_KEY", value_name = "JWK_FILE")]
    pub office_key: Option<PathBuf>,
    /// How long a submission that was announced but never submitted is kept (with its uploads)
    #[arg(long, env = "PFORTE_INCOMPLETE_TTL", default_value = "72h", value_parser = humantime::parse_duration)]
    pub incomplete_ttl: Duration,
    /// Most ciphertext bytes one submission may announce (all attachments together)
    #[arg(
        long,
        env = "PFORTE_MAX_SUBMISSION_BYTES",
        default_value_t = 1_000_000_000
    )]
    pub max_submission_bytes: u64,
    /// The appointment calendar (docs/APPOINTMENTS.md). Without it, there is no booking
    #[arg(long, env = "PFORTE_CALENDAR", value_name = "JSON_FILE")]
    pub calendar: Option<PathBuf>,
    /// The office's time zone: opening hours and release times are wall-clock times there
    #[arg(long, env = "PFORTE_TIME_ZONE", default_value = "Europe/Berlin")]
    pub time_zone: String,
    /// The kiosk's routing config (docs/KIOSK.md). Without it, there is no kiosk
    #[arg(
        long,
        env = "PFORTE_ROUTING",
        value_name = "JSON_FILE",
        requires = "team_keys"
    )]
    pub routing: Option<PathBuf>,
    /// The teams' public keys: `team-<id>.jwk` for every team of the routing config (from
    /// `pforte office keygen --team <id>`)
    #[arg(long, env = "PFORTE_TEAM_KEYS", value_name = "DIR")]
    pub team_keys: Option<PathBuf>,
    /// Networks the kiosk terminals send from (CIDR, repeatable or comma-separated); concerns
    /// from anywhere else are refused
    #[arg(
        long,
        env = "PFORTE_KIOSK_NETWORKS",
        value_delimiter = ',',
        default_value = "127.0.0.1/32,::1/128"
    )]
    pub kiosk_network: Vec<ipnet::IpNet>,
    /// The sender of the server's emails (booking codes); email is on when PFORTE_SMTP_URL
    /// also names the relay (docs/APPOINTMENTS.md, "Booking without an application")
    #[arg(long, env = "PFORTE_MAIL_FROM", value_name = "ADDRESS")]
    pub mail_from: Option<String>,
    /// The SMTP relay's URL: only from the variable PFORTE_SMTP_URL (it may hold a password),
    /// never an argument.
    #[arg(skip)]
    pub smtp_url: Option<String>,
}

impl ServeConfig {
    /// The defaults of the command line for these folders, on a free port: what tests and
    /// benchmarks start from (then set what they need).
    pub fn with_folders(dist: PathBuf, forms: PathBuf, locales: PathBuf, data: PathBuf) -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            dist,
            forms,
            locales,
            data,
            database_url: None,
            blob_store: None,
            office_key: None,
            incomplete_ttl: Duration::from_secs(72 * 3600),
            max_submission_bytes: 1_000_000_000,
            calendar: None,
            time_zone: "Europe/Berlin".into(),
            routing: None,
            team_keys: None,
            kiosk_network: vec![
                ipnet::IpNet::from(std::net::IpAddr::from([127, 0, 0, 1])),
                ipnet::IpNet::from(std::net::IpAddr::from(std::net::Ipv6Addr::LOCALHOST)),
            ],
            mail_from: None,
            smtp_url: None,
        }
    }
}
