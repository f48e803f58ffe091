//! Expressions of interest: the inbox (received on the organisation's opportunities), the outbox
//! (sent by it) and, for staff, those touching their city; one expression of interest with the
//! answers the viewer may give (accept, decline with a reason, withdraw, record the outcome).

use super::common::{
    ContactView, Opt, field_errors, guess_text, interest_status_label, outcome_label,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::layout::Pagination;
use crate::pages::organisations::{Params, Text, city_text};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::opportunities::{InterestBox, InterestView};
use city2city_domain::cities::City;
use city2city_domain::opportunities::interests::{InterestMove, InterestStatus, Outcome};

const PER_PAGE: i64 = 20;

/// An expression of interest as the pages show it.
pub(super) struct InterestItem {
    pub id: i64,
    pub reference: String,
    pub title: Text,
    pub sender: Text,
    pub sender_city: Text,
    pub owner: Option<Text>,
    pub owner_city: Text,
    pub status_code: &'static str,
    pub status: String,
    pub sent: When,
    pub decided: Option<When>,
    pub message: Text,
    pub contribution: Text,
    pub decline_reason: Option<Text>,
    pub outcome: Option<String>,
    pub sender_contact: Option<ContactView>,
    pub owner_contact: Option<ContactView>,
    pub can_answer: bool,
    pub can_withdraw: bool,
    pub can_record_outcome: bool,
    pub outcomes: Vec<Opt>,
    /// Ids of the inputs of this item's forms (several items share a page).
    pub reason_id: String,
    pub outcome_id: String,
    pub actions_id: String,
    /// The reason typed when declining failed.
    pub reason: String,
}

impl InterestItem {
    pub fn of(ctx: &Ctx, v: &InterestView, cities: &[City]) -> InterestItem {
        let r = &v.record;
        let i = &r.interest;
        let lang = ctx.lang;
        InterestItem {
            id: i.id,
            reference: i.opportunity.clone(),
            title: guess_text(&r.opportunity_title, lang),
            sender: Text::of(&v.sender_name, lang),
            sender_city: city_text(cities, &r.sender_city, lang),
            owner: v
                .owner_name
                .as_ref()
                .filter(|n| !n.is_empty())
                .map(|n| Text::of(n, lang)),
            owner_city: city_text(cities, &r.owner_city, lang),
            status_code: i.status.code(),
            status: interest_status_label(ctx, i.status),
            sent: When::instant(lang, i.created_at),
            decided: i.decided_at.map(|t| When::instant(lang, t)),
            message: guess_text(&i.message, lang),
            contribution: guess_text(&i.contribution, lang),
            decline_reason: i
                .decline_reason
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(|s| guess_text(s, lang)),
            outcome: i.outcome.map(|o| outcome_label(ctx, o)),
            sender_contact: v.sender_contact.as_ref().map(|c| ContactView::of(ctx, c)),
            owner_contact: v.owner_contact.as_ref().map(|c| ContactView::of(ctx, c)),
            can_answer: v.can_answer,
            can_withdraw: v.can_withdraw,
            can_record_outcome: v.can_record_outcome,
            outcomes: Outcome::ALL
                .iter()
                .map(|o| Opt::new(o.code(), outcome_label(ctx, *o), i.outcome == Some(*o)))
                .collect(),
            reason_id: format!("reason-{}", i.id),
            outcome_id: format!("outcome-{}", i.id),
            actions_id: format!("actions-{}", i.id),
            reason: String::new(),
        }
    }
}

/// A tab of the list.
struct Tab {
    href: String,
    label: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "opportunities/interests.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    tabs: Vec<Tab>,
    box_code: &'static str,
    intro: String,
    statuses: Vec<Opt>,
    filtered: bool,
    items: Vec<InterestItem>,
    pagination: Pagination,
    /// Level of the headings inside an item.
    hs: u8,
    errors: FieldErrors,
}

/// The boxes the viewer has: (code, box, message id of the tab).
fn boxes(ctx: &Ctx) -> Vec<(&'static str, InterestBox, &'static str)> {
    let mut out = Vec::new();
    if ctx.authors_opportunities() {
        out.push(("inbox", InterestBox::Inbox, "interest-box-inbox"));
        out.push(("outbox", InterestBox::Outbox, "interest-box-outbox"));
    }
    if ctx.has_staff_desk() {
        out.push(("city", InterestBox::City, "interest-box-city"));
    }
    out
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    if !ctx.signed_in() {
        return Err(AppError::Unauthenticated).page(&ctx);
    }
    let available = boxes(&ctx);
    let wanted = params.get("box");
    let Some(&(code, which, _)) = available
        .iter()
        .find(|(c, _, _)| *c == wanted)
        .or_else(|| available.first())
    else {
        return Err(AppError::Forbidden).page(&ctx);
    };
    let status = InterestStatus::parse(&params.get("status"));
    let found = state
        .app
        .interests(
            ctx.principal(),
            which,
            status.into_iter().collect(),
            params.page(),
            PER_PAGE,
        )
        .await
        .page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let pagination = Pagination::new(
        &found,
        "/interests",
        &[
            ("box", code.to_string()),
            (
                "status",
                status.map(|s| s.code().to_string()).unwrap_or_default(),
            ),
        ],
    );
    let page = ListPage {
        title: ctx.t("interest-title"),
        tabs: available
            .iter()
            .map(|(c, _, key)| Tab {
                href: format!("/interests?box={c}"),
                label: ctx.t(key),
                current: *c == code,
            })
            .collect(),
        box_code: code,
        intro: ctx.t(&format!("interest-box-{code}-intro")),
        statuses: InterestStatus::ALL
            .iter()
            .map(|s| {
                Opt::new(
                    s.code(),
                    interest_status_label(&ctx, *s),
                    status == Some(*s),
                )
            })
            .collect(),
        filtered: status.is_some(),
        items: found
            .items
            .iter()
            .map(|v| InterestItem::of(&ctx, v, &cities))
            .collect(),
        pagination,
        hs: 3,
        errors: FieldErrors::default(),
        ctx,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "opportunities/interest.html")]
struct ShowPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    i: InterestItem,
    hs: u8,
    errors: FieldErrors,
}

