//! Partnerships: the cities they join, the parties to the agreement and its event history.

use crate::audit::{Actor, record};
use crate::{Result, Store, StoreError, now, with_db};
use city2city_domain::partnerships::{
    AgreementEvent, EventKind, Partnership, PartnershipInput, Party,
};
use city2city_domain::{Localized, Validation};
use time::Date;

#[derive(sqlx::FromRow)]
struct PartnershipRow {
    id: i64,
    slug: String,
    name_bg: Option<String>,
    name_de: Option<String>,
    name_en: Option<String>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    kind: String,
    event_date: Date,
    term_end: Option<Date>,
    areas: String,
    sectors: String,
    note_bg: Option<String>,
    note_de: Option<String>,
    note_en: Option<String>,
}

impl From<EventRow> for AgreementEvent {
    fn from(r: EventRow) -> AgreementEvent {
        AgreementEvent {
            id: r.id,
            kind: EventKind::parse(&r.kind).unwrap_or(EventKind::ScopeChanged),
            date: r.event_date,
            term_end: r.term_end,
            areas: serde_json::from_str(&r.areas).unwrap_or_default(),
            sectors: serde_json::from_str(&r.sectors).unwrap_or_default(),
            note: Localized {
                bg: r.note_bg,
                de: r.note_de,
                en: r.note_en,
            },
        }
    }
}

impl Store {
    pub async fn list_partnerships(&self) -> Result<Vec<Partnership>> {
        let slugs: Vec<String> = with_db!(self, pool =>
            sqlx::query_scalar("SELECT slug FROM partnerships ORDER BY slug").fetch_all(pool).await?);
        let mut out = Vec::with_capacity(slugs.len());
        for slug in slugs {
            out.push(self.partnership(&slug).await?);
        }
        Ok(out)
    }

    pub async fn partnership(&self, slug: &str) -> Result<Partnership> {
        let row = with_db!(self, pool => sqlx::query_as::<_, PartnershipRow>(
            "SELECT id, slug, name_bg, name_de, name_en FROM partnerships WHERE slug = $1",
        ).bind(slug).fetch_optional(pool).await?)
        .ok_or(StoreError::NotFound)?;
        let (cities, parties, events) = with_db!(self, pool => {
            let cities: Vec<String> = sqlx::query_scalar(
                "SELECT c.slug FROM partnership_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.partnership_id = $1 ORDER BY pc.position",
            ).bind(row.id).fetch_all(pool).await?;
            let parties: Vec<(String, Option<String>)> = sqlx::query_as(
                "SELECT o.slug, pp.role FROM partnership_parties pp JOIN organisations o ON o.id = pp.organisation_id WHERE pp.partnership_id = $1 ORDER BY pp.position",
            ).bind(row.id).fetch_all(pool).await?;
            let events: Vec<EventRow> = sqlx::query_as(
                "SELECT id, kind, event_date, term_end, areas, sectors, note_bg, note_de, note_en FROM agreement_events WHERE partnership_id = $1 ORDER BY event_date, id",
            ).bind(row.id).fetch_all(pool).await?;
            (cities, parties, events)
        });
        Ok(Partnership {
            id: row.id,
            slug: row.slug,
            name: Localized {
                bg: row.name_bg,
                de: row.name_de,
                en: row.name_en,
            },
            cities,
            parties: parties
                .into_iter()
                .map(|(organisation, role)| Party { organisation, role })
                .collect(),
            events: events.into_iter().map(AgreementEvent::from).collect(),
        })
    }

    /// Resolves city and organisation slugs to ids, reporting the first unknown one by field.
    async fn partnership_refs(&self, p: &PartnershipInput) -> Result<(Vec<i64>, Vec<i64>)> {
        let mut v = Validation::new();
        let mut city_ids = vec![];
        let mut org_ids = vec![];
        with_db!(self, pool => {
            for c in &p.cities {
                let id: Option<i64> = sqlx::query_scalar("SELECT id FROM cities WHERE slug = $1").bind(c).fetch_optional(pool).await?;
                match id { Some(id) => city_ids.push(id), None => v.add("cities", "unknown-city", format!("no city '{c}'")) }
            }
            for party in &p.parties {
                let id: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1").bind(&party.organisation).fetch_optional(pool).await?;
                match id { Some(id) => org_ids.push(id), None => v.add("parties", "unknown-organisation", format!("no organisation '{}'", party.organisation)) }
            }
        });
        v.finish()?;
        Ok((city_ids, org_ids))
    }

