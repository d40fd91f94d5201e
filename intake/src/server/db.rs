//! The server's database: SQLite in the data folder, created on first start and migrated with
//! the migrations embedded from `intake/migrations/` (`sqlx::migrate!`), so a new binary brings
//! its schema with it.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::error::StartError;

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
