//! The server's database: SQLite in the data folder, created on first start and migrated with
//! the migrations embedded from `intake/migrations/` (`sqlx::migrate!`), so a new binary brings
//! its schema with it.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

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

/// Create `data_dir` if needed, open (or create) the database in it and migrate it.
pub async fn open(data_dir: &Path) -> Result<SqlitePool, StartError> {
    std::fs::create_dir_all(data_dir).map_err(|source| StartError::DataDir {
        path: data_dir.to_path_buf(),
        source,
    })?;
    let path = data_dir.join(FILE);
    // The options form of `sqlite://<path>?mode=rwc`, without having to escape the path in a URL.
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal);
    let pool = SqlitePoolOptions::new()
        .connect_with(options)
        .await
        .map_err(|source| StartError::Database {
            path: path.clone(),
            source,
        })?;
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