fn parse_id(ctx: &Ctx, id: &str) -> Result<i64, PageError> {
    id.parse::<i64>().map_err(|_| AppError::NotFound).page(ctx)
}

async fn show_page(
    state: &AppState,
    ctx: Ctx,
    id: i64,
    notice: Option<String>,
    errors: FieldErrors,
    reason: String,
) -> Result<ShowPage, PageError> {
    let view = state.app.interest(ctx.principal(), id).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let mut i = InterestItem::of(&ctx, &view, &cities);
    i.reason = reason;
    Ok(ShowPage {
        title: ctx.ta("interest-show-title", "title", &i.title.text),
        notice,
        i,
        hs: 2,
        errors,
        ctx,
    })
}

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let params = Params(params);
    let notice = params.notice(
        &ctx,
        "interest",
        &["accepted", "declined", "withdrawn", "outcome"],
    );
    let page = show_page(
        &state,
        ctx,
        id,
        notice,
        FieldErrors::default(),
        String::new(),
    )
    .await?;
    Ok(render(&page))
}

/// Accept, decline (with an optional reason), withdraw or record the outcome.
pub(super) async fn move_it(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let action = form.get("action").to_string();
    let reason = form.get("reason").to_string();
    let result = match InterestMove::from_request(
        &action,
        form.opt("reason").as_deref(),
        form.opt("outcome").as_deref(),
    ) {
        Ok(m) => state
            .app
            .move_interest(ctx.principal(), id, m)
            .await
            .map(|_| ()),
        Err(v) => Err(v.into()),
    };
    match result {
        Ok(()) => {
            let done = match action.trim() {
                "accept" => "accepted",
                "decline" => "declined",
                "withdraw" => "withdrawn",
                _ => "outcome",
            };
            Ok(Redirect::to(&format!("/interests/{id}?done={done}")).into_response())
        }
        Err(AppError::Validation(v)) => {
            let errors = field_errors(&ctx, v, |f| match f {
                "reason" => Some(format!("reason-{id}")),
                "outcome" => Some(format!("outcome-{id}")),
                _ => Some(format!("actions-{id}")),
            });
            let page = show_page(&state, ctx, id, None, errors, reason).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}
