//! The organisation's own opportunities in every state, and the staff's validation queue
//! (submitted ones of their city, oldest first).

use super::common::{OppRow, Opt, status_label};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::layout::Pagination;
use crate::pages::organisations::{Params, Text};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use city2city_app::AppError;
use city2city_app::opportunities::{Listing, ListingScope};
use city2city_domain::opportunities::Status;
use std::collections::HashMap;

const PER_PAGE: i64 = 25;

#[derive(Template)]
#[template(path = "opportunities/mine.html")]
struct MinePage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    owner: Option<Text>,
    statuses: Vec<Opt>,
    filtered: bool,
    rows: Vec<OppRow>,
    pagination: Pagination,
}

pub(super) async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let Some(p) = ctx.principal() else {
        return Err(AppError::Unauthenticated).page(&ctx);
    };
    let status = Status::parse(&params.get("status"));
    let result = state
        .app
        .list_opportunities(
            Some(p),
            &Listing {
                scope: ListingScope::Mine,
                statuses: status.into_iter().collect(),
                page: params.page(),
                per_page: PER_PAGE,
            },
        )
        .await
        .page(&ctx)?;
    let owner = match &p.org {
        Some(o) => state
            .app
            .organisation(&o.slug)
            .await
            .ok()
            .map(|o| Text::of(&o.name, ctx.lang)),
        None => None,
    };
    let cities = state.app.cities().await.page(&ctx)?;
    let pagination = Pagination::new(
        &result,
        "/opportunities/mine",
        &[(
            "status",
            status.map(|s| s.code().to_string()).unwrap_or_default(),
        )],
    );
    let page = MinePage {
        title: ctx.t("opp-mine-title"),
        notice: params.notice(&ctx, "opp", &["deleted"]),
        owner,
        statuses: Status::ALL
            .iter()
            .map(|s| Opt::new(s.code(), status_label(&ctx, *s), status == Some(*s)))
            .collect(),
        filtered: status.is_some(),
        rows: result
            .items
            .iter()
            .map(|o| OppRow::of(&ctx, o, &cities))
            .collect(),
        pagination,
        ctx,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "opportunities/queue.html")]
struct QueuePage {
    ctx: Ctx,
    title: String,
    rows: Vec<OppRow>,
    pagination: Pagination,
}

pub(super) async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let result = state
        .app
        .list_opportunities(
            ctx.principal(),
            &Listing {
                scope: ListingScope::ValidationQueue,
                statuses: vec![],
                page: params.page(),
                per_page: PER_PAGE,
            },
        )
        .await
        .page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    // Staff see who the owner is; one lookup per organisation on the page.
    let mut names: HashMap<String, Option<Text>> = HashMap::new();
    let mut rows = Vec::with_capacity(result.items.len());
    for o in &result.items {
        let mut row = OppRow::of(&ctx, o, &cities);
        if !o.organisation.is_empty() {
            if !names.contains_key(&o.organisation) {
                let name = state
                    .app
                    .organisation(&o.organisation)
                    .await
                    .ok()
                    .map(|org| Text::of(&org.name, ctx.lang));
                names.insert(o.organisation.clone(), name);
            }
            row.owner = names.get(&o.organisation).cloned().flatten();
        }
        rows.push(row);
    }
    let pagination = Pagination::new(&result, "/opportunities/queue", &[]);
    let page = QueuePage {
        title: ctx.t("opp-queue-title"),
        rows,
        pagination,
        ctx,
    };
    Ok(render(&page))
}
