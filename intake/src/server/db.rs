//! The server's database: SQLite in the data folder by default (created on first start, no
//! set-up), or PostgreSQL when `DATABASE_URL` is a `postgres://` URL, so several intake
//! processes can share one. Both are migrated at start-up with migrations embedded in the
//! binary: `intake/migrations/` for SQLite and its twin `intake/migrations-postgres/`.
//!
//! The code talks to either through sqlx's `Any` driver with one set of queries: `$1`-style
//! placeholders (SQLite reads them by number too), `i64`, `String`, `Vec<u8>` and their
//! options, and SQL both dialects share; the schemas differ only in their types' names and in
//! how the append-only triggers are written.

use std::path::Path;

use sqlx::any::AnyPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{AnyPool, ConnectOptions};

use crate::error::StartError;

/// Now, as the database stores times: Unix seconds (UTC).
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A database time as RFC 3339 in UTC (`2026-11-27T07:12:03Z`).
pub fn rfc3339(seconds: i64) -> String {
    let time =
        std::time::UNIX_EPOCH + std::time::Duration::from_secs(u64::try_from(seconds).unwrap_or(0));
    humantime::format_rfc3339_seconds(time).to_string()
}

/// The database file's name in the data folder.
pub const FILE: &str = "pforte.db";

/// Open the database and migrate it: PostgreSQL at `url` if one is given, else SQLite in
/// `data_dir` (created if needed).
pub async fn open(data_dir: &Path, url: Option<&str>) -> Result<AnyPool, StartError> {
    sqlx::any::install_default_drivers();
    if let Some(url) = url {
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(StartError::DatabaseUrl(
                "only postgres:// URLs (without DATABASE_URL: SQLite in the data folder)".into(),
            ));
        }
        let pool = AnyPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await
            .map_err(|e| StartError::DatabaseUrl(e.to_string()))?;
        sqlx::migrate!("./migrations-postgres").run(&pool).await?;
        return Ok(pool);
    }
    std::fs::create_dir_all(data_dir).map_err(|source| StartError::DataDir {
        path: data_dir.to_path_buf(),
        source,
    })?;
    let path = std::path::absolute(data_dir.join(FILE)).map_err(|source| StartError::DataDir {
        path: data_dir.to_path_buf(),
        source,
    })?;
    let database = |source| StartError::Database {
        path: path.clone(),
        source,
    };
    // Create the file and switch it to WAL (a property of the file) with the SQLite driver;
    // the pool then opens it by URL through `Any`.
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal);
    let url = options.to_url_lossy();
    options.connect().await.map_err(database)?;
    let pool = AnyPoolOptions::new()
        .connect(url.as_str())
        .await
        .map_err(database)?;
    sqlx::migrate!().run(&pool).await?;
    Ok(pool)
}

/// A fresh UUID v4 (ids the server makes: case events, bookings).
pub fn uuid_v4() -> Result<String, super::error::ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|err| super::error::ApiError::internal(err.to_string()))?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string())
}
