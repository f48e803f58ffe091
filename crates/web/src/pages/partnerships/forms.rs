//! Forms of the partnership pages: a new partnership, editing one, recording an agreement event.

use super::common::{Text, When, all_organisations, iso_date};
use super::{StatusView, city_names, may_create, sector_label, status_view};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::partnerships::PartnershipView;
use city2city_app::{App, AppError, policy};
use city2city_domain::organisations::OrgKind;
use city2city_domain::partnerships::{EventInput, EventKind, PartnershipInput, Party};
use city2city_domain::{Localized, sectors};

/// A checkbox of a group: the first of a group carries the group's field id, so the error
/// summary's link lands on it.
struct Check {
    id: String,
    value: String,
    label: Text,
    checked: bool,
}

/// An organisation that may be party to the partnership, with its role.
struct PartyCheck {
    id: String,
    role_id: String,
    value: String,
    name: Text,
    detail: String,
    checked: bool,
    role: String,
}

/// Kinds of organisation offered as parties (any current party is offered too).
const PARTY_KINDS: [OrgKind; 4] = [
    OrgKind::Municipality,
    OrgKind::BusinessAgency,
    OrgKind::University,
    OrgKind::Ngo,
];

#[derive(Template)]
#[template(path = "partnerships/form.html")]
struct FormPage {
    ctx: Ctx,
    title: String,
    /// Where the form posts.
    action: String,
    cancel: String,
    is_new: bool,
    slug: String,
    name_bg: String,
    name_de: String,
    name_en: String,
    cities: Vec<Check>,
    parties: Vec<PartyCheck>,
    errors: FieldErrors,
}

/// What the form shows: a partnership's current values or what was submitted.
struct Values {
    slug: String,
    name: Localized,
    cities: Vec<String>,
    parties: Vec<Party>,
}

impl Values {
    fn empty() -> Values {
        Values {
            slug: String::new(),
            name: Localized::default(),
            cities: vec![],
            parties: vec![],
        }
    }

    fn of(view: &PartnershipView) -> Values {
        Values {
            slug: view.partnership.slug.clone(),
            name: view.partnership.name.clone(),
            cities: view.partnership.cities.clone(),
            parties: view.partnership.parties.clone(),
        }
    }

    fn submitted(form: &FormData) -> Values {
        let parties = form
            .all("party")
            .into_iter()
            .map(|slug| Party {
                role: form.opt(&format!("role-{slug}")),
                organisation: slug,
            })
            .collect();
        Values {
            slug: form.get("slug").trim().to_string(),
            name: Localized {
                bg: form.opt("name_bg"),
                de: form.opt("name_de"),
                en: form.opt("name_en"),
            },
            cities: form.all("cities"),
            parties,
        }
    }

    fn input(&self) -> PartnershipInput {
        PartnershipInput {
            slug: self.slug.clone(),
            name: self.name.clone(),
            cities: self.cities.clone(),
            parties: self.parties.clone(),
        }
    }
}

