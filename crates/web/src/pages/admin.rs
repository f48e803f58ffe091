//! Administration: accounts (list, create, change access) and the audit log. Admins only.

use super::account::role_label;
use super::layout::Pagination;
use super::partnerships::common::{Text, When, all_organisations, done_notice};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use city2city_app::users::UserInput;
use city2city_app::{App, AppError, policy};
use city2city_domain::accounts::{Role, User};
use city2city_domain::organisations::OrgKind;
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(|| async { Redirect::to("/admin/users") }))
        .route("/admin/users", get(users).post(create_user))
        .route("/admin/users/new", get(new_user))
        .route("/admin/users/{id}/edit", get(edit_user).post(update_user))
        .route("/admin/audit", get(audit))
}

const USERS_PER_PAGE: i64 = 50;
const AUDIT_PER_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    page: Option<String>,
    done: Option<String>,
}

impl PageQuery {
    fn page(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .max(1)
    }
}

struct OrgLink {
    slug: String,
    name: Text,
}

/// Organisation slug → name in the page language.
async fn org_names(app: &App, ctx: &Ctx) -> Result<HashMap<String, Text>, PageError> {
    Ok(all_organisations(app)
        .await
        .page(ctx)?
        .into_iter()
        .map(|o| (o.slug.clone(), Text::of(&o.name, ctx.lang)))
        .collect())
}

// ---------------------------------------------------------------- accounts

struct UserRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    organisation: Option<OrgLink>,
    disabled: bool,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    rows: Vec<UserRow>,
    pagination: Pagination,
}

async fn users(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, PageError> {
    let page = state
        .app
        .users(ctx.principal(), q.page(), USERS_PER_PAGE)
        .await
        .page(&ctx)?;
    if page.items.is_empty() && page.page > 1 {
        return Err(AppError::NotFound).page(&ctx);
    }
    let names = org_names(&state.app, &ctx).await?;
    let rows = page
        .items
        .iter()
        .map(|u| UserRow {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            role: role_label(&ctx, u.role),
            organisation: u.organisation.as_ref().map(|slug| OrgLink {
                slug: slug.clone(),
                name: names
                    .get(slug)
                    .cloned()
                    .unwrap_or_else(|| Text::plain(slug.clone())),
            }),
            disabled: u.disabled,
        })
        .collect();
    let pagination = Pagination::new(&page, "/admin/users", &[]);
    let page = UsersPage {
        title: ctx.t("admin-users-title"),
        notice: done_notice(
            &ctx,
            q.done.as_deref(),
            &[
                ("created", "admin-done-created"),
                ("saved", "admin-done-saved"),
            ],
        ),
        rows,
        pagination,
        ctx,
    };
    Ok(render(&page))
}

struct Choice {
    value: String,
    label: Text,
    selected: bool,
}

struct OrgGroup {
    label: String,
    options: Vec<Choice>,
}

fn role_choices(ctx: &Ctx, selected: &str) -> Vec<Choice> {
    Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.code().into(),
            label: Text::plain(role_label(ctx, *r)),
            selected: r.code() == selected,
        })
        .collect()
}

/// Every organisation, grouped by kind, names with their city.
async fn org_groups(app: &App, ctx: &Ctx, selected: &str) -> Result<Vec<OrgGroup>, PageError> {
    let lang = ctx.lang;
    let orgs = all_organisations(app).await.page(ctx)?;
    let cities: HashMap<String, String> = app
        .cities()
        .await
        .page(ctx)?
        .into_iter()
        .map(|c| (c.slug.clone(), c.name.get(lang).to_string()))
        .collect();
    let mut groups = Vec::new();
    for kind in OrgKind::ALL {
        let mut options: Vec<(String, Choice)> = orgs
            .iter()
            .filter(|o| o.kind == kind)
            .map(|o| {
                let name = Text::of(&o.name, lang);
                let city = cities
                    .get(&o.city)
                    .cloned()
                    .unwrap_or_else(|| o.city.clone());
                (
                    name.text.to_lowercase(),
                    Choice {
                        value: o.slug.clone(),
                        label: Text {
                            text: format!("{} ({city})", name.text),
                            lang: name.lang,
                        },
                        selected: o.slug == selected,
                    },
                )
            })
            .collect();
        if options.is_empty() {
            continue;
        }
        options.sort_by(|a, b| a.0.cmp(&b.0));
        groups.push(OrgGroup {
            label: ctx.t(&format!("kind-{}", kind.code())),
            options: options.into_iter().map(|(_, c)| c).collect(),
        });
    }
    Ok(groups)
}

#[derive(Template)]
#[template(path = "admin/user_new.html")]
struct NewUserPage {
    ctx: Ctx,
    title: String,
    email: String,
    name: String,
    roles: Vec<Choice>,
    orgs: Vec<OrgGroup>,
    errors: FieldErrors,
}

