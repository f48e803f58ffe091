//! The signed-in user's own pages: their account, password, language and API tokens.

use super::partnerships::common::{Text, When, done_notice};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use city2city_app::{AppError, Principal};
use city2city_domain::accounts::check_password;
use city2city_domain::{Lang, Validation};
use city2city_store::ApiToken;
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account", get(show))
        .route(
            "/account/password",
            get(|| async { Redirect::to("/account#password") }).post(change_password),
        )
        .route("/account/tokens", get(tokens).post(create_token))
        .route(
            "/account/tokens/{id}/revoke",
            get(revoke_confirm).post(revoke),
        )
}

/// The signed-in principal, or the login page.
fn signed_in(ctx: &Ctx) -> Result<Principal, AppError> {
    ctx.principal.clone().ok_or(AppError::Unauthenticated)
}

pub fn role_label(ctx: &Ctx, role: city2city_domain::accounts::Role) -> String {
    ctx.t(&format!("role-{}", role.code()))
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    done: Option<String>,
}

// ---------------------------------------------------------------- the account page

struct LangChoice {
    code: &'static str,
    endonym: &'static str,
    href: String,
    current: bool,
}

struct OrgLink {
    slug: String,
    name: Text,
}

#[derive(Template)]
#[template(path = "account/show.html")]
struct AccountPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    name: String,
    email: String,
    role: String,
    organisation: Option<OrgLink>,
    langs: Vec<LangChoice>,
    errors: FieldErrors,
}

async fn account_page(
    state: &AppState,
    ctx: Ctx,
    p: &Principal,
    notice: Option<String>,
    errors: FieldErrors,
) -> Result<AccountPage, PageError> {
    let organisation = match &p.user.organisation {
        None => None,
        Some(slug) => match state.app.organisation(slug).await {
            Ok(o) => Some(OrgLink {
                slug: o.slug.clone(),
                name: Text::of(&o.name, ctx.lang),
            }),
            Err(AppError::NotFound) => None,
            Err(e) => return Err(e).page(&ctx),
        },
    };
    let langs = Lang::ALL
        .iter()
        .map(|l| LangChoice {
            code: l.code(),
            endonym: l.endonym(),
            href: format!("/lang/{}?next=/account", l.code()),
            current: *l == ctx.lang,
        })
        .collect();
    Ok(AccountPage {
        title: ctx.t("account-title"),
        notice,
        name: p.user.name.clone(),
        email: p.user.email.clone(),
        role: role_label(&ctx, p.user.role),
        organisation,
        langs,
        errors,
        ctx,
    })
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    let notice = done_notice(
        &ctx,
        q.done.as_deref(),
        &[("password", "account-done-password")],
    );
    let page = account_page(&state, ctx, &p, notice, FieldErrors::default()).await?;
    Ok(render(&page))
}

