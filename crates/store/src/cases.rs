//! Soft-landing cases and their one history. Every change is a compare-and-set on the stage (or
//! the referral), written together with its history event and audit entry.

use crate::audit::{Actor, record};
use crate::{Page, Result, Store, StoreError, now, with_db};
use city2city_domain::cases::{
    Case, CaseEvent, DEFAULT_FIRST_RESPONSE_DAYS, DropReason, Establishment, Manager, Need, Plan,
    Stage, ValidCaseRequest,
};
use city2city_domain::playbooks::Progress;
use city2city_domain::{Lang, Localized};
use time::OffsetDateTime;

/// A case with the ids authorisation needs.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecord {
    pub case: Case,
    pub company_id: i64,
    pub home_agency_id: i64,
    pub host_agency_id: Option<i64>,
}

/// A new case, checked by the app: the company, where it goes, and which agency receives it.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub company_id: i64,
    pub host_city_id: i64,
    pub home_agency_id: i64,
    pub plan: Plan,
    pub timeline: Option<String>,
    pub team_size: Option<u32>,
    pub needs: Vec<Need>,
    pub message: String,
    pub lang: Lang,
    /// home (staff opened it) or company (the company asked).
    pub side: &'static str,
    pub actor_name: Option<String>,
}

impl NewCase {
    /// The case a checked request makes: `company_id` landing in `host_city_id`, received by
    /// `home_agency_id`; `side` and `actor_name` say who asked.
    pub fn from_request(
        req: ValidCaseRequest,
        company_id: i64,
        host_city_id: i64,
        home_agency_id: i64,
        side: &'static str,
        actor_name: Option<String>,
    ) -> NewCase {
        NewCase {
            company_id,
            host_city_id,
            home_agency_id,
            plan: req.plan,
            timeline: req.timeline,
            team_size: req.team_size,
            needs: req.needs,
            message: req.message,
            lang: req.lang,
            side,
            actor_name,
        }
    }
}

/// Which cases a listing shows.
#[derive(Debug, Clone, Default)]
pub struct CaseQuery {
    /// The company's own cases.
    pub company_id: Option<i64>,
    /// Cases this agency is on (as home agency, or as host agency once referred).
    pub agency_id: Option<i64>,
    pub stages: Vec<Stage>,
    pub sector: Option<String>,
    /// Managed by this user (for either agency).
    pub manager_id: Option<i64>,
    /// Home or host city.
    pub city: Option<String>,
    /// Only inquiries the home agency has not answered yet.
    pub unanswered: bool,
    pub page: i64,
    pub per_page: i64,
}

/// A stage move, applied only while the case is still in `from`.
#[derive(Debug, Clone)]
pub struct StageChange {
    pub from: Stage,
    pub to: Stage,
    pub action: &'static str,
    pub side: &'static str,
    pub actor_name: Option<String>,
    pub drop_reason: Option<DropReason>,
    pub drop_note: Option<String>,
    pub establishment: Option<Establishment>,
    /// The move answers the company for the home agency (sets the first response once).
    pub first_response: bool,
}

/// A history entry written by hand or by a change that is not a move.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub side: &'static str,
    pub kind: &'static str,
    pub text: Option<String>,
    pub actor_name: Option<String>,
    /// Sets the first response when there was none (the home agency's first contact).
    pub first_response: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    company: String,
    company_id: i64,
    name_bg: Option<String>,
    name_de: Option<String>,
    name_en: Option<String>,
    sectors: Option<String>,
    home_city: String,
    host_city: String,
    home_agency: String,
    home_agency_id: i64,
    host_agency: Option<String>,
    host_agency_id: Option<i64>,
    home_manager_id: Option<i64>,
    home_manager: Option<String>,
    host_manager_id: Option<i64>,
    host_manager: Option<String>,
    plan: String,
    timeline: Option<String>,
    team_size: Option<i64>,
    needs: String,
    message: String,
    lang: String,
    stage: String,
    drop_reason: Option<String>,
    drop_note: Option<String>,
    establishment: Option<String>,
    opened_at: OffsetDateTime,
    referred_at: Option<OffsetDateTime>,
    first_response_at: Option<OffsetDateTime>,
    first_response_days: Option<i64>,
    updated_at: OffsetDateTime,
    steps_done: i64,
    steps_total: i64,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    at: OffsetDateTime,
    actor: Option<String>,
    side: String,
    kind: String,
    text: Option<String>,
}

fn manager(id: Option<i64>, name: Option<String>) -> Option<Manager> {
    Some(Manager {
        user_id: id?,
        name: name.unwrap_or_default(),
    })
}

