//! Organisations and their sectors.

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, like_pattern, now, with_db};
use city2city_domain::organisations::{OrgKind, Organisation, SizeBand, ValidOrganisation};
use city2city_domain::{Lang, Localized, Validation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OrgSort {
    #[default]
    Name,
    NameDesc,
    Newest,
    City,
}

impl OrgSort {
    pub fn parse(s: &str) -> Option<OrgSort> {
        Some(match s {
            "name" => OrgSort::Name,
            "-name" | "name_desc" => OrgSort::NameDesc,
            "newest" | "-created" => OrgSort::Newest,
            "city" => OrgSort::City,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            OrgSort::Name => "name",
            OrgSort::NameDesc => "-name",
            OrgSort::Newest => "newest",
            OrgSort::City => "city",
        }
    }

    fn order_by(self) -> &'static str {
        match self {
            OrgSort::Name => "o.sort_name, o.id",
            OrgSort::NameDesc => "o.sort_name DESC, o.id DESC",
            OrgSort::Newest => "o.created_at DESC, o.id DESC",
            OrgSort::City => "c.slug, o.sort_name, o.id",
        }
    }
}

/// Filters, sort and page of an organisation listing.
#[derive(Debug, Clone, Default)]
pub struct OrgQuery {
    /// Free text, matched against names (in any script) and descriptions.
    pub q: Option<String>,
    pub kind: Option<OrgKind>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub sort: OrgSort,
    /// 1-based.
    pub page: i64,
    pub per_page: i64,
}

/// What authorisation needs to know of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSummary {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub city: String,
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: i64,
    slug: String,
    kind: String,
    city: String,
    name_bg: Option<String>,
    name_de: Option<String>,
    name_en: Option<String>,
    description: Option<String>,
    description_lang: Option<String>,
    website: Option<String>,
    size_band: Option<String>,
    /// The organisation's sector slugs, sorted and joined with commas (slugs have no commas).
    sectors: Option<String>,
}

impl OrgRow {
    fn into_domain(self) -> Organisation {
        let sectors = self
            .sectors
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default();
        Organisation {
            id: self.id,
            slug: self.slug,
            kind: OrgKind::parse(&self.kind).unwrap_or(OrgKind::Company),
            city: self.city,
            name: Localized {
                bg: self.name_bg,
                de: self.name_de,
                en: self.name_en,
            },
            description: self.description,
            description_lang: self.description_lang.as_deref().and_then(Lang::parse),
            website: self.website,
            sectors,
            size_band: self.size_band.as_deref().and_then(SizeBand::parse),
        }
    }
}

// The sectors come in the same query: `string_agg` with `ORDER BY` is understood by PostgreSQL and
// by SQLite (3.44 and later; the bundled SQLite is newer).
const SELECT: &str = "SELECT o.id, o.slug, o.kind, c.slug AS city, o.name_bg, o.name_de, o.name_en, \
     o.description, o.description_lang, o.website, o.size_band, \
     (SELECT string_agg(s.sector, ',' ORDER BY s.sector) FROM organisation_sectors s \
      WHERE s.organisation_id = o.id) AS sectors \
     FROM organisations o JOIN cities c ON c.id = o.city_id";

fn search_text(o: &ValidOrganisation) -> String {
    let mut parts: Vec<&str> = o.name.values().map(|(_, t)| t).collect();
    parts.push(&o.slug);
    if let Some(d) = &o.description {
        parts.push(d);
    }
    city2city_text::fold(&parts.join(" \u{1f} "))
}

fn sort_name(o: &ValidOrganisation) -> String {
    city2city_text::fold(o.name.get(Lang::En))
}

enum Bind {
    Text(String),
}

