//! Cities.

use crate::audit::{Actor, record};
use crate::{Result, Store, StoreError, now, with_db};
use city2city_domain::cities::{City, CityInput};
use city2city_domain::{Lang, Localized};

#[derive(sqlx::FromRow)]
pub(crate) struct CityRow {
    id: i64,
    slug: String,
    name_bg: Option<String>,
    name_de: Option<String>,
    name_en: Option<String>,
    country: String,
    languages: String,
    time_zone: String,
}

impl From<CityRow> for City {
    fn from(r: CityRow) -> City {
        City {
            id: r.id,
            slug: r.slug,
            name: Localized {
                bg: r.name_bg,
                de: r.name_de,
                en: r.name_en,
            },
            country: r.country,
            languages: Lang::parse_list(&r.languages),
            time_zone: r.time_zone,
        }
    }
}

const COLUMNS: &str = "id, slug, name_bg, name_de, name_en, country, languages, time_zone";

impl Store {
    pub async fn list_cities(&self) -> Result<Vec<City>> {
        let sql = format!("SELECT {COLUMNS} FROM cities ORDER BY slug");
        let rows = with_db!(self, pool => sqlx::query_as::<_, CityRow>(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(pool).await?);
        Ok(rows.into_iter().map(City::from).collect())
    }

    pub async fn city(&self, slug: &str) -> Result<City> {
        let sql = format!("SELECT {COLUMNS} FROM cities WHERE slug = $1");
        let row = with_db!(self, pool => sqlx::query_as::<_, CityRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(slug).fetch_optional(pool).await?);
        row.map(City::from).ok_or(StoreError::NotFound)
    }

    pub async fn insert_city(&self, actor: &Actor, input: &CityInput) -> Result<City> {
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO cities (slug, name_bg, name_de, name_en, country, languages, time_zone, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(&input.slug).bind(&input.name.bg).bind(&input.name.de).bind(&input.name.en)
            .bind(&input.country).bind(Lang::join(&input.languages)).bind(&input.time_zone).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "city.create", "city", id, None, Some(serde_json::to_value(input).unwrap_or_default()));
            tx.commit().await?;
            id
        });
        let _ = id;
        self.city(&input.slug).await
    }

    pub async fn update_city(&self, actor: &Actor, slug: &str, input: &CityInput) -> Result<City> {
        let before = self.city(slug).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE cities SET slug = $1, name_bg = $2, name_de = $3, name_en = $4, country = $5, languages = $6, time_zone = $7, updated_at = $8 WHERE id = $9",
            )
            .bind(&input.slug).bind(&input.name.bg).bind(&input.name.de).bind(&input.name.en)
            .bind(&input.country).bind(Lang::join(&input.languages)).bind(&input.time_zone).bind(now()).bind(before.id)
            .execute(&mut *tx).await?;
            record!(tx, actor, "city.update", "city", before.id,
                Some(serde_json::to_value(&before).unwrap_or_default()),
                Some(serde_json::to_value(input).unwrap_or_default()));
            tx.commit().await?;
        });
        self.city(&input.slug).await
    }
}
