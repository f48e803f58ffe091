//! Opportunities: stored with their list-valued fields as JSON arrays; references handed out per
//! city and year from a counter; every status change is a compare-and-set on the old status, so
//! two staff members validating at once cannot both win.

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, now, with_db};
use city2city_domain::Lang;
use city2city_domain::opportunities::{
    Cooperation, Ipr, Opportunity, OpportunityKind, Stage, Status, Translation, ValidOpportunity,
};
use city2city_domain::organisations::OrgKind;
use serde::de::DeserializeOwned;
use time::{Date, OffsetDateTime};

/// Which opportunities a listing shows.
#[derive(Debug, Clone, Default)]
pub struct OppQuery {
    /// Any of these statuses (empty: all).
    pub statuses: Vec<Status>,
    /// Owned by this organisation.
    pub organisation_id: Option<i64>,
    /// Owned by an organisation in this city (slug).
    pub city: Option<String>,
    /// Only those whose owner shows its name publicly.
    pub named_only: bool,
    /// Oldest first (a work queue) instead of the most recently changed first.
    pub oldest_first: bool,
    /// 1-based.
    pub page: i64,
    pub per_page: i64,
}

#[derive(sqlx::FromRow)]
struct OppRow {
    id: i64,
    reference: String,
    kind: String,
    status: String,
    organisation: String,
    city: String,
    lang: String,
    title: String,
    summary: String,
    description: String,
    translations: String,
    sectors: String,
    keywords: String,
    partner_kinds: String,
    partner_role: Option<String>,
    cooperation: String,
    stage: Option<String>,
    ipr: Option<String>,
    target_cities: String,
    valid_until: Date,
    deadline: Option<Date>,
    show_name: bool,
    staff_comment: Option<String>,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    published_at: Option<OffsetDateTime>,
}

fn list<T: DeserializeOwned>(json: &str) -> Vec<T> {
    serde_json::from_str(json).unwrap_or_default()
}

pub(crate) fn codes<T>(items: &[T], code: impl Fn(&T) -> &'static str) -> String {
    serde_json::to_string(&items.iter().map(code).collect::<Vec<_>>()).unwrap_or_default()
}

pub(crate) fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

impl OppRow {
    fn into_domain(self) -> Opportunity {
        let parse_codes = |json: &str| -> Vec<String> { list(json) };
        Opportunity {
            id: self.id,
            reference: self.reference,
            kind: OpportunityKind::parse(&self.kind).unwrap_or(OpportunityKind::BusinessOffer),
            status: Status::parse(&self.status).unwrap_or(Status::Draft),
            organisation: self.organisation,
            city: self.city,
            lang: Lang::parse(&self.lang).unwrap_or(Lang::En),
            title: self.title,
            summary: self.summary,
            description: self.description,
            translations: list::<Translation>(&self.translations),
            sectors: list(&self.sectors),
            keywords: list(&self.keywords),
            partner_kinds: parse_codes(&self.partner_kinds)
                .iter()
                .filter_map(|c| OrgKind::parse(c))
                .collect(),
            partner_role: self.partner_role,
            cooperation: parse_codes(&self.cooperation)
                .iter()
                .filter_map(|c| Cooperation::parse(c))
                .collect(),
            stage: self.stage.as_deref().and_then(Stage::parse),
            ipr: self.ipr.as_deref().and_then(Ipr::parse),
            target_cities: list(&self.target_cities),
            valid_until: self.valid_until,
            deadline: self.deadline,
            show_name: self.show_name,
            staff_comment: self.staff_comment,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
        }
    }
}

const SELECT: &str = "SELECT p.id, p.reference, p.kind, p.status, o.slug AS organisation, c.slug AS city, \
     p.lang, p.title, p.summary, p.description, p.translations, p.sectors, p.keywords, p.partner_kinds, \
     p.partner_role, p.cooperation, p.stage, p.ipr, p.target_cities, p.valid_until, p.deadline, \
     p.show_name, p.staff_comment, p.created_at, p.updated_at, p.published_at \
     FROM opportunities p JOIN organisations o ON o.id = p.organisation_id JOIN cities c ON c.id = o.city_id";