async fn new_user_page(
    state: &AppState,
    ctx: Ctx,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<NewUserPage, PageError> {
    let get = |name: &str| form.map(|f| f.get(name).to_string()).unwrap_or_default();
    let role = form
        .map(|f| f.get("role").to_string())
        .unwrap_or_else(|| "staff".into());
    let orgs = org_groups(&state.app, &ctx, &get("organisation")).await?;
    Ok(NewUserPage {
        title: ctx.t("admin-user-new-title"),
        email: get("email"),
        name: get("name"),
        roles: role_choices(&ctx, &role),
        orgs,
        errors,
        ctx,
    })
}

async fn new_user(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    policy::manage_users(ctx.principal()).page(&ctx)?;
    let page = new_user_page(&state, ctx, None, FieldErrors::default()).await?;
    Ok(render(&page))
}

/// Errors of a failed save, for the form; anything else becomes an error page.
fn form_errors(ctx: &Ctx, e: AppError) -> Result<FieldErrors, AppError> {
    match e {
        AppError::Validation(v) => Ok(FieldErrors::from_validation(ctx, &v)),
        AppError::Conflict { field, .. } => {
            let field = if field == "id" { "email".into() } else { field };
            Ok(FieldErrors::single(&field, ctx.t("err-taken")))
        }
        e => Err(e),
    }
}

async fn create_user(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let input = UserInput {
        email: form.get("email").to_string(),
        name: form.get("name").to_string(),
        role: form.get("role").to_string(),
        organisation: form.opt("organisation"),
        password: form.get("password").to_string(),
    };
    match state.app.create_user(ctx.principal(), input).await {
        Ok(_) => Ok(Redirect::to("/admin/users?done=created").into_response()),
        Err(e) => {
            let errors = form_errors(&ctx, e).page(&ctx)?;
            let page = new_user_page(&state, ctx, Some(&form), errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "admin/user_edit.html")]
struct EditUserPage {
    ctx: Ctx,
    title: String,
    user: User,
    roles: Vec<Choice>,
    orgs: Vec<OrgGroup>,
    disabled: bool,
    is_self: bool,
    errors: FieldErrors,
}

async fn load_user(state: &AppState, ctx: &Ctx, id: &str) -> Result<User, PageError> {
    policy::manage_users(ctx.principal()).page(ctx)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound).page(ctx)?;
    Ok(state.app.store.user(id).await.page(ctx)?.user)
}

async fn edit_user_page(
    state: &AppState,
    ctx: Ctx,
    user: User,
    role: &str,
    organisation: &str,
    disabled: bool,
    errors: FieldErrors,
) -> Result<EditUserPage, PageError> {
    let orgs = org_groups(&state.app, &ctx, organisation).await?;
    Ok(EditUserPage {
        title: ctx.t("admin-user-edit-title"),
        roles: role_choices(&ctx, role),
        orgs,
        disabled,
        is_self: ctx.principal().is_some_and(|p| p.user.id == user.id),
        user,
        errors,
        ctx,
    })
}

async fn edit_user(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let user = load_user(&state, &ctx, &id).await?;
    let role = user.role.code();
    let org = user.organisation.clone().unwrap_or_default();
    let disabled = user.disabled;
    let page = edit_user_page(
        &state,
        ctx,
        user,
        role,
        &org,
        disabled,
        FieldErrors::default(),
    )
    .await?;
    Ok(render(&page))
}

async fn update_user(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let user = load_user(&state, &ctx, &id).await?;
    let organisation = form.opt("organisation");
    let disabled = form.checked("disabled");
    match state
        .app
        .update_user_access(
            ctx.principal(),
            user.id,
            form.get("role"),
            organisation.as_deref(),
            disabled,
        )
        .await
    {
        Ok(_) => Ok(Redirect::to("/admin/users?done=saved").into_response()),
        Err(e) => {
            let errors = form_errors(&ctx, e).page(&ctx)?;
            let page = edit_user_page(
                &state,
                ctx,
                user,
                form.get("role"),
                form.get("organisation"),
                disabled,
                errors,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
    }
}

// ---------------------------------------------------------------- audit log

struct AuditRow {
    at: When,
    actor: String,
    actor_href: Option<String>,
    action: String,
    entity: String,
    entity_id: String,
    before: Option<String>,
    after: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: Ctx,
    title: String,
    rows: Vec<AuditRow>,
    page: i64,
    prev_href: Option<String>,
    next_href: Option<String>,
}

fn pretty(json: Option<&str>) -> Option<String> {
    let json = json?;
    Some(
        serde_json::from_str::<serde_json::Value>(json)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| json.to_string()),
    )
}

async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, PageError> {
    policy::view_audit_log(ctx.principal()).page(&ctx)?;
    let page = q.page();
    // One more than shown tells whether an older page exists.
    let mut entries = state
        .app
        .store
        .audit_log(None, AUDIT_PER_PAGE + 1, (page - 1) * AUDIT_PER_PAGE)
        .await
        .page(&ctx)?;
    let has_next = entries.len() as i64 > AUDIT_PER_PAGE;
    entries.truncate(AUDIT_PER_PAGE as usize);
    if entries.is_empty() && page > 1 {
        return Err(AppError::NotFound).page(&ctx);
    }
    let rows = entries
        .iter()
        .map(|e| AuditRow {
            at: When::instant(ctx.lang, e.at),
            actor: e.actor.clone(),
            actor_href: e.actor_user_id.map(|id| format!("/admin/users/{id}/edit")),
            action: e.action.clone(),
            entity: e.entity.clone(),
            entity_id: e.entity_id.clone(),
            before: pretty(e.before_json.as_deref()),
            after: pretty(e.after_json.as_deref()),
        })
        .collect();
    let page_view = AuditPage {
        title: ctx.t("audit-title"),
        rows,
        page,
        prev_href: (page > 1).then(|| format!("/admin/audit?page={}", page - 1)),
        next_href: has_next.then(|| format!("/admin/audit?page={}", page + 1)),
        ctx,
    };
    Ok(render(&page_view))
}