async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    let current = form.get("current_password");
    let new = form.get("new_password");
    let again = form.get("new_password_again");
    let result = if new != again {
        // Report everything that is wrong at once, without changing anything.
        let mut v = Validation::new();
        let record = state.app.store.user(p.user.id).await.page(&ctx)?;
        if !state.app.verify_password(current, &record.password_hash) {
            v.add(
                "current_password",
                "bad-credentials",
                "is not your current password",
            );
        }
        if let Err(msg) = check_password(new) {
            v.add("new_password", "weak-password", msg);
        }
        // No `err-` message exists for this code: the translated text is the fallback.
        v.add(
            "new_password_again",
            "account-passwords-differ",
            ctx.t("account-passwords-differ"),
        );
        Err(AppError::Validation(v))
    } else {
        state
            .app
            .change_password(&p, current, new, ctx.session.as_deref())
            .await
    };
    match result {
        Ok(()) => Ok(Redirect::to("/account?done=password").into_response()),
        Err(AppError::Validation(v)) => {
            let mut errors = FieldErrors::from_validation(&ctx, &v);
            // The login's message ("e-mail address or password is wrong") does not fit here.
            if errors.has("current_password") {
                errors = rebuild_current_password_error(&ctx, &v);
            }
            let page = account_page(&state, ctx, &p, None, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}

/// Field errors with the wrong current password worded for this form.
fn rebuild_current_password_error(ctx: &Ctx, v: &Validation) -> FieldErrors {
    let mut fixed = Validation::new();
    for e in &v.errors {
        if e.field == "current_password" {
            fixed.add(
                "current_password",
                "account-wrong-password",
                ctx.t("account-wrong-password"),
            );
        } else {
            fixed.errors.push(e.clone());
        }
    }
    FieldErrors::from_validation(ctx, &fixed)
}

// ---------------------------------------------------------------- API tokens

struct TokenRow {
    id: i64,
    name: String,
    prefix: String,
    created: When,
    last_used: Option<When>,
    revoked: Option<When>,
}

impl TokenRow {
    fn of(lang: Lang, t: &ApiToken) -> TokenRow {
        TokenRow {
            id: t.id,
            name: t.name.clone(),
            prefix: t.prefix.clone(),
            created: When::instant(lang, t.created_at),
            last_used: t.last_used_at.map(|d| When::instant(lang, d)),
            revoked: t.revoked_at.map(|d| When::instant(lang, d)),
        }
    }
}

#[derive(Template)]
#[template(path = "account/tokens.html")]
struct TokensPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    tokens: Vec<TokenRow>,
    name: String,
    errors: FieldErrors,
}

async fn tokens_page(
    state: &AppState,
    ctx: Ctx,
    p: &Principal,
    notice: Option<String>,
    name: String,
    errors: FieldErrors,
) -> Result<TokensPage, PageError> {
    let tokens = state.app.api_tokens(p).await.page(&ctx)?;
    Ok(TokensPage {
        title: ctx.t("token-title"),
        notice,
        tokens: tokens.iter().map(|t| TokenRow::of(ctx.lang, t)).collect(),
        name,
        errors,
        ctx,
    })
}

async fn tokens(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    let notice = done_notice(
        &ctx,
        q.done.as_deref(),
        &[("revoked", "token-done-revoked")],
    );
    let page = tokens_page(
        &state,
        ctx,
        &p,
        notice,
        String::new(),
        FieldErrors::default(),
    )
    .await?;
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "account/new_token.html")]
struct NewTokenPage {
    ctx: Ctx,
    title: String,
    name: String,
    secret: String,
    /// This server's address, for the example request.
    base_url: String,
}

/// Creates a token and shows its secret this once: answered directly (no redirect), never
/// cached.
async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    form: FormData,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    match state.app.create_api_token(&p, form.get("name")).await {
        Ok((secret, token)) => {
            let page = NewTokenPage {
                title: ctx.t("token-created-title"),
                name: token.name,
                secret,
                base_url: base_url(&ctx, &headers),
                ctx,
            };
            let mut res = render(&page);
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        Err(AppError::Validation(v)) => {
            let errors = FieldErrors::from_validation(&ctx, &v);
            let name = form.get("name").to_string();
            let page = tokens_page(&state, ctx, &p, None, name, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}

/// `scheme://host` of this request, as the browser sees it.
fn base_url(ctx: &Ctx, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = if ctx.cookie_secure { "https" } else { "http" };
    format!("{scheme}://{host}")
}

#[derive(Template)]
#[template(path = "account/revoke.html")]
struct RevokePage {
    ctx: Ctx,
    title: String,
    token: TokenRow,
}

/// One of the user's own tokens; anything else is not found.
async fn own_token(
    state: &AppState,
    ctx: &Ctx,
    p: &Principal,
    id: &str,
) -> Result<ApiToken, PageError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound).page(ctx)?;
    state
        .app
        .api_tokens(p)
        .await
        .page(ctx)?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(AppError::NotFound)
        .page(ctx)
}

async fn revoke_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    let token = own_token(&state, &ctx, &p, &id).await?;
    if token.revoked_at.is_some() {
        return Ok(Redirect::to("/account/tokens").into_response());
    }
    let page = RevokePage {
        title: ctx.t("token-revoke-title"),
        token: TokenRow::of(ctx.lang, &token),
        ctx,
    };
    Ok(render(&page))
}

async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx).page(&ctx)?;
    let token = own_token(&state, &ctx, &p, &id).await?;
    // Revoking twice (a double submission) is no error: the token is revoked either way.
    if token.revoked_at.is_none() {
        state.app.revoke_api_token(&p, token.id).await.page(&ctx)?;
    }
    Ok(Redirect::to("/account/tokens?done=revoked").into_response())
}
