//! One case: the request, the agencies and their managers, the office once it is open, the one
//! history, and the forms of what the viewer may do now (stage moves, the referral, naming a
//! case manager, logging a note, call, meeting or e-mail); the checklist is in `checklist`.

use super::checklist::ChecklistView;
use super::common::{
    activity_label, drop_label, event_label, need_label, plan_label, side_label, stage_label,
};
use super::files::FilesView;
use super::introductions::IntrosView;
use super::packs::PacksView;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::opportunities::common::{Opt, field_errors};
use crate::pages::organisations::{Params, Text, city_text, lang_label, paragraphs, sector_label};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::cases::CaseDetail;
use city2city_domain::cases::{
    ActivityInput, ActivityKind, DropReason, EstablishmentInput, MAX_ACTIVITY, MAX_ADDRESS,
    MAX_LEGAL_FORM, MoveInput,
};

/// What was typed in the forms when a submission failed, to show again.
#[derive(Debug, Clone, Default)]
pub(super) struct Typed {
    pub date: String,
    pub address: String,
    pub legal_form: String,
    pub jobs_planned: String,
    pub jobs_created: String,
    pub investment_eur: String,
    pub reason: String,
    pub note: String,
    pub kind: String,
    pub text: String,
}

/// An agency on the case, with its case manager.
struct AgencyView {
    slug: String,
    name: Text,
    manager: Option<String>,
}

/// The office opened in the host city.
struct EstablishmentView {
    date: When,
    address: String,
    legal_form: String,
    jobs_planned: u32,
    jobs_created: u32,
    investment_eur: Option<String>,
}

/// One entry of the history.
struct EventView {
    at: When,
    actor: Option<Text>,
    side: String,
    what: String,
    text: Option<String>,
}

/// A stage move offered as a button.
struct MoveButton {
    action: &'static str,
    label: String,
}

#[derive(Template)]
#[template(path = "cases/detail.html")]
struct DetailPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    id: i64,
    company: Text,
    company_slug: String,
    stage_code: &'static str,
    stage: String,
    overdue: bool,
    due: When,
    first_response: Option<When>,
    home_city: Text,
    host_city: Text,
    home: AgencyView,
    host: Option<AgencyView>,
    plan: String,
    timeline: Option<String>,
    team_size: Option<u32>,
    needs: Vec<String>,
    sectors: Vec<String>,
    message: Vec<String>,
    message_lang: String,
    message_lang_name: String,
    opened: When,
    referred: Option<When>,
    establishment: Option<EstablishmentView>,
    dropped: Option<String>,
    drop_note: Option<String>,
    buttons: Vec<MoveButton>,
    can_refer: bool,
    can_establish: bool,
    can_drop: bool,
    can_log: bool,
    drop_reasons: Vec<Opt>,
    managers: Vec<Opt>,
    kinds: Vec<Opt>,
    history: Vec<EventView>,
    checklist: ChecklistView,
    packs: PacksView,
    intros: IntrosView,
    files: FilesView,
    typed: Typed,
    max_activity: usize,
    max_address: usize,
    max_legal_form: usize,
    errors: FieldErrors,
}

async fn agency(state: &AppState, ctx: &Ctx, slug: &str, manager: Option<String>) -> AgencyView {
    let name = match state.app.organisation(slug).await {
        Ok(o) => Text::of(&o.name, ctx.lang),
        Err(_) => Text::in_lang(slug, ctx.lang, ctx.lang),
    };
    AgencyView {
        slug: slug.to_string(),
        name,
        manager,
    }
}

