//! Expressions of interest, with what the pages and authorisation need to know about both sides.

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, now, with_db};
use city2city_domain::opportunities::interests::{Interest, InterestStatus, Outcome};
use serde::Serialize;
use time::OffsetDateTime;

/// An expression of interest with both sides: the opportunity's owner and the sender.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct InterestRecord {
    #[serde(flatten)]
    pub interest: Interest,
    pub opportunity_title: String,
    /// Slug of the opportunity's owner.
    pub owner: String,
    pub owner_city: String,
    /// City of the interested organisation.
    pub sender_city: String,
    #[serde(skip)]
    pub opportunity_id: i64,
    #[serde(skip)]
    pub owner_id: i64,
    #[serde(skip)]
    pub sender_id: i64,
}

/// Which expressions of interest a listing shows.
#[derive(Debug, Clone, Default)]
pub struct InterestQuery {
    /// Received by this organisation (on its opportunities).
    pub owner_id: Option<i64>,
    /// Sent by this organisation.
    pub sender_id: Option<i64>,
    /// Where either side is in this city (staff of its agencies see these).
    pub city: Option<String>,
    pub opportunity_id: Option<i64>,
    pub statuses: Vec<InterestStatus>,
    pub page: i64,
    pub per_page: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    opportunity: String,
    opportunity_id: i64,
    opportunity_title: String,
    owner: String,
    owner_id: i64,
    owner_city: String,
    organisation: String,
    sender_id: i64,
    sender_city: String,
    message: String,
    contribution: String,
    status: String,
    decline_reason: Option<String>,
    outcome: Option<String>,
    created_at: OffsetDateTime,
    decided_at: Option<OffsetDateTime>,
}

impl Row {
    fn into_record(self) -> InterestRecord {
        InterestRecord {
            interest: Interest {
                id: self.id,
                opportunity: self.opportunity,
                organisation: self.organisation,
                message: self.message,
                contribution: self.contribution,
                status: InterestStatus::parse(&self.status).unwrap_or(InterestStatus::Sent),
                decline_reason: self.decline_reason,
                outcome: self.outcome.as_deref().and_then(Outcome::parse),
                created_at: self.created_at,
                decided_at: self.decided_at,
            },
            opportunity_title: self.opportunity_title,
            owner: self.owner,
            owner_city: self.owner_city,
            sender_city: self.sender_city,
            opportunity_id: self.opportunity_id,
            owner_id: self.owner_id,
            sender_id: self.sender_id,
        }
    }
}

const SELECT: &str = "SELECT i.id, p.reference AS opportunity, p.id AS opportunity_id, p.title AS opportunity_title, \
     oo.slug AS owner, oo.id AS owner_id, oc.slug AS owner_city, so.slug AS organisation, so.id AS sender_id, \
     sc.slug AS sender_city, i.message, i.contribution, i.status, i.decline_reason, i.outcome, i.created_at, i.decided_at \
     FROM interests i JOIN opportunities p ON p.id = i.opportunity_id \
     JOIN organisations oo ON oo.id = p.organisation_id JOIN cities oc ON oc.id = oo.city_id \
     JOIN organisations so ON so.id = i.organisation_id JOIN cities sc ON sc.id = so.city_id";

/// A change of an expression of interest, applied only if it is still in `from`.
#[derive(Debug, Clone)]
pub struct InterestChange {
    pub from: InterestStatus,
    pub to: InterestStatus,
    pub action: String,
    pub decline_reason: Option<String>,
    pub outcome: Option<Outcome>,
}

