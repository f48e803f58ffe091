//! Partnerships: the list, the agreement page with its timeline, and (in `forms`) creating,
//! editing, recording agreement events and deleting.

pub(super) mod common;
mod forms;
#[cfg(test)]
mod tests;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::FormData;
use crate::i18n;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use city2city_app::partnerships::PartnershipView;
use city2city_app::{App, AppError, policy};
use city2city_domain::partnerships::{EventKind, Status};
use city2city_domain::{Lang, sectors};
use common::{Text, When, done_notice};
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/partnerships", get(list).post(forms::create))
        .route("/partnerships/new", get(forms::new_form))
        .route("/partnerships/{slug}", get(show))
        .route(
            "/partnerships/{slug}/edit",
            get(forms::edit_form).post(forms::update),
        )
        .route(
            "/partnerships/{slug}/delete",
            get(delete_confirm).post(delete),
        )
        .route(
            "/partnerships/{slug}/events",
            get(to_event_form).post(forms::add_event),
        )
        .route("/partnerships/{slug}/events/new", get(forms::event_form))
}

/// The events are listed on the agreement page; the form to add one is at `events/new`.
async fn to_event_form(Path(slug): Path<String>) -> Redirect {
    Redirect::to(&format!(
        "/partnerships/{}/events/new",
        urlencoding::encode(&slug)
    ))
}

/// Status of an agreement in words: the label, and what it means today.
#[derive(Debug, Clone)]
pub struct StatusView {
    pub code: &'static str,
    pub label: String,
    pub detail: String,
}

pub fn status_label(lang: Lang, status: Status) -> String {
    i18n::t(lang, &format!("status-{}", status.code()))
}

pub(super) fn status_view(ctx: &Ctx, view: &PartnershipView) -> StatusView {
    let lang = ctx.lang;
    let date = |d: time::Date| common::long_date(lang, d);
    let with_date = |key: &str, d: time::Date| i18n::t_args(lang, key, &[("date", date(d))]);
    let state = &view.state;
    let detail = match view.status {
        Status::Draft => ctx.t("partnership-status-draft-detail"),
        Status::Signed => match state.signed_on {
            Some(d) => with_date("partnership-status-signed-detail", d),
            None => String::new(),
        },
        Status::Active => match state.term_end {
            Some(d) => with_date("partnership-status-active-until", d),
            None => ctx.t("partnership-status-active-open"),
        },
        Status::Expired => match state.term_end {
            Some(d) => with_date("partnership-status-expired-detail", d),
            None => String::new(),
        },
        Status::Terminated => match state.terminated_on {
            Some(d) => with_date("partnership-status-terminated-detail", d),
            None => String::new(),
        },
    };
    StatusView {
        code: view.status.code(),
        label: status_label(lang, view.status),
        detail,
    }
}

/// City slug → name in the page language.
pub(super) async fn city_names(app: &App, lang: Lang) -> Result<HashMap<String, Text>, AppError> {
    Ok(app
        .cities()
        .await?
        .into_iter()
        .map(|c| (c.slug.clone(), Text::of(&c.name, lang)))
        .collect())
}

fn city_text(names: &HashMap<String, Text>, slug: &str) -> Text {
    names
        .get(slug)
        .cloned()
        .unwrap_or_else(|| Text::plain(slug))
}

/// Whether the viewer may start a partnership at all (admins; officials of a municipality).
fn may_create(ctx: &Ctx) -> bool {
    ctx.principal().is_some_and(|p| {
        p.is_admin()
            || p.org.as_ref().is_some_and(|o| {
                policy::create_partnership(Some(p), std::slice::from_ref(&o.city)).is_ok()
            })
    })
}

// ---------------------------------------------------------------- list

#[derive(Deserialize, Default)]
pub struct ListQuery {
    city: Option<String>,
    status: Option<String>,
    sort: Option<String>,
    done: Option<String>,
}

struct Card {
    slug: String,
    name: Text,
    cities: Vec<Text>,
    status: StatusView,
    signed_on: Option<When>,
    term_end: Option<When>,
    scope_changes: usize,
}

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "partnerships/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    can_create: bool,
    cards: Vec<Card>,
    total: usize,
    filtered: bool,
    city_choices: Vec<Choice>,
    status_choices: Vec<Choice>,
    sort_choices: Vec<Choice>,
}