pub(super) fn parse_id(ctx: &Ctx, id: &str) -> Result<i64, PageError> {
    id.parse::<i64>().map_err(|_| AppError::NotFound).page(ctx)
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    d: CaseDetail,
    notice: Option<String>,
    typed: Typed,
    errors: FieldErrors,
) -> Result<DetailPage, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let v = &d.view;
    let c = &v.case;
    let lang = ctx.lang;
    let home = agency(
        state,
        &ctx,
        &c.home_agency,
        c.home_manager.as_ref().map(|m| m.name.clone()),
    )
    .await;
    let host = match &c.host_agency {
        Some(slug) => Some(
            agency(
                state,
                &ctx,
                slug,
                c.host_manager.as_ref().map(|m| m.name.clone()),
            )
            .await,
        ),
        None => None,
    };
    let company = Text::of(&c.company_name, lang);
    let has = |m: &str| v.moves.iter().any(|x| x == m);
    let own_manager = match v.viewer.as_str() {
        "home" => c.home_manager.as_ref(),
        "host" => c.host_manager.as_ref(),
        _ => None,
    };
    let due = city2city_domain::cases::response_due(c.opened_at.date(), c.first_response_days);
    let checklist = ChecklistView::of(&ctx, &d);
    let packs = PacksView::of(&ctx, &d);
    let intros = IntrosView::of(&ctx, &d);
    let files = FilesView::of(&ctx, &d);
    Ok(DetailPage {
        title: ctx.ta("case-detail-title", "company", &company.text),
        notice,
        id: c.id,
        company_slug: c.company.clone(),
        company,
        stage_code: c.stage.code(),
        stage: stage_label(&ctx, c.stage),
        overdue: v.overdue,
        due: When::date(lang, due),
        first_response: c.first_response_at.map(|t| When::instant(lang, t)),
        home_city: city_text(&cities, &c.home_city, lang),
        host_city: city_text(&cities, &c.host_city, lang),
        home,
        host,
        plan: plan_label(&ctx, c.plan),
        timeline: c.timeline.clone().filter(|t| !t.trim().is_empty()),
        team_size: c.team_size,
        needs: c.needs.iter().map(|n| need_label(&ctx, *n)).collect(),
        sectors: c.sectors.iter().map(|s| sector_label(&ctx, s)).collect(),
        message: paragraphs(&c.message),
        message_lang: c.lang.code().to_string(),
        message_lang_name: lang_label(&ctx, c.lang),
        opened: When::instant(lang, c.opened_at),
        referred: c.referred_at.map(|t| When::instant(lang, t)),
        establishment: c.establishment.as_ref().map(|e| EstablishmentView {
            date: When::date(lang, e.date),
            address: e.address.clone(),
            legal_form: e.legal_form.clone(),
            jobs_planned: e.jobs_planned,
            jobs_created: e.jobs_created,
            investment_eur: e.investment_eur.map(|n| format!("{n} €")),
        }),
        dropped: c.drop_reason.map(|r| drop_label(&ctx, r)),
        drop_note: c.drop_note.clone(),
        buttons: ["qualify", "start", "aftercare", "close"]
            .into_iter()
            .filter(|m| has(m))
            .map(|m| MoveButton {
                action: m,
                label: ctx.t(&format!("case-move-{m}")),
            })
            .collect(),
        can_refer: v.can_refer,
        can_establish: has("establish"),
        can_drop: has("drop"),
        can_log: v.can_log,
        drop_reasons: DropReason::ALL
            .iter()
            .map(|r| Opt::new(r.code(), drop_label(&ctx, *r), typed.reason == r.code()))
            .collect(),
        managers: d
            .manager_choices
            .iter()
            .map(|m| {
                Opt::new(
                    &m.user_id.to_string(),
                    m.name.clone(),
                    own_manager.is_some_and(|o| o.user_id == m.user_id),
                )
            })
            .collect(),
        kinds: ActivityKind::ALL
            .iter()
            .map(|k| {
                Opt::new(
                    k.code(),
                    activity_label(&ctx, *k),
                    typed.kind == k.code() || (typed.kind.is_empty() && *k == ActivityKind::Note),
                )
            })
            .collect(),
        history: d
            .history
            .iter()
            .map(|e| EventView {
                at: When::instant(lang, e.at),
                actor: e.actor.as_deref().map(|a| Text::guess(a, lang)),
                side: side_label(&ctx, &e.side),
                what: event_label(&ctx, &e.kind),
                text: e.text.clone().filter(|t| !t.trim().is_empty()).map(|t| {
                    if e.kind == "drop" {
                        drop_text(&ctx, &t)
                    } else {
                        t
                    }
                }),
            })
            .collect(),
        checklist,
        packs,
        intros,
        files,
        typed,
        max_activity: MAX_ACTIVITY,
        max_address: MAX_ADDRESS,
        max_legal_form: MAX_LEGAL_FORM,
        errors,
        ctx,
    })
}