async fn form_page(
    app: &App,
    ctx: Ctx,
    existing: Option<&str>,
    values: &Values,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<FormPage, PageError> {
    let lang = ctx.lang;
    let names = city_names(app, lang).await.page(&ctx)?;
    let mut city_list: Vec<(&String, &Text)> = names.iter().collect();
    city_list.sort_by(|a, b| a.1.text.cmp(&b.1.text));
    let cities = city_list
        .into_iter()
        .enumerate()
        .map(|(i, (slug, name))| Check {
            id: if i == 0 {
                "cities".into()
            } else {
                format!("city-{slug}")
            },
            value: slug.clone(),
            label: name.clone(),
            checked: values.cities.contains(slug),
        })
        .collect();
    let orgs = all_organisations(app).await.page(&ctx)?;
    // Current parties first, in their order; then the other public bodies, universities and
    // NGOs, by city and name.
    let mut candidates: Vec<&city2city_domain::organisations::Organisation> = Vec::new();
    for party in &values.parties {
        if let Some(o) = orgs.iter().find(|o| o.slug == party.organisation) {
            candidates.push(o);
        }
    }
    let mut rest: Vec<_> = orgs
        .iter()
        .filter(|o| PARTY_KINDS.contains(&o.kind))
        .filter(|o| !values.parties.iter().any(|p| p.organisation == o.slug))
        .collect();
    rest.sort_by_key(|o| {
        (
            names
                .get(&o.city)
                .map(|t| t.text.clone())
                .unwrap_or_default(),
            o.name.get(lang).to_lowercase(),
        )
    });
    candidates.extend(rest);
    let parties = candidates
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let party = values.parties.iter().find(|p| p.organisation == o.slug);
            let role = match form {
                Some(f) => f.get(&format!("role-{}", o.slug)).to_string(),
                None => party.and_then(|p| p.role.clone()).unwrap_or_default(),
            };
            let city = names
                .get(&o.city)
                .map(|t| t.text.clone())
                .unwrap_or_else(|| o.city.clone());
            PartyCheck {
                id: if i == 0 {
                    "parties".into()
                } else {
                    format!("party-{}", o.slug)
                },
                role_id: format!("party-role-{}", o.slug),
                value: o.slug.clone(),
                name: Text::of(&o.name, lang),
                detail: format!("{}, {}", ctx.t(&format!("kind-{}", o.kind.code())), city),
                checked: party.is_some(),
                role,
            }
        })
        .collect();
    let mut errors = errors;
    // A name missing in every language is reported as `name`: point at the first name field.
    for (field, _) in errors.summary.iter_mut() {
        if field == "name" {
            *field = "name_bg".into();
        }
    }
    let is_new = existing.is_none();
    Ok(FormPage {
        title: if is_new {
            ctx.t("partnership-new-title")
        } else {
            ctx.t("partnership-edit-title")
        },
        action: match existing {
            None => "/partnerships".into(),
            Some(slug) => format!("/partnerships/{slug}/edit"),
        },
        cancel: match existing {
            None => "/partnerships".into(),
            Some(slug) => format!("/partnerships/{slug}"),
        },
        is_new,
        slug: values.slug.clone(),
        name_bg: values.name.bg.clone().unwrap_or_default(),
        name_de: values.name.de.clone().unwrap_or_default(),
        name_en: values.name.en.clone().unwrap_or_default(),
        cities,
        parties,
        errors,
        ctx,
    })
}