impl Store {
    pub async fn interest(&self, id: i64) -> Result<InterestRecord> {
        let sql = format!("{SELECT} WHERE i.id = $1");
        let row =
            with_db!(self, pool => sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id).fetch_optional(pool).await?)
            .ok_or(StoreError::NotFound)?;
        Ok(row.into_record())
    }

    pub async fn list_interests(&self, q: &InterestQuery) -> Result<Page<InterestRecord>> {
        let per_page = q.per_page.clamp(1, 200);
        let page = q.page.max(1);
        // Ids and status codes are inlined (integers and our own constants); the city is bound.
        let mut conditions = Vec::new();
        if let Some(id) = q.owner_id {
            conditions.push(format!("oo.id = {id}"));
        }
        if let Some(id) = q.sender_id {
            conditions.push(format!("so.id = {id}"));
        }
        if let Some(id) = q.opportunity_id {
            conditions.push(format!("p.id = {id}"));
        }
        if !q.statuses.is_empty() {
            let list = q
                .statuses
                .iter()
                .map(|s| format!("'{}'", s.code()))
                .collect::<Vec<_>>();
            conditions.push(format!("i.status IN ({})", list.join(",")));
        }
        if q.city.is_some() {
            conditions.push("(oc.slug = $1 OR sc.slug = $1)".to_string());
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        let count_sql = format!("SELECT COUNT(*) FROM ({SELECT}{filter}) AS x");
        let list_sql = format!(
            "{SELECT}{filter} ORDER BY i.created_at DESC, i.id DESC LIMIT {per_page} OFFSET {}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<Row>) = with_db!(self, pool => {
            let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql.as_str()));
            let mut list = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(list_sql.as_str()));
            if let Some(city) = &q.city {
                count = count.bind(city.clone());
                list = list.bind(city.clone());
            }
            (count.fetch_one(pool).await?, list.fetch_all(pool).await?)
        });
        Ok(Page {
            items: rows.into_iter().map(Row::into_record).collect(),
            total,
            page,
            per_page,
        })
    }

    /// Expressions of interest an organisation sent since `since` (for the daily limit).
    pub async fn interests_sent_since(
        &self,
        organisation_id: i64,
        since: OffsetDateTime,
    ) -> Result<i64> {
        Ok(with_db!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM interests WHERE organisation_id = $1 AND created_at >= $2",
        ).bind(organisation_id).bind(since).fetch_one(pool).await?))
    }

    /// The organisation's open expression of interest in an opportunity, if any.
    pub async fn open_interest(
        &self,
        opportunity_id: i64,
        organisation_id: i64,
    ) -> Result<Option<i64>> {
        Ok(with_db!(self, pool => sqlx::query_scalar(
            "SELECT id FROM interests WHERE opportunity_id = $1 AND organisation_id = $2 AND status IN ('sent', 'accepted')",
        ).bind(opportunity_id).bind(organisation_id).fetch_optional(pool).await?))
    }

    /// Moves the sending time into the past (demo data and history loaded after the fact).
    pub async fn backdate_interest(&self, id: i64, at: OffsetDateTime) -> Result<()> {
        with_db!(self, pool => sqlx::query("UPDATE interests SET created_at = $1, updated_at = $1, \
            decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE $1 END WHERE id = $2")
            .bind(at).bind(id).execute(pool).await?.rows_affected());
        Ok(())
    }

    pub async fn insert_interest(
        &self,
        actor: &Actor,
        opportunity_id: i64,
        organisation_id: i64,
        message: &str,
        contribution: &str,
    ) -> Result<InterestRecord> {
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO interests (opportunity_id, organisation_id, created_by, message, contribution, status, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 'sent', $6, $6) RETURNING id",
            )
            .bind(opportunity_id).bind(organisation_id).bind(actor.user_id).bind(message).bind(contribution).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "interest.create", "interest", id, None,
                Some(serde_json::json!({"opportunity_id": opportunity_id, "organisation_id": organisation_id, "message": message})));
            tx.commit().await?;
            id
        });
        self.interest(id).await
    }

    pub async fn set_interest_status(
        &self,
        actor: &Actor,
        before: &InterestRecord,
        change: &InterestChange,
    ) -> Result<InterestRecord> {
        let at = now();
        let decided = matches!(
            change.to,
            InterestStatus::Accepted | InterestStatus::Declined
        ) && change.from == InterestStatus::Sent;
        let outcome = change.outcome.or(before.interest.outcome);
        let reason = change
            .decline_reason
            .clone()
            .or(before.interest.decline_reason.clone());
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE interests SET status = $1, decline_reason = $2, outcome = $3, updated_at = $4, \
                 decided_at = CASE WHEN $5 THEN $4 ELSE decided_at END WHERE id = $6 AND status = $7",
            )
            .bind(change.to.code()).bind(&reason).bind(outcome.map(|o| o.code())).bind(at)
            .bind(decided).bind(before.interest.id).bind(change.from.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::Conflict {
                    field: "status".into(),
                    message: "was changed by someone else in the meantime; reload and try again".into(),
                });
            }
            record!(tx, actor, change.action.as_str(), "interest", before.interest.id,
                Some(serde_json::json!({"status": before.interest.status, "outcome": before.interest.outcome})),
                Some(serde_json::json!({"status": change.to, "outcome": outcome, "reason": reason})));
            tx.commit().await?;
        });
        self.interest(before.interest.id).await
    }
}
