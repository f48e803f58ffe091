//! Playbooks, their versions, and the checklists they make on cases. A revision is a
//! compare-and-set on the latest version; applying and ticking write the case's history too.

use crate::audit::{Actor, record};
use crate::{Result, Store, StoreError, now, with_db};
use city2city_domain::playbooks::{
    CaseStep, Playbook, PlaybookContent, PlaybookStep, PlaybookVersion,
};
use time::OffsetDateTime;

/// A playbook version with the ids applying it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaybookRecord {
    pub playbook: Playbook,
    pub id: i64,
    pub version_id: i64,
    pub city_id: i64,
}

/// Who ticks or applies, for the case's history.
#[derive(Debug, Clone)]
pub struct StepActor {
    pub side: &'static str,
    pub name: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    city: String,
    city_id: i64,
    version_id: i64,
    version: i64,
    latest: i64,
    content: String,
    author: Option<String>,
    saved_at: OffsetDateTime,
}

impl Row {
    fn into_record(self) -> Result<PlaybookRecord> {
        let content: PlaybookContent = serde_json::from_str(&self.content)
            .map_err(|e| StoreError::Config(format!("playbook {}: {e}", self.slug)))?;
        Ok(PlaybookRecord {
            id: self.id,
            version_id: self.version_id,
            city_id: self.city_id,
            playbook: Playbook {
                slug: self.slug,
                city: self.city,
                version: self.version as u32,
                latest_version: self.latest as u32,
                content,
                author: self.author,
                saved_at: self.saved_at,
            },
        })
    }
}

#[derive(sqlx::FromRow)]
struct StepRow {
    id: i64,
    number: i64,
    playbook: String,
    version: i64,
    step: String,
    waits_for: String,
    done_at: Option<OffsetDateTime>,
    done_actor: Option<String>,
}

const SELECT: &str = "SELECT p.id, p.slug, c.slug AS city, p.city_id, v.id AS version_id, v.version, \
     (SELECT MAX(l.version) FROM playbook_versions l WHERE l.playbook_id = p.id) AS latest, \
     v.content, v.author, v.saved_at \
     FROM playbooks p JOIN cities c ON c.id = p.city_id JOIN playbook_versions v ON v.playbook_id = p.id";

