//! Signing in and out, and the language switch.

use super::safe_next;
use crate::AppState;
use crate::ctx::{Ctx, LANG_COOKIE, SESSION_COOKIE};
use crate::error::{PageError, render};
use crate::form::{FieldErrors, FormData};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::auth::SESSION_DAYS;
use city2city_domain::Lang;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    title: String,
    email: String,
    next: String,
    errors: FieldErrors,
}

pub async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    if ctx.signed_in() {
        return Redirect::to(&safe_next(q.next.as_deref())).into_response();
    }
    let page = LoginPage {
        title: ctx.t("login-title"),
        email: String::new(),
        next: safe_next(q.next.as_deref()),
        errors: FieldErrors::default(),
        ctx,
    };
    render(&page)
}

pub async fn login(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Response {
    let next = safe_next(Some(form.get("next")));
    match state
        .app
        .login(form.get("email"), form.get("password"), &ctx.client)
        .await
    {
        Ok((secret, principal)) => {
            let mut res = Redirect::to(&next).into_response();
            res.headers_mut().append(
                header::SET_COOKIE,
                ctx.cookie(SESSION_COOKIE, &secret, SESSION_DAYS * 86400),
            );
            // The language used before signing in becomes the account's, unless it has one.
            if principal.user.lang.is_none() {
                let _ = state
                    .app
                    .store
                    .set_user_lang(principal.user.id, ctx.lang)
                    .await;
            }
            res
        }
        Err(AppError::Validation(v)) => {
            let errors = FieldErrors::from_validation(&ctx, &v);
            let page = LoginPage {
                title: ctx.t("login-title"),
                email: form.get("email").to_string(),
                next,
                errors,
                ctx,
            };
            (StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response()
        }
        Err(e) => PageError { error: e, ctx }.into_response(),
    }
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx, _form: FormData) -> Response {
    if let Some(secret) = &ctx.session
        && let Err(e) = state.app.logout(secret).await
    {
        return PageError { error: e, ctx }.into_response();
    }
    let mut res = Redirect::to("/").into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, ctx.cookie(SESSION_COOKIE, "", 0));
    res
}

/// Sets the language cookie (and the account's language) and returns to the page.
pub async fn switch_language(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(q): Query<NextQuery>,
) -> Response {
    let Some(lang) = Lang::parse(&code) else {
        return PageError {
            error: AppError::NotFound,
            ctx,
        }
        .into_response();
    };
    if let Some(p) = ctx.principal()
        && let Err(e) = state.app.store.set_user_lang(p.user.id, lang).await
    {
        tracing::warn!(error = %e, "saving the account's language");
    }
    let mut res = Redirect::to(&safe_next(q.next.as_deref())).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        ctx.cookie(LANG_COOKIE, lang.code(), 365 * 86400),
    );
    res
}
