//! The pack editor: a new pack (city, topic, language, then its text) or changes to one (its
//! city, topic and language make its address and stay).

use super::topic_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Text, lang_label};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_domain::Lang;
use city2city_domain::packs::{MAX_PACK_BODY, MAX_PACK_TITLE, PackInput, Topic};

#[derive(Template)]
#[template(path = "packs/edit.html")]
struct EditPage {
    ctx: Ctx,
    title: String,
    action: String,
    back: String,
    is_new: bool,
    cities: Vec<Opt>,
    topics: Vec<Opt>,
    langs: Vec<Opt>,
    typed: PackInput,
    max_title: usize,
    max_body: usize,
    errors: FieldErrors,
}

fn read(form: &FormData) -> PackInput {
    PackInput {
        city: form.get("city").trim().to_string(),
        topic: form.get("topic").trim().to_string(),
        lang: form.get("lang").trim().to_string(),
        title: form.get("title").to_string(),
        body: form.get("body").to_string(),
        public: form.checked("public"),
        last_reviewed: form.get("last_reviewed").trim().to_string(),
    }
}

/// Error messages of the summary name their field.
fn label_errors(ctx: &Ctx, errors: FieldErrors) -> FieldErrors {
    errors.labelled(|field| Some(ctx.t(&format!("pack-field-{}", field.replace('_', "-")))))
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    slug: Option<&str>,
    typed: PackInput,
    errors: FieldErrors,
) -> Result<EditPage, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let (title, action, back) = match slug {
        Some(s) => (
            ctx.ta("pack-edit-title", "title", &typed.title),
            format!("/packs/{s}/edit"),
            format!("/packs/{s}"),
        ),
        None => (
            ctx.t("pack-new-title"),
            "/packs".to_string(),
            "/packs".to_string(),
        ),
    };
    Ok(EditPage {
        title,
        action,
        back,
        is_new: slug.is_none(),
        cities: cities
            .iter()
            .filter(|c| city2city_app::policy::may_write_pack(ctx.principal(), &c.slug))
            .map(|c| {
                Opt::new(
                    &c.slug,
                    Text::of(&c.name, ctx.lang).text,
                    c.slug == typed.city,
                )
            })
            .collect(),
        topics: Topic::ALL
            .iter()
            .map(|t| Opt::new(t.code(), topic_label(&ctx, *t), typed.topic == t.code()))
            .collect(),
        langs: Lang::ALL
            .into_iter()
            .map(|l| Opt::new(l.code(), lang_label(&ctx, l), typed.lang == l.code()))
            .collect(),
        typed,
        max_title: MAX_PACK_TITLE,
        max_body: MAX_PACK_BODY,
        errors: label_errors(&ctx, errors),
        ctx,
    })
}

async fn again(
    state: &AppState,
    ctx: Ctx,
    slug: Option<&str>,
    typed: PackInput,
    e: AppError,
) -> Result<Response, PageError> {
    let errors = match e {
        AppError::Validation(v) => FieldErrors::from_validation(&ctx, &v),
        e => return Err(e).page(&ctx),
    };
    let p = page(state, ctx, slug, typed, errors).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&p)).into_response())
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let p = ctx
        .principal()
        .ok_or(AppError::Unauthenticated)
        .page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    if !cities
        .iter()
        .any(|c| city2city_app::policy::may_write_pack(ctx.principal(), &c.slug))
    {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let typed = PackInput {
        city: p.org.as_ref().map(|o| o.city.clone()).unwrap_or_default(),
        lang: ctx.lang.code().to_string(),
        public: true,
        last_reviewed: city2city_store::now().date().to_string(),
        ..Default::default()
    };
    let page = page(&state, ctx, None, typed, FieldErrors::default()).await?;
    Ok(render(&page))
}

pub(super) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let typed = read(&form);
    match state.app.create_pack(ctx.principal(), typed.clone()).await {
        Ok(v) => Ok(
            Redirect::to(&format!("/packs/{}?done=created#notice", v.pack.slug)).into_response(),
        ),
        Err(e) => again(&state, ctx, None, typed, e).await,
    }
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state.app.pack(ctx.principal(), &slug).await.page(&ctx)?;
    if !view.can_edit {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let p = view.pack;
    let typed = PackInput {
        city: p.city,
        topic: p.topic.code().into(),
        lang: p.lang.code().into(),
        title: p.title,
        body: p.body,
        public: p.public,
        last_reviewed: p.last_reviewed.to_string(),
    };
    let page = page(&state, ctx, Some(&slug), typed, FieldErrors::default()).await?;
    Ok(render(&page))
}

pub(super) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let typed = read(&form);
    match state
        .app
        .update_pack(ctx.principal(), &slug, typed.clone())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/packs/{slug}?done=updated#notice")).into_response()),
        Err(e) => again(&state, ctx, Some(&slug), typed, e).await,
    }
}
