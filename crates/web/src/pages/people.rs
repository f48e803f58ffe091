//! People: the directory of contact persons (names and titles for everyone, e-mail and phone
//! only for whom the policy allows), one person's page, and the forms to add, change and
//! remove a person.

use super::layout::Pagination;
use super::organisations::{
    Choice, LangInput, Params, Text, all_languages, form_errors, lang_inputs, lang_label,
    langs_label, relink, summary, tel_href,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use city2city_app::{AppError, policy};
use city2city_domain::organisations::Organisation;
use city2city_domain::people::{Person, PersonInput};
use city2city_domain::{Lang, Localized};
use city2city_store::{OrgQuery, OrgSort, PeopleQuery};
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/people", get(list))
        .route("/people/new", get(new_form).post(create))
        .route("/people/{id}", get(detail))
        .route("/people/{id}/edit", get(edit_form).post(update))
        .route("/people/{id}/delete", get(delete_form).post(delete))
}

const PER_PAGE: i64 = 25;

/// Organisations for selects and names: the first 200 by name.
async fn organisations(state: &AppState, ctx: &Ctx) -> Result<Vec<Organisation>, PageError> {
    Ok(state
        .app
        .organisations(&OrgQuery {
            sort: OrgSort::Name,
            page: 1,
            per_page: 200,
            ..Default::default()
        })
        .await
        .page(ctx)?
        .items)
}

#[allow(clippy::result_large_err)]
fn parse_id(ctx: &Ctx, id: &str) -> Result<i64, PageError> {
    id.parse::<i64>().map_err(|_| PageError {
        error: AppError::NotFound,
        ctx: ctx.clone(),
    })
}

// ---------------------------------------------------------------------------------------------
// The list.

struct Row {
    id: i64,
    name: Text,
    title: Option<Text>,
    org_slug: String,
    org_name: Text,
    languages: String,
    email: Option<String>,
    phone: Option<String>,
    tel: String,
}

#[derive(Template)]
#[template(path = "people/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    q: String,
    orgs: Vec<Choice>,
    filtered: bool,
    add_href: Option<String>,
    show_contacts: bool,
    rows: Vec<Row>,
    pagination: Pagination,
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let q = params.get("q");
    let organisation = params.opt("organisation");
    let result = state
        .app
        .people(
            ctx.principal(),
            &PeopleQuery {
                organisation: organisation.clone(),
                q: Some(q.clone()).filter(|s| !s.is_empty()),
                page: params.page(),
                per_page: PER_PAGE,
            },
        )
        .await
        .page(&ctx)?;
    let mut orgs = organisations(&state, &ctx).await?;
    // Organisations beyond the first 200 that this page shows.
    for slug in result
        .items
        .iter()
        .map(|p| p.organisation.clone())
        .chain(organisation.clone())
    {
        if !orgs.iter().any(|o| o.slug == slug)
            && let Ok(o) = state.app.organisation(&slug).await
        {
            orgs.push(o);
        }
    }
    let by_slug: HashMap<&str, &Organisation> = orgs.iter().map(|o| (o.slug.as_str(), o)).collect();
    let rows: Vec<Row> = result
        .items
        .iter()
        .map(|p| Row {
            id: p.id,
            name: Text::guess(&p.name, ctx.lang),
            title: Text::opt(&p.title, ctx.lang),
            org_slug: p.organisation.clone(),
            org_name: by_slug
                .get(p.organisation.as_str())
                .map(|o| Text::of(&o.name, ctx.lang))
                .unwrap_or_else(|| Text::in_lang(&p.organisation, ctx.lang, ctx.lang)),
            languages: langs_label(&ctx, &p.languages),
            email: p.email.clone(),
            phone: p.phone.clone(),
            tel: tel_href(p.phone.as_deref().unwrap_or("")),
        })
        .collect();
    let pagination = Pagination::new(
        &result,
        "/people",
        &[
            ("q", q.clone()),
            ("organisation", organisation.clone().unwrap_or_default()),
        ],
    );
    // Adding a person: to the organisation shown, else to the viewer's own.
    let add_to = organisation
        .as_deref()
        .and_then(|s| by_slug.get(s).copied())
        .or_else(|| {
            ctx.principal()
                .and_then(|p| p.org.as_ref())
                .and_then(|o| by_slug.get(o.slug.as_str()).copied())
        })
        .filter(|o| super::organisations::can_edit(&ctx, o));
    let add_href = add_to
        .map(|o| format!("/people/new?organisation={}", o.slug))
        .or_else(|| ctx.is_admin().then(|| "/people/new".to_string()));
    let org_choices = orgs
        .iter()
        .map(|o| {
            Choice::new(
                "organisation",
                &o.slug,
                o.name.get(ctx.lang).to_string(),
                organisation.as_deref() == Some(o.slug.as_str()),
            )
        })
        .collect();
    let page = ListPage {
        title: ctx.t("person-list-title"),
        notice: params.notice(&ctx, "person", &["deleted"]),
        filtered: !q.is_empty() || organisation.is_some(),
        show_contacts: rows.iter().any(|r| r.email.is_some() || r.phone.is_some()),
        q,
        orgs: org_choices,
        add_href,
        rows,
        pagination,
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------------------------------------
// One person.

#[derive(Template)]
#[template(path = "people/detail.html")]
struct DetailPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    id: i64,
    name: Text,
    org_slug: String,
    org_name: Text,
    titles: Vec<(String, Text)>,
    languages: String,
    email: Option<String>,
    phone: Option<String>,
    tel: String,
    can_edit: bool,
}

