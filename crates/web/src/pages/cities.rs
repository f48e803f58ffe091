//! Cities: the list, one city's page (its names, organisations and partnerships), and the
//! admins' forms to add and change a city.

use super::organisations::{
    Choice, LangInput, Params, PartnershipRow, Text, all_languages, form_errors, lang_inputs,
    lang_label, langs_label, relink,
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
use city2city_app::policy;
use city2city_domain::cities::{City, CityInput};
use city2city_domain::organisations::OrgKind;
use city2city_domain::{Lang, Localized};
use city2city_store::OrgQuery;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cities", get(list))
        .route("/cities/new", get(new_form).post(create))
        .route("/cities/{slug}", get(detail))
        .route("/cities/{slug}/edit", get(edit_form).post(update))
}

/// How many organisations (of `kind`, if given) a city has.
async fn count_organisations(
    state: &AppState,
    ctx: &Ctx,
    city: &str,
    kind: Option<OrgKind>,
) -> Result<i64, PageError> {
    Ok(state
        .app
        .organisations(&OrgQuery {
            city: Some(city.to_string()),
            kind,
            page: 1,
            per_page: 1,
            ..Default::default()
        })
        .await
        .page(ctx)?
        .total)
}

/// The country's name in the page's language with its code, such as "Austria (AT)"; the code
/// alone for countries without a translated name.
fn country_label(ctx: &Ctx, code: &str) -> String {
    let key = format!("city-country-{}", code.to_ascii_lowercase());
    let name = ctx.t(&key);
    if name == key {
        code.to_string()
    } else {
        format!("{name} ({code})")
    }
}

// ---------------------------------------------------------------------------------------------
// The list.

struct Row {
    slug: String,
    name: Text,
    country: String,
    languages: String,
    time_zone: String,
    organisations: i64,
}

#[derive(Template)]
#[template(path = "cities/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    rows: Vec<Row>,
    can_manage: bool,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let mut rows = Vec::with_capacity(cities.len());
    for c in &cities {
        rows.push(Row {
            slug: c.slug.clone(),
            name: Text::of(&c.name, ctx.lang),
            country: country_label(&ctx, &c.country),
            languages: langs_label(&ctx, &c.languages),
            time_zone: c.time_zone.clone(),
            organisations: count_organisations(&state, &ctx, &c.slug, None).await?,
        });
    }
    let page = ListPage {
        title: ctx.t("city-list-title"),
        rows,
        can_manage: ctx.signed_in() && policy::manage_cities(ctx.principal()).is_ok(),
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------------------------------------
// One city.

#[derive(Template)]
#[template(path = "cities/detail.html")]
struct DetailPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    slug: String,
    name: Text,
    names: Vec<(String, Text)>,
    country: String,
    languages: String,
    time_zone: String,
    organisations_link: String,
    companies_link: String,
    partnerships: Vec<PartnershipRow>,
    can_manage: bool,
}

