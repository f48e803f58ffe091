//! The contact directory and the introductions made on cases (each step also written to the
//! case's history). An introduction moves on only from the status the caller saw.

use crate::audit::{Actor, record};
use crate::{Result, StepActor, Store, StoreError, now, with_db};
use city2city_domain::Lang;
use city2city_domain::contacts::{Contact, ContactKind, IntroStatus, Introduction, ValidContact};
use time::{Date, OffsetDateTime};

/// A contact with the ids other records need.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRecord {
    pub contact: Contact,
    pub id: i64,
    pub city_id: i64,
}

/// Which contacts a listing shows.
#[derive(Debug, Clone, Default)]
pub struct ContactQuery {
    pub city: Option<String>,
    pub kind: Option<ContactKind>,
    pub lang: Option<Lang>,
    pub sector: Option<String>,
    /// Only those who agreed to be introduced.
    pub consenting: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    name: String,
    organisation: Option<String>,
    kind: String,
    city: String,
    city_id: i64,
    expertise: String,
    languages: String,
    sectors: String,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    consent: bool,
    consent_date: Option<Date>,
}

fn list(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl Row {
    fn into_record(self) -> ContactRecord {
        ContactRecord {
            id: self.id,
            city_id: self.city_id,
            contact: Contact {
                slug: self.slug,
                name: self.name,
                organisation: self.organisation,
                kind: ContactKind::parse(&self.kind).unwrap_or(ContactKind::Expert),
                city: self.city,
                expertise: self.expertise,
                languages: list(&self.languages)
                    .iter()
                    .filter_map(|l| Lang::parse(l))
                    .collect(),
                sectors: list(&self.sectors),
                email: self.email,
                phone: self.phone,
                website: self.website,
                consent: self.consent,
                consent_date: self.consent_date,
            },
        }
    }
}

#[derive(sqlx::FromRow)]
struct IntroRow {
    id: i64,
    contact: String,
    contact_name: String,
    contact_organisation: Option<String>,
    contact_kind: String,
    status: String,
    outcome: Option<String>,
    actor: Option<String>,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
}

impl IntroRow {
    fn into_intro(self) -> Introduction {
        Introduction {
            id: self.id,
            contact: self.contact,
            contact_name: self.contact_name,
            contact_organisation: self.contact_organisation,
            contact_kind: ContactKind::parse(&self.contact_kind).unwrap_or(ContactKind::Expert),
            status: IntroStatus::parse(&self.status).unwrap_or(IntroStatus::Requested),
            outcome: self.outcome,
            requested_by: self.actor,
            requested_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

const SELECT: &str = "SELECT t.id, t.slug, t.name, t.organisation, t.kind, c.slug AS city, t.city_id, t.expertise, \
     t.languages, t.sectors, t.email, t.phone, t.website, t.consent, t.consent_date \
     FROM contacts t JOIN cities c ON c.id = t.city_id";

const INTRO_SELECT: &str = "SELECT i.id, t.slug AS contact, t.name AS contact_name, t.organisation AS contact_organisation, \
     t.kind AS contact_kind, i.status, i.outcome, i.actor, i.created_at, i.updated_at \
     FROM introductions i JOIN contacts t ON t.id = i.contact_id";

fn joined<T: AsRef<str>>(items: &[T]) -> String {
    items
        .iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// "Mag. Katrin Leitner (Leitner Aigner Rechtsanwälte GmbH)".
fn label(c: &Contact) -> String {
    match &c.organisation {
        Some(o) => format!("{} ({o})", c.name),
        None => c.name.clone(),
    }
}

impl Store {
    /// Contacts matching the query, by city and name.
    pub async fn contacts(&self, q: &ContactQuery) -> Result<Vec<ContactRecord>> {
        let consenting = if q.consenting { " AND t.consent" } else { "" };
        let sql = format!(
            "{SELECT} WHERE (c.slug = $1 OR $1 IS NULL) AND (t.kind = $2 OR $2 IS NULL) \
             AND (',' || t.languages || ',' LIKE '%,' || $3 || ',%' OR $3 IS NULL) \
             AND (',' || t.sectors || ',' LIKE '%,' || $4 || ',%' OR $4 IS NULL){consenting} \
             ORDER BY c.slug, t.name, t.id"
        );
        let rows: Vec<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(q.city.as_deref()).bind(q.kind.map(|k| k.code())).bind(q.lang.map(|l| l.code()))
            .bind(q.sector.as_deref())
            .fetch_all(pool).await?);
        Ok(rows.into_iter().map(Row::into_record).collect())
    }

    pub async fn contact(&self, slug: &str) -> Result<ContactRecord> {
        let sql = format!("{SELECT} WHERE t.slug = $1");
        let row: Option<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(slug).fetch_optional(pool).await?);
        Ok(row.ok_or(StoreError::NotFound)?.into_record())
    }

    pub async fn contact_slug_taken(&self, slug: &str) -> Result<bool> {
        let n: i64 = with_db!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM contacts WHERE slug = $1")
            .bind(slug).fetch_one(pool).await?);
        Ok(n > 0)
    }

    pub async fn insert_contact(
        &self,
        actor: &Actor,
        slug: &str,
        city_id: i64,
        c: &ValidContact,
    ) -> Result<ContactRecord> {
        let at = now();
        let langs: Vec<&str> = c.languages.iter().map(|l| l.code()).collect();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO contacts (slug, name, organisation, kind, city_id, expertise, languages, sectors, email, phone, website, \
                 consent, consent_date, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id",
            )
            .bind(slug).bind(&c.name).bind(&c.organisation).bind(c.kind.code()).bind(city_id).bind(&c.expertise)
            .bind(joined(&langs)).bind(joined(&c.sectors)).bind(&c.email).bind(&c.phone).bind(&c.website)
            .bind(c.consent).bind(c.consent_date).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "contact.create", "contact", id, None,
                Some(serde_json::json!({"slug": slug, "consent": c.consent})));
            tx.commit().await?;
        });
        self.contact(slug).await
    }

    pub async fn update_contact(
        &self,
        actor: &Actor,
        before: &ContactRecord,
        city_id: i64,
        c: &ValidContact,
    ) -> Result<ContactRecord> {
        let at = now();
        let langs: Vec<&str> = c.languages.iter().map(|l| l.code()).collect();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE contacts SET name = $1, organisation = $2, kind = $3, city_id = $4, expertise = $5, languages = $6, \
                 sectors = $7, email = $8, phone = $9, website = $10, consent = $11, consent_date = $12, updated_at = $13 WHERE id = $14",
            )
            .bind(&c.name).bind(&c.organisation).bind(c.kind.code()).bind(city_id).bind(&c.expertise)
            .bind(joined(&langs)).bind(joined(&c.sectors)).bind(&c.email).bind(&c.phone).bind(&c.website)
            .bind(c.consent).bind(c.consent_date).bind(at).bind(before.id)
            .execute(&mut *tx).await?;
            record!(tx, actor, "contact.update", "contact", before.id,
                Some(serde_json::json!({"consent": before.contact.consent})),
                Some(serde_json::json!({"consent": c.consent})));
            tx.commit().await?;
        });
        self.contact(&before.contact.slug).await
    }

    /// Asks for an introduction of the case's company to the contact (once per contact).
    pub async fn insert_introduction(
        &self,
        actor: &Actor,
        case_id: i64,
        contact: &ContactRecord,
        who: &StepActor,
    ) -> Result<Introduction> {
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let inserted = sqlx::query_scalar::<_, i64>(
                "INSERT INTO introductions (case_id, contact_id, status, created_by, actor, created_at, updated_at) \
                 VALUES ($1, $2, 'requested', $3, $4, $5, $5) RETURNING id",
            )
            .bind(case_id).bind(contact.id).bind(actor.user_id).bind(&who.name).bind(at)
            .fetch_one(&mut *tx).await;
            let id = inserted.map_err(|e| StoreError::unique_as(e, || StoreError::conflict(
                "contact", "the company is already being introduced to this contact")))?;
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2").bind(at).bind(case_id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'intro_requested', $6)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&who.name).bind(who.side).bind(label(&contact.contact))
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.introduction", "case", case_id, None,
                Some(serde_json::json!({"introduction": id, "contact": contact.contact.slug})));
            tx.commit().await?;
            id
        });
        self.introduction(case_id, id).await
    }

    pub async fn introduction(&self, case_id: i64, id: i64) -> Result<Introduction> {
        let sql = format!("{INTRO_SELECT} WHERE i.case_id = $1 AND i.id = $2");
        let row: Option<IntroRow> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(case_id).bind(id).fetch_optional(pool).await?);
        Ok(row.ok_or(StoreError::NotFound)?.into_intro())
    }

    /// The case's introductions, oldest first.
    pub async fn introductions(&self, case_id: i64) -> Result<Vec<Introduction>> {
        let sql = format!("{INTRO_SELECT} WHERE i.case_id = $1 ORDER BY i.created_at, i.id");
        let rows: Vec<IntroRow> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(case_id).fetch_all(pool).await?);
        Ok(rows.into_iter().map(IntroRow::into_intro).collect())
    }

    /// Moves an introduction on, if it is still at `from`.
    pub async fn advance_introduction(
        &self,
        actor: &Actor,
        case_id: i64,
        intro: &Introduction,
        to: IntroStatus,
        outcome: Option<String>,
        who: &StepActor,
    ) -> Result<Introduction> {
        let at = now();
        let text = match &outcome {
            Some(o) => format!("{}: {o}", intro.contact_name),
            None => intro.contact_name.clone(),
        };
        let kind = format!("intro_{}", to.code());
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE introductions SET status = $1, outcome = COALESCE($2, outcome), updated_at = $3 \
                 WHERE id = $4 AND case_id = $5 AND status = $6",
            )
            .bind(to.code()).bind(&outcome).bind(at).bind(intro.id).bind(case_id).bind(intro.status.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::Conflict {
                    field: "status".into(),
                    message: "the introduction was changed by someone else in the meantime; reload and try again".into(),
                });
            }
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2").bind(at).bind(case_id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&who.name).bind(who.side).bind(&kind).bind(&text)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.introduction", "case", case_id,
                Some(serde_json::json!({"introduction": intro.id, "status": intro.status})),
                Some(serde_json::json!({"introduction": intro.id, "status": to})));
            tx.commit().await?;
        });
        self.introduction(case_id, intro.id).await
    }
}
