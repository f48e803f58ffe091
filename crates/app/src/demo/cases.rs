//! Loads the demo's soft-landing cases (`soft_landing/cases.json`: about a dozen in both
//! directions and every stage) through the domain's validation, walks each along its stages as
//! the agencies would, and dates its history in the past.
//!
//! A case naming a playbook gets it applied once the host agency starts, and the steps named
//! `ticked` ticked before the office opens; the information packs named in `packs_sent` are sent
//! once work starts; the introductions to contacts of the directory follow, step by step.

use super::playbooks::DemoPlaybook;
use crate::{App, AppError, Result};
use city2city_domain::cases::{CaseRequestInput, DropReason, EstablishmentInput, Move, Stage};
use city2city_domain::contacts::IntroStatus;
use city2city_domain::playbooks::Responsible;
use city2city_store::{
    Actor, CaseRecord, CaseTimes, ContactRecord, NewCase, NewEvent, PackRecord, StageChange,
    StepActor,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use time::{Duration, OffsetDateTime};

const CASES: &str = include_str!("soft_landing/cases.json");

#[derive(Debug, Deserialize)]
struct CaseSpec {
    key: String,
    company: String,
    host_city: String,
    plan: String,
    timeline: Option<String>,
    team_size: Option<u32>,
    needs: Vec<String>,
    message: String,
    lang: String,
    opened_days_ago: i64,
    stage: String,
    referred: bool,
    responded_days_after: Option<i64>,
    #[serde(default)]
    activities: Vec<ActivitySpec>,
    establishment: Option<EstablishmentInputSpec>,
    drop: Option<DropSpec>,
    playbook: Option<String>,
    #[serde(default)]
    ticked: Vec<String>,
    #[serde(default)]
    packs_sent: Vec<String>,
    #[serde(default)]
    introductions: Vec<IntroSpec>,
    #[serde(default)]
    files: Vec<FileSpec>,
}

/// A text or CSV file attached to the case by the company or an agency.
#[derive(Debug, Deserialize)]
struct FileSpec {
    name: String,
    side: String,
    days_ago: i64,
    content: String,
}

#[derive(Debug, Deserialize)]
struct IntroSpec {
    contact: String,
    /// How far it got: requested, made, met or outcome.
    status: String,
    outcome: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ActivitySpec {
    kind: String,
    side: String,
    days_ago: i64,
    text: String,
}

#[derive(Debug, Deserialize)]
struct EstablishmentInputSpec {
    date: String,
    address: String,
    legal_form: String,
    jobs_planned: u32,
    jobs_created: u32,
    investment_eur: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct DropSpec {
    reason: String,
    note: Option<String>,
}

fn bad(key: &str, what: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("demo case {key}: {what}"))
}

/// One thing that happens on a case, at a time, in the order it is written.
enum Step<'a> {
    Move(Move),
    Refer,
    Manager(&'static str),
    Activity(&'a ActivitySpec),
    Playbook,
    Tick(&'a str),
    Pack(&'a str),
    /// Introduces the company to the contact, or moves the introduction on to a status.
    Intro(&'a IntroSpec, IntroStatus),
    File(&'a FileSpec),
}

/// Who acts on each side: display names for the history.
struct Cast {
    company: String,
    home: (i64, String),
    host: Option<(i64, String)>,
}

impl Cast {
    /// The side code and the name of who acts for `side` (home, host or company).
    fn acting(&self, side: &str) -> (&'static str, String) {
        match side {
            "home" => ("home", self.home.1.clone()),
            "host" => ("host", self.host.as_ref().unwrap_or(&self.home).1.clone()),
            _ => ("company", self.company.clone()),
        }
    }
}

/// What the demo cases draw on: the playbooks, packs and contacts loaded before them.
struct Guidance<'a> {
    playbooks: &'a BTreeMap<String, DemoPlaybook>,
    packs: &'a BTreeMap<String, PackRecord>,
    contacts: &'a BTreeMap<String, ContactRecord>,
}

pub(super) async fn load(
    app: &App,
    actor: &Actor,
    playbooks: &BTreeMap<String, DemoPlaybook>,
    packs: &BTreeMap<String, PackRecord>,
    contacts: &BTreeMap<String, ContactRecord>,
) -> Result<usize> {
    let specs: Vec<CaseSpec> =
        serde_json::from_str(CASES).map_err(|e| bad("file", format!("not readable: {e}")))?;
    let now = city2city_store::now();
    let today = App::today();
    let guidance = Guidance {
        playbooks,
        packs,
        contacts,
    };
    for spec in &specs {
        load_one(app, actor, spec, &guidance, now, today).await?;
    }
    Ok(specs.len())
}

async fn load_one(
    app: &App,
    actor: &Actor,
    spec: &CaseSpec,
    guidance: &Guidance<'_>,
    now: OffsetDateTime,
    today: time::Date,
) -> Result<()> {
    let key = spec.key.as_str();
    let req = CaseRequestInput {
        company: Some(spec.company.clone()),
        host_city: spec.host_city.clone(),
        plan: spec.plan.clone(),
        timeline: spec.timeline.clone(),
        team_size: spec.team_size.map(|n| n.to_string()),
        needs: spec.needs.clone(),
        message: spec.message.clone(),
        lang: spec.lang.clone(),
    }
    .validate()?;
    let company = app.store.organisation_summary(&spec.company).await?;
    let host_city = app.store.city(&spec.host_city).await?;
    let home_agency = app
        .store
        .agency_of_city(&company.city)
        .await?
        .ok_or_else(|| bad(key, "no agency in the home city"))?;
    let host_agency = app
        .store
        .agency_of_city(&host_city.slug)
        .await?
        .ok_or_else(|| bad(key, "no agency in the host city"))?;
    let first_staff = |staff: Vec<city2city_domain::cases::Manager>| {
        staff
            .into_iter()
            .next()
            .map(|m| (m.user_id, m.name))
            .ok_or_else(|| bad(key, "an agency without staff"))
    };
    let cast = Cast {
        company: super::organisations()
            .find(|o| o.slug == spec.company)
            .and_then(|o| o.people.first())
            .map(|p| p.name.to_string())
            .unwrap_or_else(|| company.slug.clone()),
        home: first_staff(app.store.agency_staff(home_agency.id).await?)?,
        host: Some(first_staff(app.store.agency_staff(host_agency.id).await?)?),
    };
    let stage = Stage::parse(&spec.stage).ok_or_else(|| bad(key, "unknown stage"))?;
    let opened = now - Duration::days(spec.opened_days_ago);
    let playbook = match &spec.playbook {
        Some(slug) => Some(
            guidance
                .playbooks
                .get(slug)
                .ok_or_else(|| bad(key, format!("no playbook {slug:?}")))?,
        ),
        None => None,
    };
    let steps = plan_steps(spec, stage, opened, now, today)?;

    let new = NewCase::from_request(
        req,
        company.id,
        host_city.id,
        home_agency.id,
        "company",
        Some(cast.company.clone()),
    );
    let mut record = app.store.insert_case(actor, &new).await?;
    let mut times = CaseTimes {
        opened_at: opened,
        first_response_at: None,
        referred_at: None,
        events: vec![opened],
    };
    for (at, step) in steps {
        record = match &step {
            Step::Playbook | Step::Tick(_) => {
                let pb = playbook.ok_or_else(|| bad(key, "steps without a playbook"))?;
                write_checklist(app, actor, &cast, record, &step, pb).await?
            }
            Step::Pack(slug) => {
                let pack = guidance
                    .packs
                    .get(*slug)
                    .ok_or_else(|| bad(key, format!("no pack {slug:?}")))?;
                let host = cast.host.clone().unwrap_or_else(|| cast.home.clone());
                let who = StepActor {
                    side: "host",
                    name: Some(host.1),
                };
                app.store
                    .send_pack(actor, record.case.id, pack, &who)
                    .await?;
                app.store.case(record.case.id).await?
            }
            Step::Intro(intro, status) => {
                let contact = guidance
                    .contacts
                    .get(&intro.contact)
                    .ok_or_else(|| bad(key, format!("no contact {:?}", intro.contact)))?;
                let host = cast.host.clone().unwrap_or_else(|| cast.home.clone());
                let who = StepActor {
                    side: "host",
                    name: Some(host.1),
                };
                let id = record.case.id;
                if *status == IntroStatus::Requested {
                    app.store
                        .insert_introduction(actor, id, contact, &who)
                        .await?;
                } else {
                    let current = app
                        .store
                        .introductions(id)
                        .await?
                        .into_iter()
                        .find(|i| i.contact == intro.contact)
                        .ok_or_else(|| bad(key, "an introduction moved before it was asked for"))?;
                    let outcome = (*status == IntroStatus::Outcome)
                        .then(|| intro.outcome.clone())
                        .flatten();
                    app.store
                        .advance_introduction(actor, id, &current, *status, outcome, &who)
                        .await?;
                }
                app.store.case(id).await?
            }
            Step::File(f) => {
                let upload = city2city_domain::cases::Upload {
                    file_name: f.name.clone(),
                    bytes: f.content.clone().into_bytes(),
                    truncated: false,
                };
                let checked = upload.check()?;
                let (side, name) = cast.acting(&f.side);
                let new = city2city_store::NewAttachment {
                    file_name: &checked.file_name,
                    file_type: checked.file_type,
                    bytes: &upload.bytes,
                    side,
                    actor_name: Some(name),
                };
                app.store
                    .insert_attachment(actor, record.case.id, &new)
                    .await?;
                app.store.case(record.case.id).await?
            }
            _ => write_step(app, actor, &cast, record, &step, host_agency.id).await?,
        };
        let home_answer = match &step {
            Step::Move(m) => m.sides().contains(&city2city_domain::cases::Side::Home),
            Step::Refer => true,
            Step::Activity(a) => a.side == "home",
            Step::Manager(_)
            | Step::Playbook
            | Step::Tick(_)
            | Step::Pack(_)
            | Step::Intro(..)
            | Step::File(_) => false,
        };
        if home_answer && times.first_response_at.is_none() {
            times.first_response_at = Some(at);
        }
        if matches!(step, Step::Refer) {
            times.referred_at = Some(at);
        }
        times.events.push(at);
    }
    app.store.retime_case(record.case.id, &times).await?;
    Ok(())
}

/// The case's steps with their times, oldest first: the stage path to `stage` interleaved with
/// the logged activities.
fn plan_steps<'a>(
    spec: &'a CaseSpec,
    stage: Stage,
    opened: OffsetDateTime,
    now: OffsetDateTime,
    today: time::Date,
) -> Result<Vec<(OffsetDateTime, Step<'a>)>> {
    let key = spec.key.as_str();
    let day = Duration::days(1);
    let respond = opened + day * spec.responded_days_after.unwrap_or(2) as i32;
    let establishment = match &spec.establishment {
        Some(e) => Some(
            EstablishmentInput {
                date: e.date.clone(),
                address: e.address.clone(),
                legal_form: e.legal_form.clone(),
                jobs_planned: Some(e.jobs_planned.to_string()),
                jobs_created: Some(e.jobs_created.to_string()),
                investment_eur: e.investment_eur.map(|n| n.to_string()),
            }
            .validate(today)?,
        ),
        None => None,
    };
    let established_at = establishment
        .as_ref()
        .map(|e| e.date.midnight().assume_utc() + Duration::hours(11));
    let reached = |s: Stage| -> bool {
        let order = |s: Stage| Stage::PIPELINE.iter().position(|p| *p == s);
        match (order(stage), order(s)) {
            (Some(have), Some(want)) => have >= want,
            _ => false,
        }
    };
    let mut moves: Vec<(OffsetDateTime, Step)> = Vec::new();
    if stage == Stage::Dropped {
        let d = spec
            .drop
            .as_ref()
            .ok_or_else(|| bad(key, "dropped without a reason"))?;
        let reason = DropReason::parse(&d.reason).ok_or_else(|| bad(key, "unknown drop reason"))?;
        moves.push((respond, Step::Move(Move::Qualify)));
        moves.push((respond, Step::Manager("home")));
        if spec.referred {
            moves.push((respond + Duration::hours(3), Step::Refer));
            moves.push((respond + day * 3, Step::Move(Move::Start)));
            moves.push((respond + day * 3, Step::Manager("host")));
        }
        let last = spec
            .activities
            .iter()
            .map(|a| a.days_ago)
            .min()
            .unwrap_or(0);
        moves.push((
            now - day * (last as i32) + day * 5,
            Step::Move(Move::Drop {
                reason,
                note: d.note.clone(),
            }),
        ));
    } else {
        if reached(Stage::Qualified) {
            moves.push((respond, Step::Move(Move::Qualify)));
            moves.push((respond, Step::Manager("home")));
        }
        if spec.referred {
            moves.push((respond + Duration::hours(3), Step::Refer));
        }
        if reached(Stage::InProgress) {
            moves.push((respond + day * 3, Step::Move(Move::Start)));
            moves.push((respond + day * 3, Step::Manager("host")));
        }
        if reached(Stage::Established) {
            let (at, e) = established_at
                .zip(establishment)
                .ok_or_else(|| bad(key, "established without the office's figures"))?;
            moves.push((at, Step::Move(Move::Establish(e))));
            if reached(Stage::Aftercare) {
                moves.push((at + day * 30, Step::Move(Move::Aftercare)));
            }
            if reached(Stage::Closed) {
                moves.push((at + day * 90, Step::Move(Move::Close)));
            }
        }
    }
    // Keep the path in order and in the past, then slot each activity in by its day.
    let mut last = opened;
    for (at, _) in moves.iter_mut() {
        *at = (*at)
            .max(last + Duration::minutes(20))
            .min(now - Duration::hours(1));
        last = *at;
    }
    // The playbook once the host agency starts; its ticked steps spread until the office opens.
    if spec.playbook.is_some() {
        let started = moves
            .iter()
            .find(|(_, s)| matches!(s, Step::Move(Move::Start)))
            .map(|(at, _)| *at)
            .ok_or_else(|| bad(key, "a playbook on a case the host agency never started"))?;
        let applied = (started + Duration::hours(1)).min(now - Duration::hours(3));
        let end = established_at
            .unwrap_or(now - Duration::hours(2))
            .min(now - Duration::hours(2))
            .max(applied + Duration::minutes(spec.ticked.len() as i64 + 1));
        let gap = (end - applied) / (spec.ticked.len() as i32 + 1);
        moves.push((applied, Step::Playbook));
        for (i, k) in spec.ticked.iter().enumerate() {
            moves.push((applied + gap * (i as i32 + 1), Step::Tick(k)));
        }
    }
    // Packs are sent by the host agency once it has the case (when it starts, if it did).
    if !spec.packs_sent.is_empty() {
        let started = moves
            .iter()
            .find(|(_, s)| matches!(s, Step::Move(Move::Start)))
            .or_else(|| moves.iter().find(|(_, s)| matches!(s, Step::Refer)))
            .map(|(at, _)| *at)
            .ok_or_else(|| bad(key, "packs sent on a case never referred"))?;
        for (i, slug) in spec.packs_sent.iter().enumerate() {
            let at = (started + Duration::minutes(30 + i as i64)).min(now - Duration::hours(3));
            moves.push((at, Step::Pack(slug)));
        }
    }
    // Introductions once the host agency has the case, each step two days after the last.
    if !spec.introductions.is_empty() {
        let started = moves
            .iter()
            .find(|(_, s)| matches!(s, Step::Move(Move::Start)))
            .or_else(|| moves.iter().find(|(_, s)| matches!(s, Step::Refer)))
            .map(|(at, _)| *at)
            .ok_or_else(|| bad(key, "introductions on a case never referred"))?;
        for (n, intro) in spec.introductions.iter().enumerate() {
            let target = IntroStatus::parse(&intro.status).ok_or_else(|| {
                bad(
                    key,
                    format!("unknown introduction status {:?}", intro.status),
                )
            })?;
            let path: &[IntroStatus] = match target {
                IntroStatus::Requested => &[IntroStatus::Requested],
                IntroStatus::Made => &[IntroStatus::Requested, IntroStatus::Made],
                IntroStatus::Met => &[IntroStatus::Requested, IntroStatus::Made, IntroStatus::Met],
                IntroStatus::Outcome => &[
                    IntroStatus::Requested,
                    IntroStatus::Made,
                    IntroStatus::Met,
                    IntroStatus::Outcome,
                ],
            };
            for (i, status) in path.iter().enumerate() {
                let at = (started + Duration::hours(2 + n as i64) + day * (2 * i as i32))
                    .min(now - Duration::hours(2) + Duration::minutes((n * 4 + i) as i64));
                moves.push((at, Step::Intro(intro, *status)));
            }
        }
    }
    let mut steps = moves;
    for (i, f) in spec.files.iter().enumerate() {
        let at =
            (now - day * (f.days_ago as i32) + Duration::hours(11) + Duration::minutes(i as i64))
                .max(opened + Duration::minutes(10))
                .min(now - Duration::minutes(20));
        steps.push((at, Step::File(f)));
    }
    for (i, a) in spec.activities.iter().enumerate() {
        let at =
            (now - day * (a.days_ago as i32) + Duration::hours(10) + Duration::minutes(i as i64))
                .max(opened + Duration::minutes(5))
                .min(now - Duration::minutes(30));
        steps.push((at, Step::Activity(a)));
    }
    steps.sort_by_key(|(at, _)| *at);
    Ok(steps)
}

async fn write_step(
    app: &App,
    actor: &Actor,
    cast: &Cast,
    record: CaseRecord,
    step: &Step<'_>,
    host_agency_id: i64,
) -> Result<CaseRecord> {
    let id = record.case.id;
    let host = cast.host.clone().unwrap_or_else(|| cast.home.clone());
    match step {
        Step::Move(m) => {
            let side = if m.sides().contains(&city2city_domain::cases::Side::Host)
                && record.case.is_referred()
            {
                "host"
            } else {
                "home"
            };
            let to = m.check(record.case.stage, record.case.is_referred())?;
            let (drop_reason, drop_note) = match m {
                Move::Drop { reason, note } => (Some(*reason), note.clone()),
                _ => (None, None),
            };
            let name = if side == "host" {
                &host.1
            } else {
                &cast.home.1
            };
            let change = StageChange {
                from: record.case.stage,
                to,
                action: m.code(),
                side,
                actor_name: Some(name.clone()),
                drop_reason,
                drop_note,
                establishment: match m {
                    Move::Establish(e) => Some(e.clone()),
                    _ => None,
                },
                first_response: side == "home",
            };
            Ok(app.store.move_case(actor, &record, &change).await?)
        }
        Step::Refer => Ok(app
            .store
            .refer_case(actor, &record, host_agency_id, Some(cast.home.1.clone()))
            .await?),
        Step::Manager(side) => {
            let who = if *side == "host" {
                host
            } else {
                cast.home.clone()
            };
            Ok(app
                .store
                .set_case_manager(actor, id, side, Some(who.clone()), Some(who.1))
                .await?)
        }
        Step::Activity(a) => {
            let (side, actor_name) = cast.acting(&a.side);
            let kind = city2city_domain::cases::ActivityInput {
                kind: a.kind.clone(),
                text: a.text.clone(),
            }
            .validate()?
            .0;
            app.store
                .add_case_event(
                    actor,
                    id,
                    &NewEvent {
                        side,
                        kind: kind.code(),
                        text: Some(a.text.clone()),
                        actor_name: Some(actor_name),
                        first_response: side == "home",
                    },
                )
                .await?;
            Ok(app.store.case(id).await?)
        }
        // Written by `write_checklist` and `load_one`.
        Step::Playbook | Step::Tick(_) | Step::Pack(_) | Step::Intro(..) | Step::File(_) => {
            Ok(record)
        }
    }
}

/// Applies the case's playbook for the host agency, or ticks one of its steps: the company ticks
/// its own steps, the host agency the others.
async fn write_checklist(
    app: &App,
    actor: &Actor,
    cast: &Cast,
    record: CaseRecord,
    step: &Step<'_>,
    pb: &DemoPlaybook,
) -> Result<CaseRecord> {
    let id = record.case.id;
    let host = cast.host.clone().unwrap_or_else(|| cast.home.clone());
    match step {
        Step::Playbook => {
            let who = StepActor {
                side: "host",
                name: Some(host.1),
            };
            app.store
                .apply_playbook(actor, id, &pb.record, &who)
                .await?;
        }
        Step::Tick(k) => {
            let number = pb
                .keys
                .iter()
                .position(|x| x.as_str() == *k)
                .ok_or_else(|| bad(&record.case.company, format!("no step {k:?}")))?
                as u32
                + 1;
            let steps = app.store.case_steps(id).await?;
            let s = steps
                .iter()
                .find(|s| s.number == number)
                .ok_or_else(|| bad(&record.case.company, format!("step {k:?} not applied")))?;
            let who = if s.step.responsible == Responsible::Company {
                StepActor {
                    side: "company",
                    name: Some(cast.company.clone()),
                }
            } else {
                StepActor {
                    side: "host",
                    name: Some(host.1),
                }
            };
            let text = format!("{}. {}", s.number, s.step.title.get(record.case.lang));
            app.store
                .tick_case_step(actor, id, s, true, &who, text)
                .await?;
        }
        _ => {}
    }
    Ok(app.store.case(id).await?)
}