/// Errors of a failed save, for the form; anything else becomes an error page.
fn form_errors(ctx: &Ctx, e: AppError) -> Result<FieldErrors, AppError> {
    match e {
        AppError::Validation(v) => Ok(FieldErrors::from_validation(ctx, &v)),
        AppError::Conflict { field, .. } => {
            let field = if field == "id" { "slug".into() } else { field };
            Ok(FieldErrors::single(&field, ctx.t("err-taken")))
        }
        e => Err(e),
    }
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, PageError> {
    if !ctx.signed_in() {
        return Err(AppError::Unauthenticated).page(&ctx);
    }
    if !may_create(&ctx) {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let mut values = Values::empty();
    // An official's own city is the obvious first choice.
    if let Some(org) = ctx.principal().and_then(|p| p.org.as_ref()) {
        values.cities.push(org.city.clone());
    }
    let page = form_page(&state.app, ctx, None, &values, None, FieldErrors::default()).await?;
    Ok(render(&page))
}

pub(super) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let values = Values::submitted(&form);
    match state
        .app
        .create_partnership(ctx.principal(), values.input())
        .await
    {
        Ok(view) => Ok(Redirect::to(&format!(
            "/partnerships/{}?done=created",
            view.partnership.slug
        ))
        .into_response()),
        Err(e) => {
            let errors = form_errors(&ctx, e).page(&ctx)?;
            let page = form_page(&state.app, ctx, None, &values, Some(&form), errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
    }
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state.app.partnership(&slug).await.page(&ctx)?;
    policy::manage_partnership(ctx.principal(), &view.partnership).page(&ctx)?;
    let values = Values::of(&view);
    let page = form_page(
        &state.app,
        ctx,
        Some(&slug),
        &values,
        None,
        FieldErrors::default(),
    )
    .await?;
    Ok(render(&page))
}

pub(super) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let mut values = Values::submitted(&form);
    let mut input = values.input();
    if input.slug.is_empty() {
        input.slug = slug.clone();
    }
    match state
        .app
        .update_partnership(ctx.principal(), &slug, input)
        .await
    {
        Ok(view) => Ok(Redirect::to(&format!(
            "/partnerships/{}?done=saved",
            view.partnership.slug
        ))
        .into_response()),
        Err(e) => {
            let errors = form_errors(&ctx, e).page(&ctx)?;
            if values.slug.is_empty() {
                values.slug = slug.clone();
            }
            let page =
                form_page(&state.app, ctx, Some(&slug), &values, Some(&form), errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
    }
}

// ---------------------------------------------------------------- agreement events

struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "partnerships/event.html")]
struct EventPage {
    ctx: Ctx,
    title: String,
    slug: String,
    name: Text,
    status: StatusView,
    term_end_now: Option<When>,
    kinds: Vec<Choice>,
    date: String,
    term_end: String,
    areas: String,
    sectors: Vec<Check>,
    note_bg: String,
    note_de: String,
    note_en: String,
    errors: FieldErrors,
}

/// What the event form shows.
struct EventValues {
    kind: String,
    date: String,
    term_end: String,
    areas: String,
    sectors: Vec<String>,
    note: [String; 3],
}

impl EventValues {
    fn submitted(form: &FormData) -> EventValues {
        EventValues {
            kind: form.get("kind").trim().to_string(),
            date: form.get("date").trim().to_string(),
            term_end: form.get("term_end").trim().to_string(),
            areas: form.get("areas").to_string(),
            sectors: form.all("sectors"),
            note: [
                form.get("note_bg").to_string(),
                form.get("note_de").to_string(),
                form.get("note_en").to_string(),
            ],
        }
    }

    fn input(&self) -> EventInput {
        let [bg, de, en] = self.note.clone();
        EventInput {
            kind: self.kind.clone(),
            date: self.date.clone(),
            term_end: Some(self.term_end.clone()).filter(|s| !s.is_empty()),
            areas: self
                .areas
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            sectors: self.sectors.clone(),
            note: Localized::new(Some(bg), Some(de), Some(en)),
        }
    }
}

fn event_page(
    ctx: Ctx,
    view: &PartnershipView,
    values: EventValues,
    errors: FieldErrors,
) -> EventPage {
    let lang = ctx.lang;
    let kinds = EventKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.code(),
            label: ctx.t(&format!("event-{}", k.code())),
            selected: values.kind == k.code(),
        })
        .collect();
    let sectors = sectors::SECTORS
        .iter()
        .enumerate()
        .map(|(i, s)| Check {
            id: if i == 0 {
                "sectors".into()
            } else {
                format!("sector-{}", s.slug)
            },
            value: s.slug.into(),
            label: Text::plain(sector_label(s.slug, lang)),
            checked: values.sectors.iter().any(|x| x == s.slug),
        })
        .collect();
    let [note_bg, note_de, note_en] = values.note;
    EventPage {
        title: ctx.t("partnership-event-title"),
        slug: view.partnership.slug.clone(),
        name: Text::of(&view.partnership.name, lang),
        status: status_view(&ctx, view),
        term_end_now: view.state.term_end.map(|d| When::date(lang, d)),
        kinds,
        date: values.date,
        term_end: values.term_end,
        areas: values.areas,
        sectors,
        note_bg,
        note_de,
        note_en,
        errors,
        ctx,
    }
}

pub(super) async fn event_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let view = state.app.partnership(&slug).await.page(&ctx)?;
    policy::manage_partnership(ctx.principal(), &view.partnership).page(&ctx)?;
    // Suggest the next legal step.
    let kind = if view.state.signed_on.is_none() {
        "signed"
    } else {
        ""
    };
    let values = EventValues {
        kind: kind.into(),
        date: iso_date(App::today()),
        term_end: String::new(),
        areas: String::new(),
        sectors: vec![],
        note: Default::default(),
    };
    Ok(render(&event_page(
        ctx,
        &view,
        values,
        FieldErrors::default(),
    )))
}

pub(super) async fn add_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let values = EventValues::submitted(&form);
    match state
        .app
        .add_agreement_event(ctx.principal(), &slug, values.input())
        .await
    {
        Ok(view) => Ok(Redirect::to(&format!(
            "/partnerships/{}?done=event",
            view.partnership.slug
        ))
        .into_response()),
        Err(e) => {
            let e = match e {
                AppError::Validation(mut v) => {
                    // "Required" alone would not say that sectors count too.
                    for fe in v.errors.iter_mut() {
                        if fe.field == "areas" && fe.code == "required" {
                            fe.code = "partnership-scope-empty";
                            fe.message = ctx.t("partnership-event-scope-empty");
                        }
                    }
                    AppError::Validation(v)
                }
                e => e,
            };
            let errors = form_errors(&ctx, e).page(&ctx)?;
            let view = state.app.partnership(&slug).await.page(&ctx)?;
            let page = event_page(ctx, &view, values, errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
    }
}
