//! People: contact persons of organisations.

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, like_pattern, now, with_db};
use city2city_domain::people::{Person, PersonInput};
use city2city_domain::{Lang, Localized, Validation};

#[derive(Debug, Clone, Default)]
pub struct PeopleQuery {
    pub organisation: Option<String>,
    pub q: Option<String>,
    pub page: i64,
    pub per_page: i64,
}

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: i64,
    organisation: String,
    name: String,
    title_bg: Option<String>,
    title_de: Option<String>,
    title_en: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    languages: String,
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        Person {
            id: r.id,
            organisation: r.organisation,
            name: r.name,
            title: Localized {
                bg: r.title_bg,
                de: r.title_de,
                en: r.title_en,
            },
            email: r.email,
            phone: r.phone,
            languages: Lang::parse_list(&r.languages),
        }
    }
}

const SELECT: &str = "SELECT p.id, o.slug AS organisation, p.name, p.title_bg, p.title_de, p.title_en, \
     p.email, p.phone, p.languages FROM people p JOIN organisations o ON o.id = p.organisation_id";

impl Store {
    pub async fn list_people(&self, q: &PeopleQuery) -> Result<Page<Person>> {
        let per_page = q.per_page.clamp(1, 200);
        let page = q.page.max(1);
        let mut filter = String::from(" WHERE 1 = 1");
        let mut binds: Vec<String> = vec![];
        if let Some(org) = q.organisation.as_deref().filter(|s| !s.is_empty()) {
            binds.push(org.to_string());
            filter.push_str(&format!(" AND o.slug = ${}", binds.len()));
        }
        if let Some(text) = q.q.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            binds.push(like_pattern(&text.to_lowercase()));
            filter.push_str(&format!(
                " AND LOWER(p.name) LIKE ${} ESCAPE '\\'",
                binds.len()
            ));
        }
        let count_sql = format!(
            "SELECT COUNT(*) FROM people p JOIN organisations o ON o.id = p.organisation_id{filter}"
        );
        let list_sql = format!(
            "{SELECT}{filter} ORDER BY p.name, p.id LIMIT {per_page} OFFSET {}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<PersonRow>) = with_db!(self, pool => {
            let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql.as_str()));
            let mut list = sqlx::query_as::<_, PersonRow>(sqlx::AssertSqlSafe(list_sql.as_str()));
            for b in &binds {
                count = count.bind(b.clone());
                list = list.bind(b.clone());
            }
            (count.fetch_one(pool).await?, list.fetch_all(pool).await?)
        });
        Ok(Page {
            items: rows.into_iter().map(Person::from).collect(),
            total,
            page,
            per_page,
        })
    }

    pub async fn person(&self, id: i64) -> Result<Person> {
        let sql = format!("{SELECT} WHERE p.id = $1");
        let row = with_db!(self, pool => sqlx::query_as::<_, PersonRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(pool).await?);
        row.map(Person::from).ok_or(StoreError::NotFound)
    }

    async fn organisation_id(&self, slug: &str) -> Result<i64> {
        let id: Option<i64> = with_db!(self, pool =>
            sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1").bind(slug).fetch_optional(pool).await?);
        id.ok_or_else(|| {
            Validation::single(
                "organisation",
                "unknown-organisation",
                format!("no organisation '{slug}'"),
            )
            .into()
        })
    }

    pub async fn insert_person(&self, actor: &Actor, p: &PersonInput) -> Result<Person> {
        let org_id = self.organisation_id(&p.organisation).await?;
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO people (organisation_id, name, title_bg, title_de, title_en, email, phone, languages, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            )
            .bind(org_id).bind(&p.name).bind(&p.title.bg).bind(&p.title.de).bind(&p.title.en)
            .bind(&p.email).bind(&p.phone).bind(Lang::join(&p.languages)).bind(at)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, "person.create", "person", id, None, Some(serde_json::to_value(p).unwrap_or_default()));
            tx.commit().await?;
            id
        });
        self.person(id).await
    }

    pub async fn update_person(&self, actor: &Actor, id: i64, p: &PersonInput) -> Result<Person> {
        let before = self.person(id).await?;
        let org_id = self.organisation_id(&p.organisation).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE people SET organisation_id = $1, name = $2, title_bg = $3, title_de = $4, title_en = $5, \
                 email = $6, phone = $7, languages = $8, updated_at = $9 WHERE id = $10",
            )
            .bind(org_id).bind(&p.name).bind(&p.title.bg).bind(&p.title.de).bind(&p.title.en)
            .bind(&p.email).bind(&p.phone).bind(Lang::join(&p.languages)).bind(now()).bind(id)
            .execute(&mut *tx).await?;
            record!(tx, actor, "person.update", "person", id,
                Some(serde_json::to_value(&before).unwrap_or_default()), Some(serde_json::to_value(p).unwrap_or_default()));
            tx.commit().await?;
        });
        self.person(id).await
    }

    pub async fn delete_person(&self, actor: &Actor, id: i64) -> Result<()> {
        let before = self.person(id).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM people WHERE id = $1").bind(id).execute(&mut *tx).await?;
            record!(tx, actor, "person.delete", "person", id, Some(serde_json::to_value(&before).unwrap_or_default()), None);
            tx.commit().await?;
        });
        Ok(())
    }
}
