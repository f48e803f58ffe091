//! Information packs and the packs sent to cases (each sending also written to the case's
//! history).

use crate::audit::{Actor, record};
use crate::{Result, StepActor, Store, StoreError, now, with_db};
use city2city_domain::Lang;
use city2city_domain::packs::{Pack, SentPack, Topic, ValidPack};
use time::{Date, OffsetDateTime};

/// A pack with the ids authorisation needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PackRecord {
    pub pack: Pack,
    pub id: i64,
    pub city_id: i64,
    pub owner_id: i64,
}

/// Which packs a listing shows.
#[derive(Debug, Clone, Default)]
pub struct PackQuery {
    pub city: Option<String>,
    pub topic: Option<Topic>,
    pub lang: Option<Lang>,
    /// Only public packs (for visitors and companies).
    pub public_only: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    city: String,
    city_id: i64,
    topic: String,
    lang: String,
    title: String,
    body: String,
    owner: String,
    owner_id: i64,
    public: bool,
    last_reviewed: Date,
    updated_at: OffsetDateTime,
}

impl Row {
    fn into_record(self) -> PackRecord {
        PackRecord {
            id: self.id,
            city_id: self.city_id,
            owner_id: self.owner_id,
            pack: Pack {
                slug: self.slug,
                city: self.city,
                topic: Topic::parse(&self.topic).unwrap_or(Topic::LegalForms),
                lang: Lang::parse(&self.lang).unwrap_or(Lang::En),
                title: self.title,
                body: self.body,
                owner: self.owner,
                public: self.public,
                last_reviewed: self.last_reviewed,
                updated_at: self.updated_at,
            },
        }
    }
}

const SELECT: &str = "SELECT p.id, p.slug, c.slug AS city, p.city_id, p.topic, p.lang, p.title, p.body, \
     o.slug AS owner, p.owner_id, p.public, p.last_reviewed, p.updated_at \
     FROM packs p JOIN cities c ON c.id = p.city_id JOIN organisations o ON o.id = p.owner_id";

impl Store {
    /// Packs by city, topic and language.
    pub async fn packs(&self, q: &PackQuery) -> Result<Vec<PackRecord>> {
        let public = if q.public_only { " AND p.public" } else { "" };
        let sql = format!(
            "{SELECT} WHERE (c.slug = $1 OR $1 IS NULL) AND (p.topic = $2 OR $2 IS NULL) \
             AND (p.lang = $3 OR $3 IS NULL){public} ORDER BY c.slug, p.topic, p.lang"
        );
        let rows: Vec<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(q.city.as_deref()).bind(q.topic.map(|t| t.code())).bind(q.lang.map(|l| l.code()))
            .fetch_all(pool).await?);
        Ok(rows.into_iter().map(Row::into_record).collect())
    }

    pub async fn pack(&self, slug: &str) -> Result<PackRecord> {
        let sql = format!("{SELECT} WHERE p.slug = $1");
        let row: Option<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(slug).fetch_optional(pool).await?);
        Ok(row.ok_or(StoreError::NotFound)?.into_record())
    }

    pub async fn insert_pack(
        &self,
        actor: &Actor,
        slug: &str,
        city_id: i64,
        owner_id: i64,
        p: &ValidPack,
    ) -> Result<PackRecord> {
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO packs (slug, city_id, topic, lang, title, body, owner_id, public, last_reviewed, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            )
            .bind(slug).bind(city_id).bind(p.topic.code()).bind(p.lang.code()).bind(&p.title).bind(&p.body)
            .bind(owner_id).bind(p.public).bind(p.last_reviewed).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "pack.create", "pack", id, None,
                Some(serde_json::json!({"slug": slug, "public": p.public})));
            tx.commit().await?;
        });
        self.pack(slug).await
    }

    /// Changes a pack's title, text, visibility and review date (its city, topic and language
    /// make its slug and stay).
    pub async fn update_pack(
        &self,
        actor: &Actor,
        before: &PackRecord,
        p: &ValidPack,
    ) -> Result<PackRecord> {
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE packs SET title = $1, body = $2, public = $3, last_reviewed = $4, updated_at = $5 WHERE id = $6")
                .bind(&p.title).bind(&p.body).bind(p.public).bind(p.last_reviewed).bind(at).bind(before.id)
                .execute(&mut *tx).await?;
            record!(tx, actor, "pack.update", "pack", before.id,
                Some(serde_json::json!({"public": before.pack.public, "last_reviewed": before.pack.last_reviewed.to_string()})),
                Some(serde_json::json!({"public": p.public, "last_reviewed": p.last_reviewed.to_string()})));
            tx.commit().await?;
        });
        self.pack(&before.pack.slug).await
    }

    /// Sends a pack to a case once; written to the case's history.
    pub async fn send_pack(
        &self,
        actor: &Actor,
        case_id: i64,
        pack: &PackRecord,
        who: &StepActor,
    ) -> Result<()> {
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let sent = sqlx::query("INSERT INTO case_packs (case_id, pack_id, sent_at, sent_by, actor) VALUES ($1, $2, $3, $4, $5)")
                .bind(case_id).bind(pack.id).bind(at).bind(actor.user_id).bind(&who.name)
                .execute(&mut *tx).await;
            sent.map_err(|e| StoreError::unique_as(e, || StoreError::conflict(
                "pack", "this pack was already sent to the case")))?;
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2").bind(at).bind(case_id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'pack', $6)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&who.name).bind(who.side).bind(&pack.pack.title)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.pack", "case", case_id, None, Some(serde_json::json!({"pack": pack.pack.slug})));
            tx.commit().await?;
        });
        Ok(())
    }

    /// The packs sent to a case, oldest first.
    pub async fn case_packs(&self, case_id: i64) -> Result<Vec<SentPack>> {
        let rows: Vec<(String, String, String, OffsetDateTime, Option<String>)> = with_db!(self, pool => sqlx::query_as(
            "SELECT p.slug, p.title, p.lang, s.sent_at, s.actor FROM case_packs s JOIN packs p ON p.id = s.pack_id \
             WHERE s.case_id = $1 ORDER BY s.sent_at, s.id",
        ).bind(case_id).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .map(|(slug, title, lang, sent_at, sent_by)| SentPack {
                slug,
                title,
                lang: Lang::parse(&lang).unwrap_or(Lang::En),
                sent_at,
                sent_by,
            })
            .collect())
    }

    /// The pack was sent to a case of this company (its members may read it).
    pub async fn pack_sent_to_company(&self, pack_id: i64, company_id: i64) -> Result<bool> {
        let n: i64 = with_db!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM case_packs s JOIN cases k ON k.id = s.case_id WHERE s.pack_id = $1 AND k.organisation_id = $2",
        ).bind(pack_id).bind(company_id).fetch_one(pool).await?);
        Ok(n > 0)
    }
}
