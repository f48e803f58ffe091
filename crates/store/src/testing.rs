//! Fresh databases for tests, on either backend: SQLite in a temporary directory, or a new
//! database in the PostgreSQL cluster named by `CITY2CITY_TEST_PG_URL` (an admin URL).
//! Without that variable PostgreSQL cases skip, unless `CITY2CITY_REQUIRE_ALL=1` makes the
//! absence a failure.

use crate::{Backend, Store};
use std::path::PathBuf;

/// Keeps a test database alive; removes it when dropped.
pub struct TestDb {
    pub store: Store,
    pub backend: Backend,
    /// For SQLite: the data directory. For PostgreSQL: unused.
    pub data_dir: PathBuf,
    /// For PostgreSQL: the database URL.
    pub url: Option<String>,
    cleanup: Option<(String, String)>,
}

fn unique_name(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// Whether tests must not skip for want of a service.
pub fn require_all() -> bool {
    std::env::var("CITY2CITY_REQUIRE_ALL").is_ok_and(|v| v == "1")
}

/// A temporary directory for a test, removed by the caller's guard.
pub fn temp_dir(prefix: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(unique_name(prefix));
    std::fs::create_dir_all(&dir).expect("create temporary directory");
    dir
}

impl TestDb {
    /// A migrated, empty database, or `None` when PostgreSQL is not configured (skip).
    pub async fn new(backend: Backend) -> Option<TestDb> {
        let data_dir = temp_dir("c2c_test");
        match backend {
            Backend::Sqlite => {
                let store = Store::open(&data_dir, None).await.expect("open SQLite");
                store.migrate().await.expect("migrate SQLite");
                Some(TestDb {
                    store,
                    backend,
                    data_dir,
                    url: None,
                    cleanup: None,
                })
            }
            Backend::Postgres => {
                let Ok(admin) = std::env::var("CITY2CITY_TEST_PG_URL") else {
                    assert!(
                        !require_all(),
                        "CITY2CITY_TEST_PG_URL is not set, and CITY2CITY_REQUIRE_ALL=1 forbids skipping PostgreSQL tests"
                    );
                    eprintln!(
                        "skipping the PostgreSQL case: CITY2CITY_TEST_PG_URL is not set (scripts/test sets it)"
                    );
                    return None;
                };
                let name = unique_name("c2c_test");
                let (url, _) = create_pg_database(&admin, &name).await;
                let store = Store::open(&data_dir, Some(&url))
                    .await
                    .expect("open PostgreSQL");
                store.migrate().await.expect("migrate PostgreSQL");
                Some(TestDb {
                    store,
                    backend,
                    data_dir,
                    url: Some(url),
                    cleanup: Some((admin, name)),
                })
            }
        }
    }

    /// Another empty database on the same backend (for import tests).
    pub async fn sibling(&self) -> TestDb {
        TestDb::new(self.backend)
            .await
            .expect("same backend available")
    }
}

/// Creates database `name` through the admin URL; returns its URL.
pub async fn create_pg_database(admin: &str, name: &str) -> (String, ()) {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .expect("connect to the test PostgreSQL");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create test database");
    conn.close().await.ok();
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin);
    (format!("{base}/{name}"), ())
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
        if let Some((admin, name)) = self.cleanup.take() {
            // Dropping needs async work; do it on a separate thread with its own runtime. The
            // test's pool is not closed first: its runtime is blocked here, and FORCE ends its
            // connections anyway.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async move {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut conn)
                    .await
                    .ok()?;
                    Some(())
                })
            })
            .join();
        }
    }
}

/// Runs a test body once per backend: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! each_backend {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let $db = $crate::testing::TestDb::new($crate::Backend::Sqlite)
                    .await
                    .expect("SQLite");
                $body
            }

            #[tokio::test]
            async fn postgres() {
                let Some($db) = $crate::testing::TestDb::new($crate::Backend::Postgres).await
                else {
                    return;
                };
                $body
            }
        }
    };
}
