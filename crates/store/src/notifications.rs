//! Saved searches (with alerts) and in-app notifications.

use crate::{Result, Store, StoreError, now, with_db};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// The filters of a saved search, as the search form has them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SearchFilters {
    pub kinds: Vec<String>,
    pub sectors: Vec<String>,
    pub cities: Vec<String>,
    pub langs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SavedSearch {
    pub id: i64,
    #[serde(skip)]
    pub user_id: i64,
    pub name: String,
    pub query: String,
    pub filters: SearchFilters,
    /// Notify the user when a new opportunity fits.
    pub alerts: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Notification {
    pub id: i64,
    /// What happened: `saved_search_match`, `interest_received`, `interest_accepted`, …
    pub kind: String,
    /// What it is about: an opportunity reference or an expression of interest id.
    pub subject: String,
    /// Details for the message (such as the saved search's name, the opportunity's title).
    pub detail: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub read_at: Option<OffsetDateTime>,
}

type SavedRow = (i64, i64, String, String, String, bool, OffsetDateTime);

fn saved(r: SavedRow) -> SavedSearch {
    SavedSearch {
        id: r.0,
        user_id: r.1,
        name: r.2,
        query: r.3,
        filters: serde_json::from_str(&r.4).unwrap_or_default(),
        alerts: r.5,
        created_at: r.6,
    }
}

type NoteRow = (
    i64,
    String,
    String,
    String,
    OffsetDateTime,
    Option<OffsetDateTime>,
);

fn note(r: NoteRow) -> Notification {
    Notification {
        id: r.0,
        kind: r.1,
        subject: r.2,
        detail: serde_json::from_str(&r.3).unwrap_or_default(),
        created_at: r.4,
        read_at: r.5,
    }
}

impl Store {
    pub async fn saved_searches(&self, user_id: i64) -> Result<Vec<SavedSearch>> {
        let rows: Vec<SavedRow> = with_db!(self, pool => sqlx::query_as(
            "SELECT id, user_id, name, query, filters, alerts, created_at FROM saved_searches WHERE user_id = $1 ORDER BY id",
        ).bind(user_id).fetch_all(pool).await?);
        Ok(rows.into_iter().map(saved).collect())
    }

    /// Every saved search with alerts on, of every user.
    pub async fn saved_searches_with_alerts(&self) -> Result<Vec<SavedSearch>> {
        let rows: Vec<SavedRow> = with_db!(self, pool => sqlx::query_as(
            "SELECT id, user_id, name, query, filters, alerts, created_at FROM saved_searches WHERE alerts ORDER BY id",
        ).fetch_all(pool).await?);
        Ok(rows.into_iter().map(saved).collect())
    }

    pub async fn count_saved_searches(&self, user_id: i64) -> Result<i64> {
        Ok(
            with_db!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM saved_searches WHERE user_id = $1")
            .bind(user_id).fetch_one(pool).await?),
        )
    }

    pub async fn insert_saved_search(
        &self,
        user_id: i64,
        name: &str,
        query: &str,
        filters: &SearchFilters,
        alerts: bool,
    ) -> Result<SavedSearch> {
        let filters = serde_json::to_string(filters).unwrap_or_else(|_| "{}".into());
        let row: SavedRow = with_db!(self, pool => sqlx::query_as(
            "INSERT INTO saved_searches (user_id, name, query, filters, alerts, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
             RETURNING id, user_id, name, query, filters, alerts, created_at",
        ).bind(user_id).bind(name).bind(query).bind(filters).bind(alerts).bind(now()).fetch_one(pool).await?);
        Ok(saved(row))
    }

    pub async fn set_saved_search_alerts(&self, user_id: i64, id: i64, alerts: bool) -> Result<()> {
        let n = with_db!(self, pool => sqlx::query("UPDATE saved_searches SET alerts = $1 WHERE id = $2 AND user_id = $3")
            .bind(alerts).bind(id).bind(user_id).execute(pool).await?.rows_affected());
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn delete_saved_search(&self, user_id: i64, id: i64) -> Result<()> {
        let n = with_db!(self, pool => sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
            .bind(id).bind(user_id).execute(pool).await?.rows_affected());
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Adds a notification for each user, unless that user already has one of the same kind and
    /// subject (alerts are idempotent: a republished opportunity does not notify twice).
    pub async fn notify(
        &self,
        user_ids: &[i64],
        kind: &str,
        subject: &str,
        detail: &serde_json::Value,
    ) -> Result<usize> {
        let detail = detail.to_string();
        let at = now();
        let mut added = 0;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            for user in user_ids {
                added += sqlx::query(
                    "INSERT INTO notifications (user_id, kind, subject, detail, created_at) \
                     SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS \
                     (SELECT 1 FROM notifications WHERE user_id = $1 AND kind = $2 AND subject = $3)",
                ).bind(user).bind(kind).bind(subject).bind(&detail).bind(at).execute(&mut *tx).await?.rows_affected() as usize;
            }
            tx.commit().await?;
        });
        Ok(added)
    }

    pub async fn notifications(
        &self,
        user_id: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Notification>, i64)> {
        let (rows, total): (Vec<NoteRow>, i64) = with_db!(self, pool => (
            sqlx::query_as("SELECT id, kind, subject, detail, created_at, read_at FROM notifications WHERE user_id = $1 \
                 ORDER BY id DESC LIMIT $2 OFFSET $3").bind(user_id).bind(limit).bind(offset).fetch_all(pool).await?,
            sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1").bind(user_id).fetch_one(pool).await?,
        ));
        Ok((rows.into_iter().map(note).collect(), total))
    }

    pub async fn unread_notifications(&self, user_id: i64) -> Result<i64> {
        Ok(with_db!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        ).bind(user_id).fetch_one(pool).await?))
    }

    /// Marks one notification (or, without `id`, all of them) read.
    pub async fn mark_notifications_read(&self, user_id: i64, id: Option<i64>) -> Result<u64> {
        let at = now();
        Ok(with_db!(self, pool => match id {
            Some(id) => sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id = $3 AND read_at IS NULL")
                .bind(at).bind(user_id).bind(id).execute(pool).await?.rows_affected(),
            None => sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
                .bind(at).bind(user_id).execute(pool).await?.rows_affected(),
        }))
    }

    /// Ids of the active accounts of an organisation (to notify its people).
    pub async fn organisation_user_ids(&self, organisation_id: i64) -> Result<Vec<i64>> {
        Ok(with_db!(self, pool => sqlx::query_scalar(
            "SELECT id FROM users WHERE organisation_id = $1 AND NOT disabled ORDER BY id",
        ).bind(organisation_id).fetch_all(pool).await?))
    }
}
