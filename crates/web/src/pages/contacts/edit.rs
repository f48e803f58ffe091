//! The contact editor: a new contact of the editor's city, or changes to one.

use super::kind_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::opportunities::common::{Check, Opt, checks};
use crate::pages::organisations::{Text, lang_label, sector_label};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_domain::Lang;
use city2city_domain::contacts::{ContactInput, ContactKind, MAX_EXPERTISE, MAX_NAME};
use city2city_domain::sectors::SECTORS;

#[derive(Template)]
#[template(path = "contacts/edit.html")]
struct EditPage {
    ctx: Ctx,
    title: String,
    action: String,
    back: String,
    is_new: bool,
    cities: Vec<Opt>,
    kinds: Vec<Opt>,
    langs: Vec<Check>,
    sectors: Vec<Check>,
    typed: ContactInput,
    organisation: String,
    email: String,
    phone: String,
    website: String,
    consent_date: String,
    max_name: usize,
    max_expertise: usize,
    errors: FieldErrors,
}

fn read(form: &FormData) -> ContactInput {
    ContactInput {
        name: form.get("name").to_string(),
        organisation: form.opt("organisation"),
        kind: form.get("kind").trim().to_string(),
        city: form.get("city").trim().to_string(),
        expertise: form.get("expertise").to_string(),
        languages: form.all("languages"),
        sectors: form.all("sectors"),
        email: form.opt("email"),
        phone: form.opt("phone"),
        website: form.opt("website"),
        consent: form.checked("consent"),
        consent_date: form.opt("consent_date"),
    }
}

fn label_errors(ctx: &Ctx, errors: FieldErrors) -> FieldErrors {
    errors.labelled(|field| Some(ctx.t(&format!("contact-field-{}", field.replace('_', "-")))))
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    slug: Option<&str>,
    typed: ContactInput,
    errors: FieldErrors,
) -> Result<EditPage, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let (title, action, back) = match slug {
        Some(s) => (
            ctx.ta("contact-edit-title", "name", &typed.name),
            format!("/contacts/{s}/edit"),
            format!("/contacts/{s}"),
        ),
        None => (
            ctx.t("contact-new-title"),
            "/contacts".to_string(),
            "/contacts".to_string(),
        ),
    };
    let langs = checks(
        "languages",
        Lang::ALL
            .into_iter()
            .map(|l| {
                (
                    l.code().to_string(),
                    lang_label(&ctx, l),
                    typed.languages.iter().any(|x| x == l.code()),
                )
            })
            .collect(),
    );
    let sectors = checks(
        "sectors",
        SECTORS
            .iter()
            .map(|s| {
                (
                    s.slug.to_string(),
                    sector_label(&ctx, s.slug),
                    typed.sectors.iter().any(|x| x == s.slug),
                )
            })
            .collect(),
    );
    Ok(EditPage {
        title,
        action,
        back,
        is_new: slug.is_none(),
        cities: cities
            .iter()
            .filter(|c| city2city_app::policy::may_write_contact(ctx.principal(), &c.slug))
            .map(|c| {
                Opt::new(
                    &c.slug,
                    Text::of(&c.name, ctx.lang).text,
                    c.slug == typed.city,
                )
            })
            .collect(),
        kinds: ContactKind::ALL
            .iter()
            .map(|k| Opt::new(k.code(), kind_label(&ctx, *k), typed.kind == k.code()))
            .collect(),
        langs,
        sectors,
        organisation: typed.organisation.clone().unwrap_or_default(),
        email: typed.email.clone().unwrap_or_default(),
        phone: typed.phone.clone().unwrap_or_default(),
        website: typed.website.clone().unwrap_or_default(),
        consent_date: typed.consent_date.clone().unwrap_or_default(),
        typed,
        max_name: MAX_NAME,
        max_expertise: MAX_EXPERTISE,
        errors: label_errors(&ctx, errors),
        ctx,
    })
}

async fn again(
    state: &AppState,
    ctx: Ctx,
    slug: Option<&str>,
    typed: ContactInput,
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
    let city = p.org.as_ref().map(|o| o.city.clone()).unwrap_or_default();
    if !city2city_app::policy::may_write_contact(ctx.principal(), &city) && !p.is_admin() {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let typed = ContactInput {
        city,
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
    match state
        .app
        .create_contact(ctx.principal(), typed.clone())
        .await
    {
        Ok(v) => Ok(
            Redirect::to(&format!("/contacts/{}?done=created#notice", v.contact.slug))
                .into_response(),
        ),
        Err(e) => again(&state, ctx, None, typed, e).await,
    }
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state.app.contact(ctx.principal(), &slug).await.page(&ctx)?;
    if !view.can_edit {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let c = view.contact;
    let typed = ContactInput {
        name: c.name,
        organisation: c.organisation,
        kind: c.kind.code().into(),
        city: c.city,
        expertise: c.expertise,
        languages: c.languages.iter().map(|l| l.code().to_string()).collect(),
        sectors: c.sectors,
        email: c.email,
        phone: c.phone,
        website: c.website,
        consent: c.consent,
        consent_date: c.consent_date.map(|d| d.to_string()),
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
        .update_contact(ctx.principal(), &slug, typed.clone())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/contacts/{slug}?done=updated#notice")).into_response()),
        Err(e) => again(&state, ctx, Some(&slug), typed, e).await,
    }
}