/// A drop's history text is `reason` or `reason: note`: the reason in the page language.
fn drop_text(ctx: &Ctx, t: &str) -> String {
    let (code, note) = t.split_once(": ").unwrap_or((t, ""));
    match DropReason::parse(code) {
        Some(r) if note.is_empty() => drop_label(ctx, r),
        Some(r) => format!("{}: {note}", drop_label(ctx, r)),
        None => t.to_string(),
    }
}

const DONE: &[&str] = &[
    "opened",
    "qualify",
    "start",
    "establish",
    "aftercare",
    "close",
    "drop",
    "refer",
    "manager",
    "activity",
    "playbook",
    "step",
    "pack",
    "introduction",
    "file",
    "file-removed",
];

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let notice = Params(params).notice(&ctx, "case", DONE);
    let d = state.app.case(ctx.principal(), id).await.page(&ctx)?;
    let p = page(
        &state,
        ctx,
        d,
        notice,
        Typed::default(),
        FieldErrors::default(),
    )
    .await?;
    Ok(render(&p))
}

/// After a change: back to the case with a notice, or the page again with the form's errors.
pub(super) async fn answer(
    state: &AppState,
    ctx: Ctx,
    id: i64,
    result: Result<CaseDetail, AppError>,
    done: &str,
    typed: Typed,
    errors_at: impl Fn(&str) -> Option<String>,
) -> Result<Response, PageError> {
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}?done={done}#notice")).into_response()),
        Err(AppError::Validation(v)) => {
            let errors = field_errors(&ctx, v, errors_at);
            let d = state.app.case(ctx.principal(), id).await.page(&ctx)?;
            let p = page(state, ctx, d, None, typed, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&p)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}

pub(super) async fn move_it(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let action = form.get("action").trim().to_string();
    let typed = Typed {
        date: form.get("date").to_string(),
        address: form.get("address").to_string(),
        legal_form: form.get("legal_form").to_string(),
        jobs_planned: form.get("jobs_planned").to_string(),
        jobs_created: form.get("jobs_created").to_string(),
        investment_eur: form.get("investment_eur").to_string(),
        reason: form.get("reason").to_string(),
        note: form.get("note").to_string(),
        ..Typed::default()
    };
    let input = MoveInput {
        action: action.clone(),
        reason: form.opt("reason"),
        note: form.opt("note"),
        establishment: (action == "establish").then(|| EstablishmentInput {
            date: typed.date.clone(),
            address: typed.address.clone(),
            legal_form: typed.legal_form.clone(),
            jobs_planned: form.opt("jobs_planned"),
            jobs_created: form.opt("jobs_created"),
            investment_eur: form.opt("investment_eur"),
        }),
    };
    let result = state.app.move_case(ctx.principal(), id, input).await;
    let done = if DONE.contains(&action.as_str()) {
        action.clone()
    } else {
        "qualify".into()
    };
    answer(&state, ctx, id, result, &done, typed, |f| match f {
        "date" | "address" | "legal_form" | "jobs_planned" | "jobs_created" | "investment_eur"
        | "reason" | "note" => None,
        _ => Some("actions".into()),
    })
    .await
}

pub(super) async fn refer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let result = state.app.refer_case(ctx.principal(), id).await;
    answer(&state, ctx, id, result, "refer", Typed::default(), |_| {
        Some("actions".into())
    })
    .await
}

pub(super) async fn manager(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let result = match form.get("manager").trim() {
        "" => {
            state
                .app
                .set_case_manager(ctx.principal(), id, None, None)
                .await
        }
        s => match s.parse::<i64>() {
            Ok(user) => {
                state
                    .app
                    .set_case_manager(ctx.principal(), id, None, Some(user))
                    .await
            }
            Err(_) => Err(city2city_domain::Validation::single(
                "manager",
                "invalid-choice",
                "choose a member of your agency's staff",
            )
            .into()),
        },
    };
    answer(&state, ctx, id, result, "manager", Typed::default(), |_| {
        Some("manager".into())
    })
    .await
}

pub(super) async fn activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let typed = Typed {
        kind: form.get("kind").to_string(),
        text: form.get("text").to_string(),
        ..Typed::default()
    };
    let input = ActivityInput {
        kind: typed.kind.clone(),
        text: typed.text.clone(),
    };
    let result = state
        .app
        .log_case_activity(ctx.principal(), id, input)
        .await;
    answer(&state, ctx, id, result, "activity", typed, |f| match f {
        "kind" => None,
        _ => Some("text".into()),
    })
    .await
}