/// The prefix of a new reference: the owner city's first three letters and the year, `SOF-2026`.
pub fn reference_prefix(city_slug: &str, year: i32) -> String {
    let letters: String = city_slug
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(3)
        .collect::<String>()
        .to_ascii_uppercase();
    format!("{letters}-{year}")
}

/// The state of an opportunity for the audit log.
fn audit_json(o: &Opportunity) -> serde_json::Value {
    serde_json::to_value(o).unwrap_or_default()
}

/// A status change to store: the compare-and-set status, and what changes with it.
#[derive(Debug, Clone)]
pub struct StatusChange {
    pub from: Status,
    pub to: Status,
    /// The audit action, such as `opportunity.publish`.
    pub action: String,
    /// Replaces the staff comment (returning sets it; submitting clears it).
    pub staff_comment: Option<String>,
    /// A new end of validity (renewal).
    pub valid_until: Option<Date>,
}

impl Store {
    pub async fn opportunity(&self, reference: &str) -> Result<Opportunity> {
        let sql = format!("{SELECT} WHERE p.reference = $1");
        let row =
            with_db!(self, pool => sqlx::query_as::<_, OppRow>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(reference).fetch_optional(pool).await?)
            .ok_or(StoreError::NotFound)?;
        Ok(row.into_domain())
    }

