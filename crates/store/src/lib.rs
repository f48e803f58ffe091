//! Storage on SQLite or PostgreSQL behind one repository API.
//!
//! Every query is written once: the [`with_db!`] macro expands a body for each backend, so the
//! same SQL (with `$n` placeholders, understood by both) is type-checked against both drivers.
//! Each write runs in one transaction together with its audit-log entry and its change-feed row.

mod attachments;
mod audit;
mod cases;
mod cities;
mod connect;
mod contacts;
mod error;
mod import;
mod interests;
mod notifications;
mod opportunities;
mod organisations;
mod packs;
mod partnerships;
mod people;
mod playbooks;
mod snapshot;
pub mod testing;
mod users;
mod vectors;

pub use attachments::NewAttachment;
pub use audit::{Actor, AuditEntry, Change};
pub use cases::{CaseQuery, CaseRecord, CaseTimes, NewCase, NewEvent, StageChange};
pub use connect::{Backend, DEFAULT_DATA_DIR};
pub use contacts::{ContactQuery, ContactRecord};
pub use error::StoreError;
pub use import::{ImportReport, ImportRow};
pub use interests::{InterestChange, InterestQuery, InterestRecord};
pub use notifications::{Notification, SavedSearch, SearchFilters};
pub use opportunities::{OppQuery, StatusChange, reference_prefix};
pub use organisations::{OrgQuery, OrgSort, OrgSummary};
pub use packs::{PackQuery, PackRecord};
pub use people::PeopleQuery;
pub use playbooks::{PlaybookRecord, StepActor};
pub use snapshot::Snapshot;
pub use users::{ApiToken, NewUser, SessionRecord, UserRecord};
pub use vectors::{StoredVector, VectorFailure, vector_from_bytes, vector_to_bytes};

use sqlx::{PgPool, SqlitePool};
use time::OffsetDateTime;

pub type Result<T> = std::result::Result<T, StoreError>;

/// A connection pool to one of the two backends.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The repository: every read and write of the platform's data goes through it.
#[derive(Clone, Debug)]
pub struct Store {
    db: Db,
    /// The data directory: files stored beside the database (case attachments) live here.
    files: std::sync::Arc<std::path::PathBuf>,
}

/// Runs `$body` with `$pool` bound to the backend's pool; the body is compiled once per backend.
macro_rules! with_db {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_db;

/// One page of a listing.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

impl<T> Page<T> {
    pub fn pages(&self) -> i64 {
        if self.total == 0 {
            1
        } else {
            (self.total + self.per_page - 1) / self.per_page
        }
    }
}

/// The current time, cut to microseconds: both backends then store exactly the same instant,
/// and an export round-trips without drift.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1000 * 1000)
        .expect("valid nanosecond")
}

/// Escapes `%`, `_` and `\` for a `LIKE ... ESCAPE '\'` pattern.
pub(crate) fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
    pub fn backend(&self) -> Backend {
        match self.db {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The data directory files are stored in.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.files
    }

    pub async fn close(&self) {
        with_db!(self, pool => pool.close().await)
    }

    /// Cheap liveness check for health endpoints.
    pub async fn ping(&self) -> Result<()> {
        with_db!(self, pool => { sqlx::query("SELECT 1").execute(pool).await?; });
        Ok(())
    }
}
