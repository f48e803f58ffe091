//! Bulk import of opportunities: one transaction for a whole file, so a file is written entirely
//! or not at all. Existing references are updated; organisations are created by name when new.

use crate::audit::{Actor, feed_lock_sql};
use crate::opportunities::{codes, json};
use crate::{Result, Store, now, with_db};
use city2city_domain::Lang;
use city2city_domain::opportunities::{Status, ValidOpportunity};
use std::collections::HashMap;

/// One validated line of an import file.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub reference: String,
    /// The owner's name, as written in the file.
    pub organisation: String,
    /// The owner's city slug (it exists: checked by the caller).
    pub city: String,
    pub opportunity: ValidOpportunity,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub organisations_created: usize,
}

/// How an organisation is recognised by name: folded, in its city.
fn org_key(city_id: i64, name: &str) -> (i64, String) {
    (city_id, city2city_text::fold(name.trim()))
}

impl Store {
    /// Writes all rows in one transaction; imported opportunities are published. One audit
    /// entry records the import; every opportunity gets its change-feed row.
    pub async fn import_opportunities(
        &self,
        actor: &Actor,
        rows: &[ImportRow],
    ) -> Result<ImportReport> {
        let at = now();
        let mut report = ImportReport::default();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            if let Some(lock) = feed_lock_sql(&tx) {
                sqlx::query(lock).execute(&mut *tx).await?;
            }
            let cities: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>("SELECT slug, id FROM cities")
                .fetch_all(&mut *tx).await?.into_iter().collect();
            let mut orgs: HashMap<(i64, String), i64> = HashMap::new();
            let mut slugs: std::collections::HashSet<String> = std::collections::HashSet::new();
            for (id, city_id, slug, bg, de, en) in sqlx::query_as::<_, (i64, i64, String, Option<String>, Option<String>, Option<String>)>(
                "SELECT id, city_id, slug, name_bg, name_de, name_en FROM organisations",
            ).fetch_all(&mut *tx).await? {
                for name in [bg, de, en].into_iter().flatten() {
                    orgs.insert(org_key(city_id, &name), id);
                }
                slugs.insert(slug);
            }
            let existing: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>("SELECT reference, id FROM opportunities")
                .fetch_all(&mut *tx).await?.into_iter().collect();
            for row in rows {
                let city_id = *cities.get(&row.city).ok_or(crate::StoreError::NotFound)?;
                let key = org_key(city_id, &row.organisation);
                let org_id = match orgs.get(&key) {
                    Some(id) => *id,
                    None => {
                        let mut slug = city2city_text::slugify(&row.organisation);
                        if slug.is_empty() {
                            slug = "organisation".into();
                        }
                        let base = slug.clone();
                        let mut n = 2;
                        while slugs.contains(&slug) {
                            slug = format!("{}-{n}", &base[..base.len().min(58)]);
                            n += 1;
                        }
                        let lang = row.opportunity.lang;
                        let name = |l: Lang| (l == lang).then(|| row.organisation.trim().to_string());
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO organisations (slug, kind, city_id, name_bg, name_de, name_en, sort_name, search_text, created_at, updated_at) \
                             VALUES ($1, 'company', $2, $3, $4, $5, $6, $6, $7, $7) RETURNING id",
                        )
                        .bind(&slug).bind(city_id).bind(name(Lang::Bg)).bind(name(Lang::De)).bind(name(Lang::En))
                        .bind(city2city_text::fold(&row.organisation)).bind(at)
                        .fetch_one(&mut *tx).await?;
                        sqlx::query("INSERT INTO changes (entity, entity_id, op, at) VALUES ('organisation', $1, 'create', $2)")
                            .bind(id.to_string()).bind(at).execute(&mut *tx).await?;
                        slugs.insert(slug);
                        orgs.insert(key, id);
                        report.organisations_created += 1;
                        id
                    }
                };
                let o = &row.opportunity;
                let (id, op) = match existing.get(&row.reference) {
                    Some(id) => {
                        sqlx::query(
                            "UPDATE opportunities SET kind = $1, status = 'published', organisation_id = $2, lang = $3, title = $4, \
                             summary = $5, description = $6, sectors = $7, target_cities = $8, valid_until = $9, updated_at = $10, \
                             published_at = COALESCE(published_at, $10) WHERE id = $11",
                        )
                        .bind(o.kind.code()).bind(org_id).bind(o.lang.code()).bind(&o.title).bind(&o.summary).bind(&o.description)
                        .bind(json(&o.sectors)).bind(json(&o.target_cities)).bind(o.valid_until).bind(at).bind(id)
                        .execute(&mut *tx).await?;
                        report.updated += 1;
                        (*id, "update")
                    }
                    None => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO opportunities (reference, kind, status, organisation_id, lang, title, summary, description, \
                             translations, sectors, keywords, partner_kinds, partner_role, cooperation, stage, ipr, target_cities, \
                             valid_until, deadline, show_name, created_by, created_at, updated_at, submitted_at, published_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22, $22, $22) \
                             RETURNING id",
                        )
                        .bind(&row.reference).bind(o.kind.code()).bind(Status::Published.code()).bind(org_id)
                        .bind(o.lang.code()).bind(&o.title).bind(&o.summary).bind(&o.description)
                        .bind(json(&o.translations)).bind(json(&o.sectors)).bind(json(&o.keywords))
                        .bind(codes(&o.partner_kinds, |k| k.code())).bind(&o.partner_role).bind(codes(&o.cooperation, |k| k.code()))
                        .bind(o.stage.map(|s| s.code())).bind(o.ipr.map(|s| s.code())).bind(json(&o.target_cities))
                        .bind(o.valid_until).bind(o.deadline).bind(o.show_name).bind(actor.user_id).bind(at)
                        .fetch_one(&mut *tx).await?;
                        report.created += 1;
                        (id, "create")
                    }
                };
                sqlx::query("INSERT INTO changes (entity, entity_id, op, at) VALUES ('opportunity', $1, $2, $3)")
                    .bind(id.to_string()).bind(op).bind(at).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO audit_log (at, actor_user_id, actor, action, entity, entity_id, before_json, after_json) \
                 VALUES ($1, $2, $3, 'opportunity.import', 'opportunity', '*', NULL, $4)",
            )
            .bind(at).bind(actor.user_id).bind(&actor.label)
            .bind(serde_json::to_string(&report).unwrap_or_default())
            .execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(report)
    }
}
