//! The audit log (who changed what, before and after) and the change feed (a monotonic sequence
//! of changed entities that derived data, such as a search index, follows).

use crate::{Result, Store, with_db};
use serde::Serialize;
use time::OffsetDateTime;

/// Who makes a change: a signed-in user, or the system (CLI, demo loader, a job).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub label: String,
}

impl Actor {
    pub fn user(id: i64, email: &str) -> Actor {
        Actor {
            user_id: Some(id),
            label: email.to_string(),
        }
    }

    pub fn system(label: &str) -> Actor {
        Actor {
            user_id: None,
            label: label.to_string(),
        }
    }
}

#[derive(
    Debug, Clone, PartialEq, Serialize, serde::Deserialize, sqlx::FromRow, utoipa::ToSchema,
)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
    pub actor_user_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
}

/// Records one change inside the caller's transaction: an audit entry and a change-feed row.
/// `$before` and `$after` are `Option<serde_json::Value>`.
macro_rules! record {
    ($tx:expr, $actor:expr, $action:expr, $entity:expr, $id:expr, $before:expr, $after:expr) => {{
        let at = $crate::now();
        let before: Option<serde_json::Value> = $before;
        let after: Option<serde_json::Value> = $after;
        let entity_id = $id.to_string();
        sqlx::query(
            "INSERT INTO audit_log (at, actor_user_id, actor, action, entity, entity_id, before_json, after_json) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(at)
        .bind($actor.user_id)
        .bind(&$actor.label)
        .bind($action)
        .bind($entity)
        .bind(&entity_id)
        .bind(before.map(|v| v.to_string()))
        .bind(after.map(|v| v.to_string()))
        .execute(&mut *$tx)
        .await?;
        // On PostgreSQL, sequence numbers are handed out before commit, so two writers could
        // commit out of order and a reader could pass over a change for good. A transaction-level
        // advisory lock makes change rows commit in sequence order. SQLite has one writer anyway.
        if let Some(lock) = $crate::audit::feed_lock_sql(&$tx) {
            sqlx::query(lock).execute(&mut *$tx).await?;
        }
        let op = match $action {
            a if a.ends_with("delete") => "delete",
            a if a.ends_with("create") => "create",
            _ => "update",
        };
        sqlx::query("INSERT INTO changes (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)")
            .bind($entity)
            .bind(&entity_id)
            .bind(op)
            .bind(at)
            .execute(&mut *$tx)
            .await?;
    }};
}
pub(crate) use record;

/// The statement that orders change-feed writers, per backend.
pub(crate) trait FeedLock {
    const SQL: Option<&'static str>;
}

impl FeedLock for sqlx::Sqlite {
    const SQL: Option<&'static str> = None;
}

impl FeedLock for sqlx::Postgres {
    const SQL: Option<&'static str> = Some("SELECT pg_advisory_xact_lock(7245150001)");
}

pub(crate) fn feed_lock_sql<DB: sqlx::Database + FeedLock>(
    _: &sqlx::Transaction<'_, DB>,
) -> Option<&'static str> {
    DB::SQL
}

impl Store {
    /// Audit entries, newest first, optionally for one entity.
    pub async fn audit_log(
        &self,
        entity: Option<(&str, &str)>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<AuditEntry>> {
        let rows = with_db!(self, pool => match entity {
            Some((kind, id)) => sqlx::query_as::<_, AuditEntry>(
                "SELECT * FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id DESC LIMIT $3 OFFSET $4",
            ).bind(kind).bind(id).bind(limit).bind(offset).fetch_all(pool).await?,
            None => sqlx::query_as::<_, AuditEntry>(
                "SELECT * FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2",
            ).bind(limit).bind(offset).fetch_all(pool).await?,
        });
        Ok(rows)
    }

    /// The sequence number of the latest change (0 when there is none).
    pub async fn last_change_seq(&self) -> Result<i64> {
        let seq: Option<i64> = with_db!(self, pool => sqlx::query_scalar("SELECT MAX(seq) FROM changes").fetch_one(pool).await?);
        Ok(seq.unwrap_or(0))
    }

    /// Changes after `seq`, in order.
    pub async fn changes_since(&self, seq: i64, limit: i64) -> Result<Vec<Change>> {
        let rows = with_db!(self, pool => sqlx::query_as::<_, Change>(
            "SELECT seq, entity, entity_id, op, at FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2",
        ).bind(seq).bind(limit).fetch_all(pool).await?);
        Ok(rows)
    }
}
