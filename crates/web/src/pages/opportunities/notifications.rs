//! Notifications (new matches of saved searches, new opportunities matching one's own,
//! expressions of interest received and answered), and the saved searches with their alerts.

use super::common::guess_text;
use super::search::{describe_filters, search_href};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::FormData;
use crate::i18n;
use crate::pages::layout::Pagination;
use crate::pages::organisations::{Params, Text};
use crate::pages::partnerships::common::When;
use crate::pages::safe_next;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::alerts::saved_request;
use city2city_store::{Notification, SavedSearch};
use serde_json::Value;

const PER_PAGE: i64 = 25;

/// A notification in words, with a link to what it is about.
struct NoteView {
    id: i64,
    unread: bool,
    text: String,
    href: Option<String>,
    /// The link's text: the opportunity's title, in its own language.
    link: Option<Text>,
    when: When,
}

impl NoteView {
    fn of(ctx: &Ctx, n: &Notification) -> NoteView {
        let d = &n.detail;
        let text_of = |k: &str| d.get(k).and_then(Value::as_str).map(str::to_string);
        let reference = text_of("opportunity");
        let interest = d.get("interest").and_then(Value::as_i64);
        let title = text_of("title")
            .or_else(|| reference.clone())
            .or_else(|| text_of("company"));
        let (text, href) = match n.kind.as_str() {
            "saved_search_match" => (
                i18n::t_args(
                    ctx.lang,
                    "notif-saved-search-match",
                    &[("search", text_of("search").unwrap_or_default())],
                ),
                reference.as_ref().map(|r| format!("/opportunities/{r}")),
            ),
            // A newly published opportunity matches one of the organisation's own.
            "new_match" => (
                i18n::t_args(
                    ctx.lang,
                    "notif-new-match",
                    &[(
                        "for",
                        text_of("for_title")
                            .or_else(|| text_of("for"))
                            .unwrap_or_default(),
                    )],
                ),
                reference.as_ref().map(|r| format!("/opportunities/{r}")),
            ),
            kind @ ("interest_received" | "interest_accepted" | "interest_declined") => (
                ctx.t(&format!("notif-{}", kind.replace('_', "-"))),
                interest
                    .map(|i| format!("/interests/{i}"))
                    .or_else(|| reference.as_ref().map(|r| format!("/opportunities/{r}"))),
            ),
            kind @ ("case_opened" | "case_referred") => (
                ctx.t(&format!("notif-{}", kind.replace('_', "-"))),
                d.get("case")
                    .and_then(Value::as_i64)
                    .map(|c| format!("/cases/{c}")),
            ),
            _ => (
                ctx.t("notif-other"),
                reference.as_ref().map(|r| format!("/opportunities/{r}")),
            ),
        };
        NoteView {
            id: n.id,
            unread: n.read_at.is_none(),
            text,
            link: href
                .as_ref()
                .and(title.as_deref())
                .map(|t| guess_text(t, ctx.lang)),
            href,
            when: When::instant(ctx.lang, n.created_at),
        }
    }
}

#[derive(Template)]
#[template(path = "opportunities/notifications.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    items: Vec<NoteView>,
    any_unread: bool,
    pagination: Pagination,
    /// This page's address, to come back to after marking read.
    here: String,
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let found = state
        .app
        .notifications(ctx.principal(), params.page(), PER_PAGE)
        .await
        .page(&ctx)?;
    let items: Vec<NoteView> = found.items.iter().map(|n| NoteView::of(&ctx, n)).collect();
    let pagination = Pagination::new(&found, "/notifications", &[]);
    let page = ListPage {
        title: ctx.t("notif-title"),
        notice: params.notice(&ctx, "notif", &["read", "all-read"]),
        any_unread: ctx.unread > 0 || items.iter().any(|n| n.unread),
        items,
        pagination,
        here: if found.page > 1 {
            format!("/notifications?page={}", found.page)
        } else {
            "/notifications".into()
        },
        ctx,
    };
    Ok(render(&page))
}

/// Marks one notification (`id`) or all of them read.
pub(super) async fn mark_read(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let id = form.opt("id").and_then(|v| v.parse::<i64>().ok());
    state
        .app
        .mark_notifications_read(ctx.principal(), id)
        .await
        .page(&ctx)?;
    let next = safe_next(form.opt("next").as_deref());
    let next = if next.starts_with("/notifications") {
        next
    } else {
        "/notifications".into()
    };
    let sep = if next.contains('?') { '&' } else { '?' };
    let done = if id.is_some() { "read" } else { "all-read" };
    Ok(Redirect::to(&format!("{next}{sep}done={done}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Saved searches.

struct SavedView {
    id: i64,
    name: String,
    query: String,
    filters: Vec<String>,
    href: String,
    alerts: bool,
    created: When,
}

#[derive(Template)]
#[template(path = "opportunities/saved.html")]
struct SavedPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    items: Vec<SavedView>,
}

pub(super) async fn saved(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let list = state.app.saved_searches(ctx.principal()).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let items = list
        .iter()
        .map(|s| {
            let r = saved_request(s);
            SavedView {
                id: s.id,
                name: s.name.clone(),
                query: s.query.clone(),
                filters: describe_filters(&ctx, &r, &cities),
                href: search_href(&r),
                alerts: s.alerts,
                created: When::date(ctx.lang, s.created_at.date()),
            }
        })
        .collect();
    let page = SavedPage {
        title: ctx.t("saved-title"),
        notice: params.notice(
            &ctx,
            "saved",
            &["saved", "deleted", "alerts-on", "alerts-off"],
        ),
        items,
        ctx,
    };
    Ok(render(&page))
}

async fn find_saved(state: &AppState, ctx: &Ctx, id: &str) -> Result<SavedSearch, PageError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| AppError::NotFound)
        .page(ctx)?;
    state
        .app
        .saved_searches(ctx.principal())
        .await
        .page(ctx)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(AppError::NotFound)
        .page(ctx)
}

pub(super) async fn set_alerts(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let s = find_saved(&state, &ctx, &id).await?;
    let on = form.get("alerts") == "on";
    state
        .app
        .set_saved_search_alerts(ctx.principal(), s.id, on)
        .await
        .page(&ctx)?;
    let done = if on { "alerts-on" } else { "alerts-off" };
    Ok(Redirect::to(&format!("/opportunities/saved?done={done}")).into_response())
}

#[derive(Template)]
#[template(path = "opportunities/saved_delete.html")]
struct DeletePage {
    ctx: Ctx,
    title: String,
    id: i64,
    name: String,
}

pub(super) async fn delete_saved_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let s = find_saved(&state, &ctx, &id).await?;
    let page = DeletePage {
        title: ctx.t("saved-delete-title"),
        id: s.id,
        name: s.name,
        ctx,
    };
    Ok(render(&page))
}

pub(super) async fn delete_saved(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    let s = find_saved(&state, &ctx, &id).await?;
    state
        .app
        .delete_saved_search(ctx.principal(), s.id)
        .await
        .page(&ctx)?;
    Ok(Redirect::to("/opportunities/saved?done=deleted").into_response())
}
