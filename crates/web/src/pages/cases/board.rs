//! The pipeline board: agency staff see their agency's cases in a column per stage (dropped ones
//! apart), late first responses first, filtered by sector, manager, city and lateness; a company
//! sees its own cases the same way. With `stage` set, one stage's cases page by page.

use super::common::{CaseCard, stage_label};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::layout::Pagination;
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Params, Text};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use city2city_app::AppError;
use city2city_app::cases::CaseFilter;
use city2city_domain::cases::Stage;
use city2city_domain::sectors::SECTORS;

/// Cards a column shows before linking to the whole stage.
const COLUMN: i64 = 20;
const PER_PAGE: i64 = 25;

/// A column of the board.
struct Column {
    code: &'static str,
    label: String,
    total: i64,
    cards: Vec<CaseCard>,
    /// The link to all of the stage's cases when the column shows only the first.
    more: Option<String>,
}

#[derive(Template)]
#[template(path = "cases/board.html")]
struct BoardPage {
    ctx: Ctx,
    title: String,
    intro: String,
    may_open: bool,
    sectors: Vec<Opt>,
    managers: Vec<Opt>,
    cities: Vec<Opt>,
    overdue: bool,
    /// The stage shown alone, if any.
    stage: Option<Opt>,
    stages: Vec<Opt>,
    filtered: bool,
    columns: Vec<Column>,
    pagination: Option<Pagination>,
}

/// The filters of the query, kept for links.
fn filter_params(f: &CaseFilter) -> Vec<(&'static str, String)> {
    vec![
        ("sector", f.sector.clone().unwrap_or_default()),
        (
            "manager",
            f.manager_id.map(|m| m.to_string()).unwrap_or_default(),
        ),
        ("city", f.city.clone().unwrap_or_default()),
        (
            "overdue",
            if f.overdue { "1".into() } else { String::new() },
        ),
    ]
}

fn query_string(params: &[(&str, String)]) -> String {
    params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub(super) async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    if !ctx.signed_in() {
        return Err(AppError::Unauthenticated).page(&ctx);
    }
    if !ctx.works_cases() {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let managers = state.app.case_managers(ctx.principal()).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let stage = Stage::parse(&params.get("stage"));
    let filter = CaseFilter {
        stages: vec![],
        sector: params
            .opt("sector")
            .filter(|s| SECTORS.iter().any(|x| x.slug == s.as_str())),
        manager_id: params
            .get("manager")
            .parse::<i64>()
            .ok()
            .filter(|id| managers.iter().any(|m| m.user_id == *id)),
        city: params
            .opt("city")
            .filter(|c| cities.iter().any(|x| x.slug == *c)),
        overdue: !params.get("overdue").is_empty(),
        page: 1,
        per_page: COLUMN,
    };
    let kept = filter_params(&filter);
    let shown: Vec<Stage> = match stage {
        Some(s) => vec![s],
        None => Stage::PIPELINE
            .iter()
            .copied()
            .chain([Stage::Dropped])
            .collect(),
    };
    let mut columns = Vec::new();
    let mut pagination = None;
    for s in shown {
        let mut f = filter.clone();
        f.stages = vec![s];
        if stage.is_some() {
            f.page = params.page();
            f.per_page = PER_PAGE;
        }
        let found = state.app.cases(ctx.principal(), f).await.page(&ctx)?;
        let mut link = kept.clone();
        link.push(("stage", s.code().to_string()));
        if stage.is_some() {
            pagination = Some(Pagination::new(&found, "/cases", &link));
        }
        columns.push(Column {
            code: s.code(),
            label: stage_label(&ctx, s),
            total: found.total,
            more: (stage.is_none() && found.total > found.items.len() as i64)
                .then(|| format!("/cases?{}", query_string(&link))),
            cards: found
                .items
                .iter()
                .map(|v| CaseCard::of(&ctx, v, &cities))
                .collect(),
        });
    }
    let staff = ctx.has_staff_desk();
    let mut city_opts: Vec<Opt> = cities
        .iter()
        .map(|c| {
            let name = Text::of(&c.name, ctx.lang).text;
            Opt::new(
                &c.slug,
                name,
                filter.city.as_deref() == Some(c.slug.as_str()),
            )
        })
        .collect();
    city_opts.sort_by(|a, b| a.label.cmp(&b.label));
    let page = BoardPage {
        title: ctx.t("case-board-title"),
        intro: ctx.t(if staff {
            "case-board-intro-staff"
        } else {
            "case-board-intro-company"
        }),
        may_open: true,
        sectors: SECTORS
            .iter()
            .map(|s| {
                Opt::new(
                    s.slug,
                    s.label(ctx.lang).to_string(),
                    filter.sector.as_deref() == Some(s.slug),
                )
            })
            .collect(),
        managers: managers
            .iter()
            .map(|m| {
                Opt::new(
                    &m.user_id.to_string(),
                    m.name.clone(),
                    filter.manager_id == Some(m.user_id),
                )
            })
            .collect(),
        cities: city_opts,
        overdue: filter.overdue,
        stage: stage.map(|s| Opt::new(s.code(), stage_label(&ctx, s), true)),
        stages: Stage::ALL
            .iter()
            .map(|s| Opt::new(s.code(), stage_label(&ctx, *s), stage == Some(*s)))
            .collect(),
        filtered: kept.iter().any(|(_, v)| !v.is_empty()) || stage.is_some(),
        columns,
        pagination,
        ctx,
    };
    Ok(render(&page))
}