async fn detail(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let id = parse_id(&ctx, &id)?;
    let p = state.app.person(ctx.principal(), id).await.page(&ctx)?;
    let org = state.app.organisation(&p.organisation).await.page(&ctx)?;
    let page = DetailPage {
        title: p.name.clone(),
        notice: params.notice(&ctx, "person", &["created", "saved"]),
        id: p.id,
        name: Text::guess(&p.name, ctx.lang),
        org_slug: org.slug.clone(),
        org_name: Text::of(&org.name, ctx.lang),
        titles: all_languages(&ctx, &p.title),
        languages: langs_label(&ctx, &p.languages),
        email: p.email.clone(),
        tel: tel_href(p.phone.as_deref().unwrap_or("")),
        phone: p.phone.clone(),
        can_edit: super::organisations::can_edit(&ctx, &org),
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------------------------------------
// Add and change.

#[derive(Debug, Clone, Default)]
struct PersonFields {
    organisation: String,
    name: String,
    title_bg: String,
    title_de: String,
    title_en: String,
    email: String,
    phone: String,
    languages: Vec<Lang>,
}

impl PersonFields {
    fn of(p: &Person) -> PersonFields {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        PersonFields {
            organisation: p.organisation.clone(),
            name: p.name.clone(),
            title_bg: s(&p.title.bg),
            title_de: s(&p.title.de),
            title_en: s(&p.title.en),
            email: s(&p.email),
            phone: s(&p.phone),
            languages: p.languages.clone(),
        }
    }

    fn from_form(form: &FormData) -> PersonFields {
        PersonFields {
            organisation: form.get("organisation").trim().to_string(),
            name: form.get("name").to_string(),
            title_bg: form.get("title_bg").to_string(),
            title_de: form.get("title_de").to_string(),
            title_en: form.get("title_en").to_string(),
            email: form.get("email").trim().to_string(),
            phone: form.get("phone").trim().to_string(),
            languages: Lang::ALL
                .into_iter()
                .filter(|l| form.all("languages").iter().any(|v| v == l.code()))
                .collect(),
        }
    }

    fn input(&self) -> PersonInput {
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        PersonInput {
            organisation: self.organisation.clone(),
            name: self.name.clone(),
            title: Localized::new(
                Some(self.title_bg.clone()),
                Some(self.title_de.clone()),
                Some(self.title_en.clone()),
            ),
            email: opt(&self.email),
            phone: opt(&self.phone),
            languages: self.languages.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "people/form.html")]
struct FormPage {
    ctx: Ctx,
    title: String,
    is_new: bool,
    action: String,
    cancel: String,
    f: PersonFields,
    orgs: Vec<Choice>,
    lang_group: &'static str,
    lang_legend: String,
    lang_hint: String,
    lang_inputs: Vec<LangInput>,
    languages: Vec<Choice>,
    errors: FieldErrors,
}

const PERSON_FIELDS: &[&str] = &[
    "name",
    "organisation",
    "title_bg",
    "title_de",
    "title_en",
    "email",
    "phone",
    "languages",
];

/// The organisations whose people the viewer may change, by name.
async fn editable_organisations(
    state: &AppState,
    ctx: &Ctx,
    keep: &str,
) -> Result<Vec<Organisation>, PageError> {
    let mut orgs: Vec<Organisation> = organisations(state, ctx)
        .await?
        .into_iter()
        .filter(|o| policy::edit_people_of(ctx.principal(), &summary(o)).is_ok())
        .collect();
    // The viewer's own organisation and the one asked for, even beyond the first 200.
    let own = ctx
        .principal()
        .and_then(|p| p.org.as_ref())
        .map(|o| o.slug.clone());
    for slug in [Some(keep.to_string()), own].into_iter().flatten() {
        if !slug.is_empty()
            && !orgs.iter().any(|o| o.slug == slug)
            && let Ok(o) = state.app.organisation(&slug).await
            && policy::edit_people_of(ctx.principal(), &summary(&o)).is_ok()
        {
            orgs.push(o);
        }
    }
    Ok(orgs)
}

impl FormPage {
    fn new(
        ctx: Ctx,
        current: Option<&Person>,
        f: PersonFields,
        orgs: &[Organisation],
        mut errors: FieldErrors,
    ) -> FormPage {
        relink(&mut errors, "languages", "languages-bg");
        let org_choices = orgs
            .iter()
            .map(|o| {
                Choice::new(
                    "organisation",
                    &o.slug,
                    o.name.get(ctx.lang).to_string(),
                    f.organisation == o.slug,
                )
            })
            .collect();
        let languages = Lang::ALL
            .iter()
            .map(|l| {
                Choice::new(
                    "languages",
                    l.code(),
                    lang_label(&ctx, *l),
                    f.languages.contains(l),
                )
            })
            .collect();
        let (title, action, cancel) = match current {
            None => (
                ctx.t("person-new-title"),
                "/people/new".to_string(),
                if f.organisation.is_empty() {
                    "/people".to_string()
                } else {
                    format!("/organisations/{}", f.organisation)
                },
            ),
            Some(p) => (
                ctx.ta("person-edit-title", "name", &p.name),
                format!("/people/{}/edit", p.id),
                format!("/people/{}", p.id),
            ),
        };
        FormPage {
            title,
            is_new: current.is_none(),
            action,
            cancel,
            lang_group: "title",
            lang_legend: ctx.t("person-field-titles"),
            lang_hint: ctx.t("person-hint-titles"),
            lang_inputs: lang_inputs(&ctx, "title", [&f.title_bg, &f.title_de, &f.title_en]),
            f,
            orgs: org_choices,
            languages,
            errors,
            ctx,
        }
    }
}

async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    if !ctx.signed_in() {
        return Err(AppError::Unauthenticated).page(&ctx);
    }
    let wanted = params.get("organisation");
    let orgs = editable_organisations(&state, &ctx, &wanted).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let own = ctx
        .principal()
        .and_then(|p| p.org.as_ref())
        .map(|o| o.slug.clone())
        .unwrap_or_default();
    let organisation = [wanted, own]
        .into_iter()
        .find(|s| orgs.iter().any(|o| o.slug == *s))
        .unwrap_or_default();
    let f = PersonFields {
        organisation,
        ..Default::default()
    };
    Ok(render(&FormPage::new(
        ctx,
        None,
        f,
        &orgs,
        FieldErrors::default(),
    )))
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let f = PersonFields::from_form(&form);
    match state.app.create_person(ctx.principal(), f.input()).await {
        Ok(p) => Ok(Redirect::to(&format!("/people/{}?done=created", p.id)).into_response()),
        Err(e) => {
            let (status, errors) = form_errors(
                &ctx,
                e,
                PERSON_FIELDS,
                Some(("organisation", "person-error-not-allowed")),
            )?;
            let orgs = editable_organisations(&state, &ctx, &f.organisation).await?;
            let page = FormPage::new(ctx, None, f, &orgs, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let p = state.app.person(ctx.principal(), id).await.page(&ctx)?;
    let org = state.app.organisation(&p.organisation).await.page(&ctx)?;
    policy::edit_people_of(ctx.principal(), &summary(&org)).page(&ctx)?;
    let orgs = editable_organisations(&state, &ctx, &p.organisation).await?;
    let f = PersonFields::of(&p);
    Ok(render(&FormPage::new(
        ctx,
        Some(&p),
        f,
        &orgs,
        FieldErrors::default(),
    )))
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let current = state.app.person(ctx.principal(), id).await.page(&ctx)?;
    let f = PersonFields::from_form(&form);
    match state
        .app
        .update_person(ctx.principal(), id, f.input())
        .await
    {
        Ok(p) => Ok(Redirect::to(&format!("/people/{}?done=saved", p.id)).into_response()),
        Err(e) => {
            let (status, errors) = form_errors(
                &ctx,
                e,
                PERSON_FIELDS,
                Some(("organisation", "person-error-not-allowed")),
            )?;
            let orgs = editable_organisations(&state, &ctx, &current.organisation).await?;
            let page = FormPage::new(ctx, Some(&current), f, &orgs, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Remove.

#[derive(Template)]
#[template(path = "people/delete.html")]
struct DeletePage {
    ctx: Ctx,
    title: String,
    id: i64,
    name: Text,
    org_name: Text,
}

async fn delete_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let p = state.app.person(ctx.principal(), id).await.page(&ctx)?;
    let org = state.app.organisation(&p.organisation).await.page(&ctx)?;
    policy::edit_people_of(ctx.principal(), &summary(&org)).page(&ctx)?;
    let page = DeletePage {
        title: ctx.t("person-delete-title"),
        id: p.id,
        name: Text::guess(&p.name, ctx.lang),
        org_name: Text::of(&org.name, ctx.lang),
        ctx,
    };
    Ok(render(&page))
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let p = state.app.person(ctx.principal(), id).await.page(&ctx)?;
    state
        .app
        .delete_person(ctx.principal(), id)
        .await
        .page(&ctx)?;
    Ok(Redirect::to(&format!(
        "/organisations/{}?done=person-deleted",
        p.organisation
    ))
    .into_response())
}