    pub async fn opportunity_by_id(&self, id: i64) -> Result<Opportunity> {
        let sql = format!("{SELECT} WHERE p.id = $1");
        let row =
            with_db!(self, pool => sqlx::query_as::<_, OppRow>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id).fetch_optional(pool).await?)
            .ok_or(StoreError::NotFound)?;
        Ok(row.into_domain())
    }

    /// The opportunities with these ids (missing ones are left out), in id order.
    pub async fn opportunities_by_ids(&self, ids: &[i64]) -> Result<Vec<Opportunity>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        // Ids are integers: inlining them is safe and avoids a placeholder per id.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!("{SELECT} WHERE p.id IN ({list}) ORDER BY p.id");
        let rows = with_db!(self, pool => sqlx::query_as::<_, OppRow>(sqlx::AssertSqlSafe(sql.as_str()))
            .fetch_all(pool).await?);
        Ok(rows.into_iter().map(OppRow::into_domain).collect())
    }

    /// Ids of an organisation's opportunities (its name appears in their index entries).
    pub async fn opportunity_ids_of(&self, organisation_id: i64) -> Result<Vec<i64>> {
        Ok(
            with_db!(self, pool => sqlx::query_scalar("SELECT id FROM opportunities WHERE organisation_id = $1 ORDER BY id")
            .bind(organisation_id).fetch_all(pool).await?),
        )
    }

    /// A batch of opportunities with an id above `after`, in id order: for walking all of them.
    pub async fn opportunities_after(&self, after: i64, limit: i64) -> Result<Vec<Opportunity>> {
        let sql = format!("{SELECT} WHERE p.id > $1 ORDER BY p.id LIMIT $2");
        let rows = with_db!(self, pool => sqlx::query_as::<_, OppRow>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(after).bind(limit).fetch_all(pool).await?);
        Ok(rows.into_iter().map(OppRow::into_domain).collect())
    }

    pub async fn list_opportunities(&self, q: &OppQuery) -> Result<Page<Opportunity>> {
        let per_page = q.per_page.clamp(1, 200);
        let page = q.page.max(1);
        let mut conditions = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        if !q.statuses.is_empty() {
            // Status codes are our own constants.
            let list = q
                .statuses
                .iter()
                .map(|s| format!("'{}'", s.code()))
                .collect::<Vec<_>>()
                .join(",");
            conditions.push(format!("p.status IN ({list})"));
        }
        if let Some(id) = q.organisation_id {
            conditions.push(format!("p.organisation_id = {id}"));
        }
        if q.named_only {
            conditions.push("p.show_name".to_string());
        }
        if let Some(city) = &q.city {
            binds.push(city.clone());
            conditions.push(format!("c.slug = ${}", binds.len()));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        let order = if q.oldest_first {
            "p.updated_at, p.id"
        } else {
            "p.updated_at DESC, p.id DESC"
        };
        let count_sql = format!(
            "SELECT COUNT(*) FROM opportunities p JOIN organisations o ON o.id = p.organisation_id \
             JOIN cities c ON c.id = o.city_id{filter}"
        );
        let list_sql = format!(
            "{SELECT}{filter} ORDER BY {order} LIMIT {per_page} OFFSET {}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<OppRow>) = with_db!(self, pool => {
            let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql.as_str()));
            let mut list = sqlx::query_as::<_, OppRow>(sqlx::AssertSqlSafe(list_sql.as_str()));
            for b in &binds {
                count = count.bind(b.clone());
                list = list.bind(b.clone());
            }
            (count.fetch_one(pool).await?, list.fetch_all(pool).await?)
        });
        Ok(Page {
            items: rows.into_iter().map(OppRow::into_domain).collect(),
            total,
            page,
            per_page,
        })
    }

    pub async fn count_opportunities(&self) -> Result<i64> {
        Ok(
            with_db!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM opportunities").fetch_one(pool).await?),
        )
    }

    /// References of published opportunities whose validity ended before `today`.
    pub async fn opportunities_due_to_expire(&self, today: Date) -> Result<Vec<String>> {
        Ok(with_db!(self, pool => sqlx::query_scalar(
            "SELECT reference FROM opportunities WHERE status = 'published' AND valid_until < $1 ORDER BY id",
        ).bind(today).fetch_all(pool).await?))
    }

    /// Creates an opportunity owned by `organisation_id`. Without a `reference`, the next one of
    /// the owner city's series is handed out.
    pub async fn insert_opportunity(
        &self,
        actor: &Actor,
        organisation_id: i64,
        reference: Option<&str>,
        o: &ValidOpportunity,
        status: Status,
    ) -> Result<Opportunity> {
        let at = now();
        let published_at = (status == Status::Published).then_some(at);
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let reference = match reference {
                Some(r) => r.to_string(),
                None => {
                    let city: String = sqlx::query_scalar(
                        "SELECT c.slug FROM organisations o JOIN cities c ON c.id = o.city_id WHERE o.id = $1",
                    ).bind(organisation_id).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound)?;
                    let prefix = reference_prefix(&city, at.year());
                    // Imports may have taken numbers of the series: skip those.
                    loop {
                        let n: i64 = sqlx::query_scalar(
                            "INSERT INTO reference_counters (prefix, last) VALUES ($1, 1) \
                             ON CONFLICT (prefix) DO UPDATE SET last = reference_counters.last + 1 RETURNING last",
                        ).bind(&prefix).fetch_one(&mut *tx).await?;
                        let candidate = format!("{prefix}-{n:04}");
                        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM opportunities WHERE reference = $1")
                            .bind(&candidate).fetch_optional(&mut *tx).await?;
                        if taken.is_none() {
                            break candidate;
                        }
                    }
                }
            };
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO opportunities (reference, kind, status, organisation_id, lang, title, summary, description, \
                 translations, sectors, keywords, partner_kinds, partner_role, cooperation, stage, ipr, target_cities, \
                 valid_until, deadline, show_name, created_by, created_at, updated_at, submitted_at, published_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22, $23, $24) \
                 RETURNING id",
            )
            .bind(&reference).bind(o.kind.code()).bind(status.code()).bind(organisation_id)
            .bind(o.lang.code()).bind(&o.title).bind(&o.summary).bind(&o.description)
            .bind(json(&o.translations)).bind(json(&o.sectors)).bind(json(&o.keywords))
            .bind(codes(&o.partner_kinds, |k| k.code())).bind(&o.partner_role)
            .bind(codes(&o.cooperation, |k| k.code()))
            .bind(o.stage.map(|s| s.code())).bind(o.ipr.map(|s| s.code())).bind(json(&o.target_cities))
            .bind(o.valid_until).bind(o.deadline).bind(o.show_name).bind(actor.user_id).bind(at)
            .bind((status != Status::Draft).then_some(at)).bind(published_at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "opportunity.create", "opportunity", id, None,
                Some(serde_json::json!({"reference": reference, "status": status, "title": o.title})));
            tx.commit().await?;
            id
        });
        self.opportunity_by_id(id).await
    }

    /// Replaces the content; `status` moves it too (an edited published one goes back to
    /// validation). Refused if the status changed since `before` was read.
    pub async fn update_opportunity(
        &self,
        actor: &Actor,
        before: &Opportunity,
        o: &ValidOpportunity,
        status: Status,
    ) -> Result<Opportunity> {
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE opportunities SET kind = $1, status = $2, lang = $3, title = $4, summary = $5, description = $6, \
                 translations = $7, sectors = $8, keywords = $9, partner_kinds = $10, partner_role = $11, cooperation = $12, \
                 stage = $13, ipr = $14, target_cities = $15, valid_until = $16, deadline = $17, show_name = $18, updated_at = $19 \
                 WHERE id = $20 AND status = $21",
            )
            .bind(o.kind.code()).bind(status.code()).bind(o.lang.code()).bind(&o.title).bind(&o.summary).bind(&o.description)
            .bind(json(&o.translations)).bind(json(&o.sectors)).bind(json(&o.keywords))
            .bind(codes(&o.partner_kinds, |k| k.code())).bind(&o.partner_role).bind(codes(&o.cooperation, |k| k.code()))
            .bind(o.stage.map(|s| s.code())).bind(o.ipr.map(|s| s.code())).bind(json(&o.target_cities))
            .bind(o.valid_until).bind(o.deadline).bind(o.show_name).bind(at)
            .bind(before.id).bind(before.status.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(moved_on());
            }
            record!(tx, actor, "opportunity.update", "opportunity", before.id,
                Some(audit_json(before)), Some(serde_json::json!({"status": status, "title": o.title, "summary": o.summary})));
            tx.commit().await?;
        });
        self.opportunity_by_id(before.id).await
    }

    /// Moves an opportunity from `change.from` to `change.to`, if it is still in `from`.
    pub async fn set_opportunity_status(
        &self,
        actor: &Actor,
        before: &Opportunity,
        change: &StatusChange,
    ) -> Result<Opportunity> {
        let at = now();
        let published_at = if change.to == Status::Published && change.from == Status::Submitted {
            Some(at)
        } else {
            before.published_at
        };
        let submitted = change.to == Status::Submitted;
        let valid_until = change.valid_until.unwrap_or(before.valid_until);
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE opportunities SET status = $1, staff_comment = $2, valid_until = $3, published_at = $4, \
                 submitted_at = CASE WHEN $5 THEN $6 ELSE submitted_at END, updated_at = $6 \
                 WHERE id = $7 AND status = $8",
            )
            .bind(change.to.code()).bind(&change.staff_comment).bind(valid_until).bind(published_at)
            .bind(submitted).bind(at).bind(before.id).bind(change.from.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(moved_on());
            }
            record!(tx, actor, change.action.as_str(), "opportunity", before.id,
                Some(serde_json::json!({"status": before.status, "valid_until": before.valid_until})),
                Some(serde_json::json!({"status": change.to, "valid_until": valid_until, "comment": change.staff_comment})));
            tx.commit().await?;
        });
        self.opportunity_by_id(before.id).await
    }

    /// Moves the publication time into the past (demo data and history loaded after the fact);
    /// the change feed hears of it, so the index orders it right.
    pub async fn backdate_publication(&self, id: i64, at: OffsetDateTime) -> Result<()> {
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE opportunities SET published_at = $1, created_at = $1, updated_at = $1 WHERE id = $2")
                .bind(at).bind(id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO changes (entity, entity_id, op, at) VALUES ('opportunity', $1, 'update', $2)")
                .bind(id.to_string()).bind(now()).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Deletes a draft (nothing else: the rest is history).
    pub async fn delete_draft_opportunity(
        &self,
        actor: &Actor,
        before: &Opportunity,
    ) -> Result<()> {
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query("DELETE FROM opportunities WHERE id = $1 AND status = 'draft'")
                .bind(before.id).execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(moved_on());
            }
            record!(tx, actor, "opportunity.delete", "opportunity", before.id, Some(audit_json(before)), None);
            tx.commit().await?;
        });
        Ok(())
    }
}

fn moved_on() -> StoreError {
    StoreError::Conflict {
        field: "status".into(),
        message: "was changed by someone else in the meantime; reload and try again".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_come_from_the_city() {
        assert_eq!(reference_prefix("sofia", 2026), "SOF-2026");
        assert_eq!(reference_prefix("vienna", 2027), "VIE-2027");
    }
}