async fn detail(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let c = state.app.city(&slug).await.page(&ctx)?;
    let organisations = count_organisations(&state, &ctx, &c.slug, None).await?;
    let companies = count_organisations(&state, &ctx, &c.slug, Some(OrgKind::Company)).await?;
    let partnerships = state
        .app
        .partnerships()
        .await
        .page(&ctx)?
        .iter()
        .filter(|v| v.partnership.cities.contains(&c.slug))
        .map(|v| PartnershipRow::of(&ctx, v))
        .collect();
    let name = Text::of(&c.name, ctx.lang);
    let page = DetailPage {
        title: name.text.clone(),
        notice: params.notice(&ctx, "city", &["created", "saved"]),
        slug: c.slug.clone(),
        names: all_languages(&ctx, &c.name),
        name,
        country: country_label(&ctx, &c.country),
        languages: langs_label(&ctx, &c.languages),
        time_zone: c.time_zone.clone(),
        organisations_link: ctx.ta("city-organisations-link", "count", &organisations),
        companies_link: ctx.ta("city-companies-link", "count", &companies),
        partnerships,
        can_manage: ctx.signed_in() && policy::manage_cities(ctx.principal()).is_ok(),
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------------------------------------
// Add and change (admins).

#[derive(Debug, Clone, Default)]
struct CityFields {
    slug: String,
    name_bg: String,
    name_de: String,
    name_en: String,
    country: String,
    languages: Vec<Lang>,
    time_zone: String,
}

impl CityFields {
    fn of(c: &City) -> CityFields {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        CityFields {
            slug: c.slug.clone(),
            name_bg: s(&c.name.bg),
            name_de: s(&c.name.de),
            name_en: s(&c.name.en),
            country: c.country.clone(),
            languages: c.languages.clone(),
            time_zone: c.time_zone.clone(),
        }
    }

    fn from_form(form: &FormData) -> CityFields {
        CityFields {
            slug: form.get("slug").trim().to_string(),
            name_bg: form.get("name_bg").to_string(),
            name_de: form.get("name_de").to_string(),
            name_en: form.get("name_en").to_string(),
            country: form.get("country").trim().to_string(),
            languages: Lang::ALL
                .into_iter()
                .filter(|l| form.all("languages").iter().any(|v| v == l.code()))
                .collect(),
            time_zone: form.get("time_zone").trim().to_string(),
        }
    }

    fn input(&self) -> CityInput {
        CityInput {
            slug: self.slug.clone(),
            name: Localized::new(
                Some(self.name_bg.clone()),
                Some(self.name_de.clone()),
                Some(self.name_en.clone()),
            ),
            country: self.country.clone(),
            languages: self.languages.clone(),
            time_zone: self.time_zone.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "cities/form.html")]
struct FormPage {
    ctx: Ctx,
    title: String,
    is_new: bool,
    action: String,
    cancel: String,
    f: CityFields,
    lang_group: &'static str,
    lang_legend: String,
    lang_hint: String,
    lang_inputs: Vec<LangInput>,
    languages: Vec<Choice>,
    errors: FieldErrors,
}

const CITY_FIELDS: &[&str] = &[
    "slug",
    "name_bg",
    "name_de",
    "name_en",
    "country",
    "languages",
    "time_zone",
];

impl FormPage {
    fn new(ctx: Ctx, current: Option<&City>, f: CityFields, mut errors: FieldErrors) -> FormPage {
        relink(&mut errors, "name", "name_bg");
        relink(&mut errors, "languages", "languages-bg");
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
                ctx.t("city-new-title"),
                "/cities/new".to_string(),
                "/cities".to_string(),
            ),
            Some(c) => (
                ctx.ta("city-edit-title", "name", &c.name.get(ctx.lang)),
                format!("/cities/{}/edit", c.slug),
                format!("/cities/{}", c.slug),
            ),
        };
        FormPage {
            title,
            is_new: current.is_none(),
            action,
            cancel,
            lang_group: "name",
            lang_legend: ctx.t("city-field-names"),
            lang_hint: ctx.t("city-hint-names"),
            lang_inputs: lang_inputs(&ctx, "name", [&f.name_bg, &f.name_de, &f.name_en]),
            f,
            languages,
            errors,
            ctx,
        }
    }
}

async fn new_form(ctx: Ctx) -> Result<Response, PageError> {
    policy::manage_cities(ctx.principal()).page(&ctx)?;
    Ok(render(&FormPage::new(
        ctx,
        None,
        CityFields::default(),
        FieldErrors::default(),
    )))
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let f = CityFields::from_form(&form);
    match state.app.create_city(ctx.principal(), f.input()).await {
        Ok(c) => Ok(Redirect::to(&format!("/cities/{}?done=created", c.slug)).into_response()),
        Err(e) => {
            let (status, errors) = form_errors(&ctx, e, CITY_FIELDS, None)?;
            let page = FormPage::new(ctx, None, f, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let c = state.app.city(&slug).await.page(&ctx)?;
    policy::manage_cities(ctx.principal()).page(&ctx)?;
    let f = CityFields::of(&c);
    Ok(render(&FormPage::new(
        ctx,
        Some(&c),
        f,
        FieldErrors::default(),
    )))
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let c = state.app.city(&slug).await.page(&ctx)?;
    let f = CityFields::from_form(&form);
    match state
        .app
        .update_city(ctx.principal(), &slug, f.input())
        .await
    {
        Ok(c) => Ok(Redirect::to(&format!("/cities/{}?done=saved", c.slug)).into_response()),
        Err(e) => {
            let (status, errors) = form_errors(&ctx, e, CITY_FIELDS, None)?;
            let page = FormPage::new(ctx, Some(&c), f, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}
