//! The server's configuration: one documented clap struct, each option with an environment
//! variable as fallback (flags win), so the same binary runs from a terminal, systemd or a
//! container without a config file.

use std::net::SocketAddr;
use std::path::PathBuf;

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
    /// The server's own state (the SQLite database `pforte.db`); created if missing
    #[arg(long, env = "PFORTE_DATA", default_value = "data")]
    pub data: PathBuf,
}