impl Store {
    pub async fn list_organisations(&self, q: &OrgQuery) -> Result<Page<Organisation>> {
        let per_page = q.per_page.clamp(1, 200);
        let page = q.page.max(1);
        // Conditions on `organisations` alone, so that the count needs no join (SQLite then
        // counts over an index, or answers a bare COUNT(*) at once) and the page's ids come from
        // an index without reading the rows it skips.
        let mut conditions: Vec<String> = Vec::new();
        let mut binds = Vec::new();
        if let Some(text) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            binds.push(Bind::Text(like_pattern(&city2city_text::fold(text))));
            conditions.push(format!("o.search_text LIKE ${} ESCAPE '\\'", binds.len()));
        }
        if let Some(kind) = q.kind {
            binds.push(Bind::Text(kind.code().into()));
            conditions.push(format!("o.kind = ${}", binds.len()));
        }
        if let Some(city) = q.city.as_deref().filter(|c| !c.is_empty()) {
            binds.push(Bind::Text(city.into()));
            conditions.push(format!(
                "o.city_id = (SELECT id FROM cities WHERE slug = ${})",
                binds.len()
            ));
        }
        if let Some(sector) = q.sector.as_deref().filter(|c| !c.is_empty()) {
            binds.push(Bind::Text(sector.into()));
            conditions.push(format!(
                "o.id IN (SELECT organisation_id FROM organisation_sectors WHERE sector = ${})",
                binds.len()
            ));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        let count_sql = format!("SELECT COUNT(*) FROM organisations o{filter}");
        // The page's ids first (a deferred join), then their rows: deep pages skip index
        // entries instead of whole rows.
        let join = if q.sort == OrgSort::City {
            " JOIN cities c ON c.id = o.city_id"
        } else {
            ""
        };
        let order = q.sort.order_by();
        let list_sql = format!(
            "{SELECT} WHERE o.id IN (SELECT o.id FROM organisations o{join}{filter} \
             ORDER BY {order} LIMIT {per_page} OFFSET {}) ORDER BY {order}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<OrgRow>) = with_db!(self, pool => {
            let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql.as_str()));
            let mut list = sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(list_sql.as_str()));
            for b in &binds {
                match b {
                    Bind::Text(s) => { count = count.bind(s.clone()); list = list.bind(s.clone()); }
                }
            }
            (count.fetch_one(pool).await?, list.fetch_all(pool).await?)
        });
        let items = rows.into_iter().map(OrgRow::into_domain).collect();
        Ok(Page {
            items,
            total,
            page,
            per_page,
        })
    }

    pub async fn organisation(&self, slug: &str) -> Result<Organisation> {
        let sql = format!("{SELECT} WHERE o.slug = $1");
        let row = with_db!(self, pool => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(slug).fetch_optional(pool).await?)
            .ok_or(StoreError::NotFound)?;
        Ok(row.into_domain())
    }

    pub async fn organisation_by_id(&self, id: i64) -> Result<Organisation> {
        let slug: Option<String> = with_db!(self, pool =>
            sqlx::query_scalar("SELECT slug FROM organisations WHERE id = $1").bind(id).fetch_optional(pool).await?);
        self.organisation(&slug.ok_or(StoreError::NotFound)?).await
    }

    /// A batch of organisations with an id above `after`, in id order: for walking all of them.
    pub async fn organisations_after(&self, after: i64, limit: i64) -> Result<Vec<Organisation>> {
        let sql = format!("{SELECT} WHERE o.id > $1 ORDER BY o.id LIMIT $2");
        let rows = with_db!(self, pool => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(after).bind(limit).fetch_all(pool).await?);
        Ok(rows.into_iter().map(OrgRow::into_domain).collect())
    }

    pub async fn organisation_summary(&self, slug: &str) -> Result<OrgSummary> {
        let row: Option<(i64, String, String, String)> = with_db!(self, pool => sqlx::query_as(
            "SELECT o.id, o.slug, o.kind, c.slug FROM organisations o JOIN cities c ON c.id = o.city_id WHERE o.slug = $1",
        ).bind(slug).fetch_optional(pool).await?);
        let (id, slug, kind, city) = row.ok_or(StoreError::NotFound)?;
        Ok(OrgSummary {
            id,
            slug,
            kind: OrgKind::parse(&kind).unwrap_or(OrgKind::Company),
            city,
        })
    }

    async fn city_id(&self, slug: &str) -> Result<i64> {
        let id: Option<i64> = with_db!(self, pool =>
            sqlx::query_scalar("SELECT id FROM cities WHERE slug = $1").bind(slug).fetch_optional(pool).await?);
        id.ok_or_else(|| {
            Validation::single("city", "unknown-city", format!("no city '{slug}'")).into()
        })
    }

    pub async fn insert_organisation(
        &self,
        actor: &Actor,
        o: &ValidOrganisation,
    ) -> Result<Organisation> {
        let city_id = self.city_id(&o.city).await?;
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organisations (slug, kind, city_id, name_bg, name_de, name_en, sort_name, search_text, \
                 description, description_lang, website, size_band, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
            )
            .bind(&o.slug).bind(o.kind.code()).bind(city_id)
            .bind(&o.name.bg).bind(&o.name.de).bind(&o.name.en)
            .bind(sort_name(o)).bind(search_text(o))
            .bind(&o.description).bind(o.description_lang.map(|l| l.code()))
            .bind(&o.website).bind(o.size_band.map(|b| b.code())).bind(at)
            .fetch_one(&mut *tx).await?;
            for s in &o.sectors {
                sqlx::query("INSERT INTO organisation_sectors (organisation_id, sector) VALUES ($1, $2)")
                    .bind(id).bind(s).execute(&mut *tx).await?;
            }
            record!(tx, actor, "organisation.create", "organisation", id, None, Some(org_json(o)));
            tx.commit().await?;
        });
        self.organisation(&o.slug).await
    }

    pub async fn update_organisation(
        &self,
        actor: &Actor,
        slug: &str,
        o: &ValidOrganisation,
    ) -> Result<Organisation> {
        let before = self.organisation(slug).await?;
        let city_id = self.city_id(&o.city).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE organisations SET slug = $1, kind = $2, city_id = $3, name_bg = $4, name_de = $5, name_en = $6, \
                 sort_name = $7, search_text = $8, description = $9, description_lang = $10, website = $11, \
                 size_band = $12, updated_at = $13 WHERE id = $14",
            )
            .bind(&o.slug).bind(o.kind.code()).bind(city_id)
            .bind(&o.name.bg).bind(&o.name.de).bind(&o.name.en)
            .bind(sort_name(o)).bind(search_text(o))
            .bind(&o.description).bind(o.description_lang.map(|l| l.code()))
            .bind(&o.website).bind(o.size_band.map(|b| b.code())).bind(now()).bind(before.id)
            .execute(&mut *tx).await?;
            sqlx::query("DELETE FROM organisation_sectors WHERE organisation_id = $1").bind(before.id).execute(&mut *tx).await?;
            for s in &o.sectors {
                sqlx::query("INSERT INTO organisation_sectors (organisation_id, sector) VALUES ($1, $2)")
                    .bind(before.id).bind(s).execute(&mut *tx).await?;
            }
            record!(tx, actor, "organisation.update", "organisation", before.id,
                Some(serde_json::to_value(&before).unwrap_or_default()), Some(org_json(o)));
            tx.commit().await?;
        });
        self.organisation(&o.slug).await
    }

    /// Deletes an organisation and its people. Refused while accounts or partnerships refer to it.
    pub async fn delete_organisation(&self, actor: &Actor, slug: &str) -> Result<()> {
        let before = self.organisation(slug).await?;
        let in_use: i64 = with_db!(self, pool => sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM users WHERE organisation_id = $1) + (SELECT COUNT(*) FROM partnership_parties WHERE organisation_id = $1) \
             + (SELECT COUNT(*) FROM opportunities WHERE organisation_id = $1) + (SELECT COUNT(*) FROM interests WHERE organisation_id = $1)",
        ).bind(before.id).fetch_one(pool).await?);
        if in_use > 0 {
            return Err(StoreError::Conflict {
                field: "slug".into(),
                message: "has user accounts, opportunities or expressions of interest, or is party to a partnership; remove those first"
                    .into(),
            });
        }
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM organisations WHERE id = $1").bind(before.id).execute(&mut *tx).await?;
            record!(tx, actor, "organisation.delete", "organisation", before.id,
                Some(serde_json::to_value(&before).unwrap_or_default()), None);
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn count_organisations(&self) -> Result<i64> {
        Ok(
            with_db!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM organisations").fetch_one(pool).await?),
        )
    }
}

fn org_json(o: &ValidOrganisation) -> serde_json::Value {
    serde_json::json!({
        "slug": o.slug, "kind": o.kind, "city": o.city, "name": o.name,
        "description": o.description, "description_lang": o.description_lang,
        "website": o.website, "sectors": o.sectors, "size_band": o.size_band,
    })
}