impl Row {
    fn into_record(self) -> CaseRecord {
        let company_name = Localized::new(self.name_bg, self.name_de, self.name_en);
        CaseRecord {
            company_id: self.company_id,
            home_agency_id: self.home_agency_id,
            host_agency_id: self.host_agency_id,
            case: Case {
                id: self.id,
                company: self.company,
                company_name,
                sectors: split(self.sectors.as_deref()),
                home_city: self.home_city,
                host_city: self.host_city,
                home_agency: self.home_agency,
                host_agency: self.host_agency,
                home_manager: manager(self.home_manager_id, self.home_manager),
                host_manager: manager(self.host_manager_id, self.host_manager),
                plan: Plan::parse(&self.plan).unwrap_or(Plan::Branch),
                timeline: self.timeline,
                team_size: self.team_size.and_then(|n| u32::try_from(n).ok()),
                needs: split(Some(&self.needs))
                    .iter()
                    .filter_map(|n| Need::parse(n))
                    .collect(),
                message: self.message,
                lang: Lang::parse(&self.lang).unwrap_or(Lang::En),
                stage: Stage::parse(&self.stage).unwrap_or(Stage::Inquiry),
                drop_reason: self.drop_reason.as_deref().and_then(DropReason::parse),
                drop_note: self.drop_note,
                establishment: self
                    .establishment
                    .as_deref()
                    .and_then(|e| serde_json::from_str(e).ok()),
                opened_at: self.opened_at,
                referred_at: self.referred_at,
                first_response_at: self.first_response_at,
                first_response_days: self
                    .first_response_days
                    .and_then(|d| u32::try_from(d).ok())
                    .unwrap_or(DEFAULT_FIRST_RESPONSE_DAYS),
                updated_at: self.updated_at,
                checklist: Progress {
                    done: u32::try_from(self.steps_done).unwrap_or(0),
                    total: u32::try_from(self.steps_total).unwrap_or(0),
                },
            },
        }
    }
}

