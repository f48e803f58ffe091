//! Choosing and opening a backend: SQLite in the data directory by default, PostgreSQL when a
//! `postgres://` URL is given. Migrations are embedded per backend and applied on open.

use crate::{Db, Result, Store, StoreError};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

pub const DEFAULT_DATA_DIR: &str = "./city2city-data";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Store {
    /// Opens the database named by `database_url`, or SQLite in `data_dir` when there is none.
    /// Does not migrate: call [`Store::migrate`].
    pub async fn open(data_dir: &Path, database_url: Option<&str>) -> Result<Store> {
        match database_url.map(str::trim).filter(|u| !u.is_empty()) {
            None => {
                std::fs::create_dir_all(data_dir).map_err(|e| {
                    StoreError::Config(format!(
                        "cannot create data directory {}: {e}",
                        data_dir.display()
                    ))
                })?;
                Store::open_sqlite(&data_dir.join("city2city.sqlite3"), data_dir).await
            }
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Store::open_postgres(url, data_dir).await
            }
            Some(url) if url.starts_with("sqlite:") => {
                let path = url
                    .trim_start_matches("sqlite://")
                    .trim_start_matches("sqlite:");
                Store::open_sqlite(Path::new(path), data_dir).await
            }
            Some(url) => {
                let scheme = url.split(':').next().unwrap_or(url);
                Err(StoreError::Config(format!(
                    "unsupported database URL scheme '{scheme}': use postgres://… or sqlite:PATH, or leave it unset for SQLite in the data directory"
                )))
            }
        }
    }

    async fn open_sqlite(path: &Path, data_dir: &Path) -> Result<Store> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
            .map_err(|e| StoreError::Config(format!("bad SQLite path {}: {e}", path.display())))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // 32 MB of page cache per connection: lists deep in a 10,000-row table stay in memory.
            .pragma("cache_size", "-32768");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .min_connections(1)
            .connect_with(options)
            .await
            .map_err(|e| {
                StoreError::Config(format!(
                    "cannot open SQLite database {}: {e}",
                    path.display()
                ))
            })?;
        Ok(Store {
            db: Db::Sqlite(pool),
            files: std::sync::Arc::new(data_dir.to_path_buf()),
        })
    }

    async fn open_postgres(url: &str, data_dir: &Path) -> Result<Store> {
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|e| StoreError::Config(format!("cannot connect to PostgreSQL: {e}")))?;
        Ok(Store {
            db: Db::Postgres(pool),
            files: std::sync::Arc::new(data_dir.to_path_buf()),
        })
    }

    /// Applies the embedded migrations of this backend that have not run yet.
    pub async fn migrate(&self) -> Result<()> {
        match &self.db {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// True when nothing has been stored yet (no city, no user).
    pub async fn is_empty(&self) -> Result<bool> {
        let n: i64 = crate::with_db!(self, pool => sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM cities) + (SELECT COUNT(*) FROM users)"
        ).fetch_one(pool).await?);
        Ok(n == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_unknown_url_scheme_is_a_clear_error() {
        let err = Store::open(Path::new("/nonexistent"), Some("mysql://localhost/x"))
            .await
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("unsupported database URL scheme 'mysql'"),
            "{err}"
        );
    }
}
