//! The library's typed errors: bad input to a CLI command ([`InputError`], exit code 2) and
//! failures starting the server ([`StartError`]). The binary wraps them with anyhow.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::finding::Finding;

/// Input a command cannot work with. Every variant names the file, so the message alone tells
/// the user what to fix.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{}: cannot read", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: invalid JSON at line {line} column {column}: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: the form does not compile\n{}", path.display(), lines(findings))]
    Form {
        path: PathBuf,
        findings: Vec<Finding>,
    },
    #[error("{}: the schema does not compile\n{}", path.display(), lines(findings))]
    Schema {
        path: PathBuf,
        findings: Vec<Finding>,
    },
}

/// Why the server did not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{}: cannot read", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: cannot create the data folder", path.display())]
    DataDir {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: cannot open the database", path.display())]
    Database {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    /// The database URL is not one Pforte can use, or the server behind it refused.
    #[error("the database at DATABASE_URL: {0}")]
    DatabaseUrl(String),
    /// The office key or the receipt key cannot be used; the message names the file.
    #[error("{0}")]
    Key(String),
    /// The appointment calendar or the time zone cannot be used; the message says why.
    #[error("{0}")]
    Calendar(String),
    /// The kiosk's routing config or a team key cannot be used; the message says why.
    #[error("{0}")]
    Kiosk(String),
    #[error("cannot migrate the database")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot listen on {addr}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: io::Error,
    },
    #[error("the server stopped with an error")]
    Serve(#[source] io::Error),
}

fn lines(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("  {f}"))
        .collect::<Vec<_>>()
        .join("\n")
}