const LATEST: &str =
    "v.version = (SELECT MAX(l.version) FROM playbook_versions l WHERE l.playbook_id = p.id)";

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl Store {
    /// The latest version of each playbook, of one city or all, by city and title.
    pub async fn playbooks(&self, city: Option<&str>) -> Result<Vec<PlaybookRecord>> {
        let sql = format!(
            "{SELECT} WHERE {LATEST} AND (c.slug = $1 OR $1 IS NULL) ORDER BY c.slug, p.slug"
        );
        let rows: Vec<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(city).fetch_all(pool).await?);
        rows.into_iter().map(Row::into_record).collect()
    }

    /// A playbook at `version`, or at its latest.
    pub async fn playbook(&self, slug: &str, version: Option<u32>) -> Result<PlaybookRecord> {
        // Without a version, the latest: its number is the largest, and no version is above it.
        let sql = format!(
            "{SELECT} WHERE p.slug = $1 AND v.version = COALESCE($2, (SELECT MAX(l.version) FROM playbook_versions l WHERE l.playbook_id = p.id))"
        );
        let row: Option<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(slug).bind(version.map(i64::from)).fetch_optional(pool).await?);
        row.ok_or(StoreError::NotFound)?.into_record()
    }

    pub async fn playbook_slug_taken(&self, slug: &str) -> Result<bool> {
        let n: i64 = with_db!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM playbooks WHERE slug = $1",
        ).bind(slug).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Every saved version, newest first.
    pub async fn playbook_versions(&self, playbook_id: i64) -> Result<Vec<PlaybookVersion>> {
        let rows: Vec<(i64, Option<String>, OffsetDateTime, String)> = with_db!(self, pool => sqlx::query_as(
            "SELECT version, author, saved_at, content FROM playbook_versions WHERE playbook_id = $1 ORDER BY version DESC",
        ).bind(playbook_id).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .map(|(version, author, saved_at, content)| PlaybookVersion {
                version: version as u32,
                author,
                saved_at,
                steps: serde_json::from_str::<PlaybookContent>(&content)
                    .map(|c| c.steps.len() as u32)
                    .unwrap_or(0),
            })
            .collect())
    }

    pub async fn insert_playbook(
        &self,
        actor: &Actor,
        slug: &str,
        city_id: i64,
        content: &PlaybookContent,
        author: Option<String>,
    ) -> Result<PlaybookRecord> {
        let at = now();
        let json = serde_json::to_string(content).expect("serialisable");
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO playbooks (slug, city_id, created_at) VALUES ($1, $2, $3) RETURNING id",
            ).bind(slug).bind(city_id).bind(at).fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO playbook_versions (playbook_id, version, content, author_id, author, saved_at) VALUES ($1, 1, $2, $3, $4, $5)")
                .bind(id).bind(&json).bind(actor.user_id).bind(&author).bind(at)
                .execute(&mut *tx).await?;
            record!(tx, actor, "playbook.create", "playbook", id, None,
                Some(serde_json::json!({"slug": slug, "city_id": city_id, "version": 1})));
            tx.commit().await?;
        });
        self.playbook(slug, None).await
    }

    /// Saves a new version, if `base` is still the latest (else someone saved in between).
    pub async fn revise_playbook(
        &self,
        actor: &Actor,
        before: &PlaybookRecord,
        base: u32,
        content: &PlaybookContent,
        author: Option<String>,
    ) -> Result<PlaybookRecord> {
        if base != before.playbook.latest_version {
            return Err(stale());
        }
        let at = now();
        let json = serde_json::to_string(content).expect("serialisable");
        let version = i64::from(base) + 1;
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            // The unique (playbook, version) pair refuses a concurrent save of the same base.
            let saved = sqlx::query("INSERT INTO playbook_versions (playbook_id, version, content, author_id, author, saved_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(before.id).bind(version).bind(&json).bind(actor.user_id).bind(&author).bind(at)
                .execute(&mut *tx).await;
            saved.map_err(|e| StoreError::unique_as(e, stale))?;
            record!(tx, actor, "playbook.revise", "playbook", before.id,
                Some(serde_json::json!({"version": base})),
                Some(serde_json::json!({"version": version})));
            tx.commit().await?;
        });
        self.playbook(&before.playbook.slug, None).await
    }

    /// Copies a playbook version's steps onto the case after the steps it has, once per playbook.
    pub async fn apply_playbook(
        &self,
        actor: &Actor,
        case_id: i64,
        pb: &PlaybookRecord,
        who: &StepActor,
    ) -> Result<Vec<CaseStep>> {
        let at = now();
        let title = pb
            .playbook
            .content
            .title
            .get(city2city_domain::Lang::En)
            .to_string();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let already: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM case_steps s JOIN playbook_versions v ON v.id = s.playbook_version_id \
                 WHERE s.case_id = $1 AND v.playbook_id = $2",
            ).bind(case_id).bind(pb.id).fetch_one(&mut *tx).await?;
            if already > 0 {
                return Err(StoreError::Conflict {
                    field: "playbook".into(),
                    message: "this playbook is already on the case".into(),
                });
            }
            let offset: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(number), 0) FROM case_steps WHERE case_id = $1",
            ).bind(case_id).fetch_one(&mut *tx).await?;
            for (i, step) in pb.playbook.content.steps.iter().enumerate() {
                let waits: Vec<u32> = step.depends_on.iter().map(|n| n + offset as u32).collect();
                sqlx::query("INSERT INTO case_steps (case_id, playbook_version_id, number, step, waits_for) VALUES ($1, $2, $3, $4, $5)")
                    .bind(case_id).bind(pb.version_id).bind(offset + i as i64 + 1)
                    .bind(serde_json::to_string(step).expect("serialisable")).bind(numbers(&waits))
                    .execute(&mut *tx).await?;
            }
            let changed = sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2")
                .bind(at).bind(case_id).execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'playbook', $6)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&who.name).bind(who.side)
                .bind(format!("{title} (v{})", pb.playbook.version))
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.playbook", "case", case_id, None,
                Some(serde_json::json!({"playbook": pb.playbook.slug, "version": pb.playbook.version})));
            tx.commit().await?;
        });
        self.case_steps(case_id).await
    }

    /// The case's checklist, in step order.
    pub async fn case_steps(&self, case_id: i64) -> Result<Vec<CaseStep>> {
        let rows: Vec<StepRow> = with_db!(self, pool => sqlx::query_as(
            "SELECT s.id, s.number, p.slug AS playbook, v.version, s.step, s.waits_for, s.done_at, s.done_actor \
             FROM case_steps s JOIN playbook_versions v ON v.id = s.playbook_version_id \
             JOIN playbooks p ON p.id = v.playbook_id WHERE s.case_id = $1 ORDER BY s.number",
        ).bind(case_id).fetch_all(pool).await?);
        rows.into_iter()
            .map(|r| {
                let step: PlaybookStep = serde_json::from_str(&r.step)
                    .map_err(|e| StoreError::Config(format!("case step {}: {e}", r.id)))?;
                Ok(CaseStep {
                    id: r.id,
                    number: r.number as u32,
                    playbook: r.playbook,
                    playbook_version: r.version as u32,
                    step,
                    waits_for: r
                        .waits_for
                        .split(',')
                        .filter_map(|n| n.parse().ok())
                        .collect(),
                    done_at: r.done_at,
                    done_by: r.done_actor,
                })
            })
            .collect()
    }

    /// Marks a step of the case done (or not done); false when it already was.
    pub async fn tick_case_step(
        &self,
        actor: &Actor,
        case_id: i64,
        step: &CaseStep,
        done: bool,
        who: &StepActor,
        text: String,
    ) -> Result<bool> {
        let at = now();
        let kind = if done { "step_done" } else { "step_undone" };
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = if done {
                sqlx::query("UPDATE case_steps SET done_at = $1, done_by = $2, done_actor = $3 WHERE id = $4 AND case_id = $5 AND done_at IS NULL")
                    .bind(at).bind(actor.user_id).bind(&who.name).bind(step.id).bind(case_id)
                    .execute(&mut *tx).await?.rows_affected()
            } else {
                sqlx::query("UPDATE case_steps SET done_at = NULL, done_by = NULL, done_actor = NULL WHERE id = $1 AND case_id = $2 AND done_at IS NOT NULL")
                    .bind(step.id).bind(case_id)
                    .execute(&mut *tx).await?.rows_affected()
            };
            if changed == 0 {
                return Ok(false);
            }
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2")
                .bind(at).bind(case_id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&who.name).bind(who.side)
                .bind(kind).bind(&text)
                .execute(&mut *tx).await?;
            record!(tx, actor, format!("case.{kind}").as_str(), "case", case_id, None,
                Some(serde_json::json!({"step": step.id, "number": step.number})));
            tx.commit().await?;
        });
        Ok(true)
    }
}

fn stale() -> StoreError {
    StoreError::conflict(
        "version",
        "someone saved a newer version in the meantime; reload the playbook and make your changes again",
    )
}