    pub async fn insert_partnership(
        &self,
        actor: &Actor,
        p: &PartnershipInput,
    ) -> Result<Partnership> {
        let (city_ids, org_ids) = self.partnership_refs(p).await?;
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO partnerships (slug, name_bg, name_de, name_en, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            ).bind(&p.slug).bind(&p.name.bg).bind(&p.name.de).bind(&p.name.en).bind(at).fetch_one(&mut *tx).await?;
            for (i, c) in city_ids.iter().enumerate() {
                sqlx::query("INSERT INTO partnership_cities (partnership_id, city_id, position) VALUES ($1, $2, $3)")
                    .bind(id).bind(*c).bind(i as i64).execute(&mut *tx).await?;
            }
            for (i, (o, party)) in org_ids.iter().zip(&p.parties).enumerate() {
                sqlx::query("INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(*o).bind(&party.role).bind(i as i64).execute(&mut *tx).await?;
            }
            record!(tx, actor, "partnership.create", "partnership", id, None, Some(serde_json::to_value(p).unwrap_or_default()));
            tx.commit().await?;
        });
        self.partnership(&p.slug).await
    }

    pub async fn update_partnership(
        &self,
        actor: &Actor,
        slug: &str,
        p: &PartnershipInput,
    ) -> Result<Partnership> {
        let before = self.partnership(slug).await?;
        let (city_ids, org_ids) = self.partnership_refs(p).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE partnerships SET slug = $1, name_bg = $2, name_de = $3, name_en = $4, updated_at = $5 WHERE id = $6")
                .bind(&p.slug).bind(&p.name.bg).bind(&p.name.de).bind(&p.name.en).bind(now()).bind(before.id)
                .execute(&mut *tx).await?;
            sqlx::query("DELETE FROM partnership_cities WHERE partnership_id = $1").bind(before.id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM partnership_parties WHERE partnership_id = $1").bind(before.id).execute(&mut *tx).await?;
            for (i, c) in city_ids.iter().enumerate() {
                sqlx::query("INSERT INTO partnership_cities (partnership_id, city_id, position) VALUES ($1, $2, $3)")
                    .bind(before.id).bind(*c).bind(i as i64).execute(&mut *tx).await?;
            }
            for (i, (o, party)) in org_ids.iter().zip(&p.parties).enumerate() {
                sqlx::query("INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) VALUES ($1, $2, $3, $4)")
                    .bind(before.id).bind(*o).bind(&party.role).bind(i as i64).execute(&mut *tx).await?;
            }
            record!(tx, actor, "partnership.update", "partnership", before.id,
                Some(serde_json::to_value(&before).unwrap_or_default()), Some(serde_json::to_value(p).unwrap_or_default()));
            tx.commit().await?;
        });
        self.partnership(&p.slug).await
    }

    /// Appends a validated event (see `EventInput::validate_after`) to the agreement history.
    pub async fn add_agreement_event(
        &self,
        actor: &Actor,
        slug: &str,
        e: &AgreementEvent,
    ) -> Result<Partnership> {
        let p = self.partnership(slug).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO agreement_events (partnership_id, kind, event_date, term_end, areas, sectors, note_bg, note_de, note_en, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(p.id).bind(e.kind.code()).bind(e.date).bind(e.term_end)
            .bind(serde_json::to_string(&e.areas).unwrap_or_default())
            .bind(serde_json::to_string(&e.sectors).unwrap_or_default())
            .bind(&e.note.bg).bind(&e.note.de).bind(&e.note.en).bind(now())
            .fetch_one(&mut *tx).await?;
            sqlx::query("UPDATE partnerships SET updated_at = $1 WHERE id = $2").bind(now()).bind(p.id).execute(&mut *tx).await?;
            let mut after = e.clone();
            after.id = id;
            record!(tx, actor, "partnership.event", "partnership", p.id, None, Some(serde_json::to_value(&after).unwrap_or_default()));
            tx.commit().await?;
        });
        self.partnership(slug).await
    }

    pub async fn delete_partnership(&self, actor: &Actor, slug: &str) -> Result<()> {
        let before = self.partnership(slug).await?;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM partnerships WHERE id = $1").bind(before.id).execute(&mut *tx).await?;
            record!(tx, actor, "partnership.delete", "partnership", before.id, Some(serde_json::to_value(&before).unwrap_or_default()), None);
            tx.commit().await?;
        });
        Ok(())
    }
}