const STATUSES: [Status; 5] = [
    Status::Draft,
    Status::Signed,
    Status::Active,
    Status::Expired,
    Status::Terminated,
];

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let lang = ctx.lang;
    let all = state.app.partnerships().await.page(&ctx)?;
    let names = city_names(&state.app, lang).await.page(&ctx)?;
    let city = q.city.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let status = q.status.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let sort = match q.sort.as_deref() {
        Some("signed") => "signed",
        Some("term_end") => "term_end",
        _ => "name",
    };
    let total = all.len();
    let mut views: Vec<PartnershipView> = all
        .into_iter()
        .filter(|v| city.is_none_or(|c| v.partnership.cities.iter().any(|x| x == c)))
        .filter(|v| status.is_none_or(|s| v.status.code() == s))
        .collect();
    match sort {
        "signed" => views.sort_by_key(|v| std::cmp::Reverse(v.state.signed_on)),
        "term_end" => views.sort_by_key(|v| std::cmp::Reverse(v.state.term_end)),
        _ => views.sort_by_key(|v| v.partnership.name.get(lang).to_lowercase()),
    }
    let cards = views
        .iter()
        .map(|v| Card {
            slug: v.partnership.slug.clone(),
            name: Text::of(&v.partnership.name, lang),
            cities: v
                .partnership
                .cities
                .iter()
                .map(|c| city_text(&names, c))
                .collect(),
            status: status_view(&ctx, v),
            signed_on: v.state.signed_on.map(|d| When::date(lang, d)),
            term_end: v.state.term_end.map(|d| When::date(lang, d)),
            scope_changes: v
                .partnership
                .events
                .iter()
                .filter(|e| e.kind == EventKind::ScopeChanged)
                .count(),
        })
        .collect();
    let mut city_list: Vec<(String, String)> = names
        .iter()
        .map(|(slug, t)| (slug.clone(), t.text.clone()))
        .collect();
    city_list.sort_by(|a, b| a.1.cmp(&b.1));
    let city_choices = city_list
        .into_iter()
        .map(|(slug, label)| Choice {
            selected: city == Some(slug.as_str()),
            value: slug,
            label,
        })
        .collect();
    let status_choices = STATUSES
        .iter()
        .map(|s| Choice {
            value: s.code().into(),
            label: status_label(lang, *s),
            selected: status == Some(s.code()),
        })
        .collect();
    let sort_choices = [
        ("name", "partnership-sort-name"),
        ("signed", "partnership-sort-signed"),
        ("term_end", "partnership-sort-term-end"),
    ]
    .iter()
    .map(|(value, key)| Choice {
        value: (*value).into(),
        label: ctx.t(key),
        selected: *value == sort,
    })
    .collect();
    let page = ListPage {
        title: ctx.t("partnership-list-title"),
        notice: done_notice(
            &ctx,
            q.done.as_deref(),
            &[("deleted", "partnership-done-deleted")],
        ),
        can_create: may_create(&ctx),
        cards,
        total,
        filtered: city.is_some() || status.is_some(),
        city_choices,
        status_choices,
        sort_choices,
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------- the agreement page

struct Link {
    href: String,
    name: Text,
}

struct PartyView {
    link: Link,
    role: Option<String>,
}

struct EventView {
    kind: &'static str,
    date: When,
    heading: String,
    areas: Vec<String>,
    sectors: Vec<String>,
    note: Option<Text>,
}

#[derive(Template)]
#[template(path = "partnerships/show.html")]
struct ShowPage {
    ctx: Ctx,
    title: String,
    slug: String,
    name: Text,
    notice: Option<String>,
    status: StatusView,
    cities: Vec<Link>,
    parties: Vec<PartyView>,
    signed_on: Option<When>,
    term_end: Option<When>,
    terminated_on: Option<When>,
    areas: Vec<String>,
    sectors: Vec<String>,
    events: Vec<EventView>,
    can_manage: bool,
    /// Managing, and the agreement not terminated (nothing can follow a termination).
    can_record: bool,
    can_delete: bool,
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    done: Option<String>,
}

pub(super) fn sector_label(slug: &str, lang: Lang) -> String {
    sectors::find(slug)
        .map(|s| s.label(lang).to_string())
        .unwrap_or_else(|| slug.to_string())
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let lang = ctx.lang;
    let view = state.app.partnership(&slug).await.page(&ctx)?;
    let names = city_names(&state.app, lang).await.page(&ctx)?;
    let mut parties = Vec::new();
    for party in &view.partnership.parties {
        let name = match state.app.organisation(&party.organisation).await {
            Ok(org) => Text::of(&org.name, lang),
            Err(AppError::NotFound) => Text::plain(party.organisation.clone()),
            Err(e) => return Err(e).page(&ctx),
        };
        parties.push(PartyView {
            link: Link {
                href: format!("/organisations/{}", party.organisation),
                name,
            },
            role: party.role.clone(),
        });
    }
    let date = |d: time::Date| When::date(lang, d);
    let events = view
        .partnership
        .events
        .iter()
        .map(|e| {
            let end = e.term_end.map(|d| common::long_date(lang, d));
            let heading = match (e.kind, end) {
                (EventKind::Signed, Some(end)) => {
                    i18n::t_args(lang, "partnership-event-signed-until", &[("end", end)])
                }
                (EventKind::Signed, None) => ctx.t("partnership-event-signed-open"),
                (EventKind::Extended, Some(end)) => {
                    i18n::t_args(lang, "partnership-event-extended-to", &[("end", end)])
                }
                (EventKind::Extended, None) => ctx.t("event-extended"),
                (EventKind::ScopeChanged, _) => ctx.t("partnership-event-scope-widened"),
                (EventKind::Terminated, _) => ctx.t("event-terminated"),
            };
            EventView {
                kind: e.kind.code(),
                date: date(e.date),
                heading,
                areas: e.areas.clone(),
                sectors: e.sectors.iter().map(|s| sector_label(s, lang)).collect(),
                note: (!e.note.is_empty()).then(|| Text::of(&e.note, lang)),
            }
        })
        .collect();
    let can_manage = policy::manage_partnership(ctx.principal(), &view.partnership).is_ok();
    let page = ShowPage {
        title: view.partnership.name.get(lang).to_string(),
        slug: view.partnership.slug.clone(),
        name: Text::of(&view.partnership.name, lang),
        notice: done_notice(
            &ctx,
            q.done.as_deref(),
            &[
                ("created", "partnership-done-created"),
                ("saved", "partnership-done-saved"),
                ("event", "partnership-done-event"),
            ],
        ),
        status: status_view(&ctx, &view),
        cities: view
            .partnership
            .cities
            .iter()
            .map(|c| Link {
                href: format!("/cities/{c}"),
                name: city_text(&names, c),
            })
            .collect(),
        parties,
        signed_on: view.state.signed_on.map(date),
        term_end: view.state.term_end.map(date),
        terminated_on: view.state.terminated_on.map(date),
        areas: view.state.areas.clone(),
        sectors: view
            .state
            .sectors
            .iter()
            .map(|s| sector_label(s, lang))
            .collect(),
        events,
        can_manage,
        can_record: can_manage && view.state.terminated_on.is_none(),
        can_delete: policy::delete_partnership(ctx.principal()).is_ok(),
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------- delete

#[derive(Template)]
#[template(path = "partnerships/delete.html")]
struct DeletePage {
    ctx: Ctx,
    title: String,
    slug: String,
    name: Text,
}

async fn delete_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state.app.partnership(&slug).await.page(&ctx)?;
    policy::delete_partnership(ctx.principal()).page(&ctx)?;
    let page = DeletePage {
        title: ctx.t("partnership-delete-title"),
        slug: view.partnership.slug.clone(),
        name: Text::of(&view.partnership.name, ctx.lang),
        ctx,
    };
    Ok(render(&page))
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    state
        .app
        .delete_partnership(ctx.principal(), &slug)
        .await
        .page(&ctx)?;
    Ok(Redirect::to("/partnerships?done=deleted").into_response())
}