fn split(s: Option<&str>) -> Vec<String> {
    s.unwrap_or_default()
        .split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

const SELECT: &str = "SELECT k.id, co.slug AS company, co.id AS company_id, co.name_bg, co.name_de, co.name_en, \
     (SELECT string_agg(s.sector, ',' ORDER BY s.sector) FROM organisation_sectors s WHERE s.organisation_id = co.id) AS sectors, \
     cc.slug AS home_city, hc.slug AS host_city, ha.slug AS home_agency, ha.id AS home_agency_id, \
     xa.slug AS host_agency, xa.id AS host_agency_id, \
     k.home_manager_id, hm.name AS home_manager, k.host_manager_id, xm.name AS host_manager, \
     k.plan, k.timeline, k.team_size, k.needs, k.message, k.lang, k.stage, k.drop_reason, k.drop_note, \
     k.establishment, k.opened_at, k.referred_at, k.first_response_at, st.first_response_days, k.updated_at, \
     (SELECT COUNT(*) FROM case_steps cs WHERE cs.case_id = k.id AND cs.done_at IS NOT NULL) AS steps_done, \
     (SELECT COUNT(*) FROM case_steps cs WHERE cs.case_id = k.id) AS steps_total \
     FROM cases k JOIN organisations co ON co.id = k.organisation_id JOIN cities cc ON cc.id = co.city_id \
     JOIN cities hc ON hc.id = k.host_city_id JOIN organisations ha ON ha.id = k.home_agency_id \
     LEFT JOIN organisations xa ON xa.id = k.host_agency_id \
     LEFT JOIN users hm ON hm.id = k.home_manager_id LEFT JOIN users xm ON xm.id = k.host_manager_id \
     LEFT JOIN agency_settings st ON st.organisation_id = k.home_agency_id";

fn needs_text(needs: &[Need]) -> String {
    needs.iter().map(|n| n.code()).collect::<Vec<_>>().join(",")
}

fn conflict() -> StoreError {
    StoreError::Conflict {
        field: "stage".into(),
        message: "the case was changed by someone else in the meantime; reload and try again"
            .into(),
    }
}

impl Store {
    /// The business agency of a city (the first one registered, if a city has several).
    pub async fn agency_of_city(&self, city: &str) -> Result<Option<crate::OrgSummary>> {
        let row: Option<(i64, String, String)> = with_db!(self, pool => sqlx::query_as(
            "SELECT o.id, o.slug, c.slug FROM organisations o JOIN cities c ON c.id = o.city_id \
             WHERE c.slug = $1 AND o.kind = 'business_agency' ORDER BY o.id LIMIT 1",
        ).bind(city).fetch_optional(pool).await?);
        Ok(row.map(|(id, slug, city)| crate::OrgSummary {
            id,
            slug,
            kind: city2city_domain::organisations::OrgKind::BusinessAgency,
            city,
        }))
    }

    /// Staff and officials of an organisation who may manage its cases, by name.
    pub async fn agency_staff(&self, organisation_id: i64) -> Result<Vec<Manager>> {
        let rows: Vec<(i64, String)> = with_db!(self, pool => sqlx::query_as(
            "SELECT id, name FROM users WHERE organisation_id = $1 AND NOT disabled \
             AND role IN ('staff', 'official') ORDER BY name, id",
        ).bind(organisation_id).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .map(|(user_id, name)| Manager { user_id, name })
            .collect())
    }

    /// The agency's first-response target in working days.
    pub async fn first_response_days(&self, agency_id: i64) -> Result<u32> {
        let days: Option<i64> = with_db!(self, pool => sqlx::query_scalar(
            "SELECT first_response_days FROM agency_settings WHERE organisation_id = $1",
        ).bind(agency_id).fetch_optional(pool).await?);
        Ok(days
            .and_then(|d| u32::try_from(d).ok())
            .unwrap_or(DEFAULT_FIRST_RESPONSE_DAYS))
    }

    pub async fn set_first_response_days(
        &self,
        actor: &Actor,
        agency_id: i64,
        days: u32,
    ) -> Result<()> {
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("INSERT INTO agency_settings (organisation_id, first_response_days) VALUES ($1, $2) \
                ON CONFLICT (organisation_id) DO UPDATE SET first_response_days = excluded.first_response_days")
                .bind(agency_id).bind(i64::from(days)).execute(&mut *tx).await?;
            record!(tx, actor, "agency.first_response_days", "organisation", agency_id, None,
                Some(serde_json::json!({"first_response_days": days})));
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn case(&self, id: i64) -> Result<CaseRecord> {
        let sql = format!("{SELECT} WHERE k.id = $1");
        let row =
            with_db!(self, pool => sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(id).fetch_optional(pool).await?)
            .ok_or(StoreError::NotFound)?;
        Ok(row.into_record())
    }

    /// Cases matching the query, unanswered ones first (oldest first), then the most recently
    /// changed. Whether an unanswered case is overdue depends on the day; the app flags it.
    pub async fn list_cases(&self, q: &CaseQuery) -> Result<Page<CaseRecord>> {
        let per_page = q.per_page.clamp(1, 500);
        let page = q.page.max(1);
        // Ids and stage codes are inlined (integers and our own constants); text is bound.
        let mut conditions = Vec::new();
        if let Some(id) = q.company_id {
            conditions.push(format!("co.id = {id}"));
        }
        if let Some(id) = q.agency_id {
            conditions.push(format!("(ha.id = {id} OR xa.id = {id})"));
        }
        if let Some(id) = q.manager_id {
            conditions.push(format!(
                "(k.home_manager_id = {id} OR k.host_manager_id = {id})"
            ));
        }
        if !q.stages.is_empty() {
            let list: Vec<String> = q.stages.iter().map(|s| format!("'{}'", s.code())).collect();
            conditions.push(format!("k.stage IN ({})", list.join(",")));
        }
        if q.unanswered {
            conditions.push("k.first_response_at IS NULL AND k.stage = 'inquiry'".to_string());
        }
        let mut binds = Vec::new();
        if let Some(sector) = &q.sector {
            binds.push(sector.clone());
            conditions.push(format!(
                "co.id IN (SELECT organisation_id FROM organisation_sectors WHERE sector = ${})",
                binds.len()
            ));
        }
        if let Some(city) = &q.city {
            binds.push(city.clone());
            conditions.push(format!("(cc.slug = ${0} OR hc.slug = ${0})", binds.len()));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        let count_sql = format!("SELECT COUNT(*) FROM ({SELECT}{filter}) AS x");
        let list_sql = format!(
            "{SELECT}{filter} ORDER BY CASE WHEN k.first_response_at IS NULL AND k.stage = 'inquiry' THEN 0 ELSE 1 END, \
             CASE WHEN k.first_response_at IS NULL AND k.stage = 'inquiry' THEN k.opened_at END, \
             k.updated_at DESC, k.id DESC LIMIT {per_page} OFFSET {}",
            (page - 1) * per_page
        );
        let (total, rows): (i64, Vec<Row>) = with_db!(self, pool => {
            let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql.as_str()));
            let mut list = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(list_sql.as_str()));
            for b in &binds {
                count = count.bind(b.clone());
                list = list.bind(b.clone());
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

    pub async fn insert_case(&self, actor: &Actor, new: &NewCase) -> Result<CaseRecord> {
        let at = now();
        let needs = needs_text(&new.needs);
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO cases (organisation_id, host_city_id, home_agency_id, plan, timeline, team_size, needs, \
                 message, lang, stage, created_by, opened_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'inquiry', $10, $11, $11) RETURNING id",
            )
            .bind(new.company_id).bind(new.host_city_id).bind(new.home_agency_id).bind(new.plan.code())
            .bind(&new.timeline).bind(new.team_size.map(i64::from)).bind(&needs).bind(&new.message)
            .bind(new.lang.code()).bind(actor.user_id).bind(at)
            .fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'opened', NULL)")
                .bind(id).bind(at).bind(actor.user_id).bind(&new.actor_name).bind(new.side)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.create", "case", id, None,
                Some(serde_json::json!({"organisation_id": new.company_id, "host_city_id": new.host_city_id,
                    "plan": new.plan, "needs": needs})));
            tx.commit().await?;
            id
        });
        self.case(id).await
    }

    /// Moves a case to another stage, if it is still where the caller saw it.
    pub async fn move_case(
        &self,
        actor: &Actor,
        before: &CaseRecord,
        change: &StageChange,
    ) -> Result<CaseRecord> {
        let at = now();
        let id = before.case.id;
        let establishment = change
            .establishment
            .as_ref()
            .map(|e| serde_json::to_string(e).expect("serialisable"));
        let text = change
            .drop_reason
            .map(|r| r.history_text(change.drop_note.as_deref()));
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE cases SET stage = $1, drop_reason = COALESCE($2, drop_reason), drop_note = COALESCE($3, drop_note), \
                 establishment = COALESCE($4, establishment), updated_at = $5, \
                 first_response_at = CASE WHEN $6 AND first_response_at IS NULL THEN $5 ELSE first_response_at END \
                 WHERE id = $7 AND stage = $8",
            )
            .bind(change.to.code()).bind(change.drop_reason.map(|r| r.code())).bind(&change.drop_note)
            .bind(&establishment).bind(at).bind(change.first_response).bind(id).bind(change.from.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(conflict());
            }
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(id).bind(at).bind(actor.user_id).bind(&change.actor_name).bind(change.side)
                .bind(change.action).bind(&text)
                .execute(&mut *tx).await?;
            record!(tx, actor, format!("case.{}", change.action).as_str(), "case", id,
                Some(serde_json::json!({"stage": change.from})),
                Some(serde_json::json!({"stage": change.to, "drop_reason": change.drop_reason,
                    "establishment": change.establishment})));
            tx.commit().await?;
        });
        self.case(id).await
    }

    /// Refers a qualified case to the host city's agency (once).
    pub async fn refer_case(
        &self,
        actor: &Actor,
        before: &CaseRecord,
        host_agency_id: i64,
        actor_name: Option<String>,
    ) -> Result<CaseRecord> {
        let at = now();
        let id = before.case.id;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE cases SET host_agency_id = $1, referred_at = $2, updated_at = $2, \
                 first_response_at = COALESCE(first_response_at, $2) \
                 WHERE id = $3 AND host_agency_id IS NULL AND stage = $4",
            )
            .bind(host_agency_id).bind(at).bind(id).bind(before.case.stage.code())
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(conflict());
            }
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, 'home', 'refer', NULL)")
                .bind(id).bind(at).bind(actor.user_id).bind(&actor_name)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.refer", "case", id, None,
                Some(serde_json::json!({"host_agency_id": host_agency_id})));
            tx.commit().await?;
        });
        self.case(id).await
    }

    /// Makes `manager` (a user of that side's agency, checked by the app) the side's case manager.
    pub async fn set_case_manager(
        &self,
        actor: &Actor,
        case_id: i64,
        side: &'static str,
        manager: Option<(i64, String)>,
        actor_name: Option<String>,
    ) -> Result<CaseRecord> {
        let at = now();
        let column = if side == "host" {
            "host_manager_id"
        } else {
            "home_manager_id"
        };
        let sql = format!("UPDATE cases SET {column} = $1, updated_at = $2 WHERE id = $3");
        let (manager_id, name) = match manager {
            Some((id, name)) => (Some(id), Some(name)),
            None => (None, None),
        };
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(manager_id).bind(at).bind(case_id)
                .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'manager', $6)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&actor_name).bind(side).bind(&name)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.manager", "case", case_id, None,
                Some(serde_json::json!({"side": side, "manager_id": manager_id})));
            tx.commit().await?;
        });
        self.case(case_id).await
    }

    /// Adds a note, call, meeting or e-mail (or another event) to the case's history.
    pub async fn add_case_event(
        &self,
        actor: &Actor,
        case_id: i64,
        event: &NewEvent,
    ) -> Result<CaseEvent> {
        let at = now();
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE cases SET updated_at = $1, \
                 first_response_at = CASE WHEN $2 AND first_response_at IS NULL THEN $1 ELSE first_response_at END \
                 WHERE id = $3",
            )
            .bind(at).bind(event.first_response).bind(case_id)
            .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(case_id).bind(at).bind(actor.user_id).bind(&event.actor_name).bind(event.side)
            .bind(event.kind).bind(&event.text)
            .fetch_one(&mut *tx).await?;
            record!(tx, actor, format!("case.{}", event.kind).as_str(), "case", case_id, None,
                Some(serde_json::json!({"event": id, "kind": event.kind})));
            tx.commit().await?;
            id
        });
        Ok(CaseEvent {
            id,
            at,
            actor: event.actor_name.clone(),
            side: event.side.to_string(),
            kind: event.kind.to_string(),
            text: event.text.clone(),
        })
    }

    /// The case's history, oldest first.
    pub async fn case_events(&self, case_id: i64) -> Result<Vec<CaseEvent>> {
        let rows: Vec<EventRow> = with_db!(self, pool => sqlx::query_as(
            "SELECT id, at, actor, side, kind, text FROM case_events WHERE case_id = $1 ORDER BY at, id",
        ).bind(case_id).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .map(|r| CaseEvent {
                id: r.id,
                at: r.at,
                actor: r.actor,
                side: r.side,
                kind: r.kind,
                text: r.text,
            })
            .collect())
    }

    /// Moves a case's opening into the past (demo data loaded after the fact).
    pub async fn backdate_case(&self, case_id: i64, opened: OffsetDateTime) -> Result<()> {
        with_db!(self, pool => sqlx::query("UPDATE cases SET opened_at = $1 WHERE id = $2")
            .bind(opened).bind(case_id).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Dates a case's history after the fact (demo data): the opening, the first response, the
    /// referral and each event in the order they were written (ticked steps follow their events).
    pub async fn retime_case(&self, case_id: i64, times: &CaseTimes) -> Result<()> {
        let ids: Vec<i64> = with_db!(self, pool => sqlx::query_scalar(
            "SELECT id FROM case_events WHERE case_id = $1 ORDER BY id",
        ).bind(case_id).fetch_all(pool).await?);
        if ids.len() != times.events.len() {
            return Err(StoreError::Config(format!(
                "case {case_id} has {} events, {} times given",
                ids.len(),
                times.events.len()
            )));
        }
        let updated = times
            .events
            .iter()
            .copied()
            .max()
            .unwrap_or(times.opened_at);
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE cases SET opened_at = $1, first_response_at = $2, referred_at = $3, updated_at = $4 WHERE id = $5")
                .bind(times.opened_at).bind(times.first_response_at).bind(times.referred_at).bind(updated).bind(case_id)
                .execute(&mut *tx).await?;
            for (id, at) in ids.iter().zip(&times.events) {
                sqlx::query("UPDATE case_events SET at = $1 WHERE id = $2")
                    .bind(at).bind(id).execute(&mut *tx).await?;
            }
            // A ticked step was done when its history says so.
            sqlx::query(
                "UPDATE case_steps SET done_at = (SELECT MAX(e.at) FROM case_events e WHERE e.case_id = case_steps.case_id \
                 AND e.kind = 'step_done' AND e.text LIKE CAST(case_steps.number AS TEXT) || '. %') \
                 WHERE case_id = $1 AND done_at IS NOT NULL",
            ).bind(case_id).execute(&mut *tx).await?;
            // And a file was attached when its history line says so.
            sqlx::query(
                "UPDATE case_attachments SET created_at = COALESCE((SELECT MAX(e.at) FROM case_events e \
                 WHERE e.case_id = case_attachments.case_id AND e.kind = 'file_added' AND e.text = case_attachments.file_name), created_at) \
                 WHERE case_id = $1",
            ).bind(case_id).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }
}

/// When a case's milestones happened, for [`Store::retime_case`].
#[derive(Debug, Clone)]
pub struct CaseTimes {
    pub opened_at: OffsetDateTime,
    pub first_response_at: Option<OffsetDateTime>,
    pub referred_at: Option<OffsetDateTime>,
    /// One per event, in the order they were written.
    pub events: Vec<OffsetDateTime>,
}
