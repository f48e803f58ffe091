//! The author's editor: a new opportunity and editing one, with "save draft", "submit for
//! validation" and a preview that shows the profile as the public will see it without saving.
//! Company members write for their own organisation; staff of a public body choose one of the
//! companies of their city; admins any organisation that may own opportunities.

use super::common::{
    Check, Opt, ProfileView, checks, city_checks, cooperation_label, field_errors, ipr_label,
    kind_label, org_kind_label, stage_label,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::organisations::{Text, lang_label, sector_choices};
use crate::pages::partnerships::common::{When, iso_date};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::{App, AppError, Principal, policy};
use city2city_domain::cities::City;
use city2city_domain::opportunities::{
    Cooperation, Ipr, Opportunity, OpportunityInput, OpportunityKind, Stage, Status, Transition,
    Translation, TranslationInput, parse_date,
};
use city2city_domain::organisations::{OrgKind, Organisation};
use city2city_domain::{Lang, Validation, sectors};
use city2city_store::OrgQuery;

/// One translation row as typed.
#[derive(Debug, Clone, Default)]
struct TrFields {
    lang: String,
    title: String,
    summary: String,
    description: String,
}

impl TrFields {
    fn is_empty(&self) -> bool {
        self.title.trim().is_empty()
            && self.summary.trim().is_empty()
            && self.description.trim().is_empty()
    }
}

/// The form's values as typed.
#[derive(Debug, Clone, Default)]
struct Fields {
    organisation: String,
    kind: String,
    lang: String,
    title: String,
    summary: String,
    description: String,
    tr: [TrFields; 2],
    sectors: Vec<String>,
    keywords: String,
    partner_kinds: Vec<String>,
    partner_role: String,
    cooperation: Vec<String>,
    stage: String,
    ipr: String,
    target_cities: Vec<String>,
    valid_until: String,
    deadline: String,
    show_name: bool,
}

/// How many translations the form offers (one per other language).
const TRANSLATIONS: usize = 2;

impl Fields {
    fn of(o: &Opportunity) -> Fields {
        // The author's translations, then rows for the languages not translated yet.
        let missing: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| *l != o.lang && !o.translations.iter().any(|t| t.lang == *l))
            .collect();
        let mut tr: [TrFields; TRANSLATIONS] = Default::default();
        let mut gaps = missing.iter();
        for (i, row) in tr.iter_mut().enumerate() {
            *row = match o.translations.get(i) {
                Some(t) => TrFields {
                    lang: t.lang.code().into(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    description: t.description.clone().unwrap_or_default(),
                },
                None => TrFields {
                    lang: gaps
                        .next()
                        .map(|l| l.code().to_string())
                        .unwrap_or_default(),
                    ..TrFields::default()
                },
            };
        }
        Fields {
            organisation: o.organisation.clone(),
            kind: o.kind.code().into(),
            lang: o.lang.code().into(),
            title: o.title.clone(),
            summary: o.summary.clone(),
            description: o.description.clone(),
            tr,
            sectors: o.sectors.clone(),
            keywords: o.keywords.join(", "),
            partner_kinds: o.partner_kinds.iter().map(|k| k.code().into()).collect(),
            partner_role: o.partner_role.clone().unwrap_or_default(),
            cooperation: o.cooperation.iter().map(|c| c.code().into()).collect(),
            stage: o.stage.map(|s| s.code().into()).unwrap_or_default(),
            ipr: o.ipr.map(|i| i.code().into()).unwrap_or_default(),
            target_cities: o.target_cities.clone(),
            valid_until: iso_date(o.valid_until),
            deadline: o.deadline.map(iso_date).unwrap_or_default(),
            show_name: o.show_name,
        }
    }

    fn from_form(form: &FormData) -> Fields {
        let mut tr: [TrFields; TRANSLATIONS] = Default::default();
        for (i, row) in tr.iter_mut().enumerate() {
            *row = TrFields {
                lang: form.get(&format!("tr{i}_lang")).to_string(),
                title: form.get(&format!("tr{i}_title")).to_string(),
                summary: form.get(&format!("tr{i}_summary")).to_string(),
                description: form.get(&format!("tr{i}_description")).to_string(),
            };
        }
        Fields {
            organisation: form.get("organisation").trim().to_string(),
            kind: form.get("kind").to_string(),
            lang: form.get("lang").to_string(),
            title: form.get("title").to_string(),
            summary: form.get("summary").to_string(),
            description: form.get("description").to_string(),
            tr,
            sectors: form.all("sectors"),
            keywords: form.get("keywords").to_string(),
            partner_kinds: form.all("partner_kinds"),
            partner_role: form.get("partner_role").to_string(),
            cooperation: form.all("cooperation"),
            stage: form.get("stage").to_string(),
            ipr: form.get("ipr").to_string(),
            target_cities: form.all("target_cities"),
            valid_until: form.get("valid_until").trim().to_string(),
            deadline: form.get("deadline").trim().to_string(),
            show_name: form.checked("show_name"),
        }
    }

    fn keyword_list(&self) -> Vec<String> {
        self.keywords
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn input(&self) -> OpportunityInput {
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        OpportunityInput {
            kind: self.kind.clone(),
            lang: self.lang.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            translations: self
                .tr
                .iter()
                .map(|t| TranslationInput {
                    lang: t.lang.clone(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    description: opt(&t.description),
                })
                .collect(),
            sectors: self.sectors.clone(),
            keywords: self.keyword_list(),
            partner_kinds: self.partner_kinds.clone(),
            partner_role: opt(&self.partner_role),
            cooperation: self.cooperation.clone(),
            stage: opt(&self.stage),
            ipr: opt(&self.ipr),
            target_cities: self.target_cities.clone(),
            valid_until: self.valid_until.clone(),
            deadline: opt(&self.deadline),
            show_name: self.show_name,
        }
    }

    /// The opportunity as typed, read leniently (what cannot be read is left out), for the
    /// preview. None while kind or language are not chosen.
    fn provisional(&self, reference: &str, city: &str, status: Status) -> Option<Opportunity> {
        let kind = OpportunityKind::parse(&self.kind)?;
        let lang = Lang::parse(&self.lang)?;
        let now = time::OffsetDateTime::now_utc();
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let mut translations: Vec<Translation> = Vec::new();
        for t in &self.tr {
            let Some(l) = Lang::parse(&t.lang) else {
                continue;
            };
            if l == lang || t.is_empty() || translations.iter().any(|x| x.lang == l) {
                continue;
            }
            translations.push(Translation {
                lang: l,
                title: t.title.trim().to_string(),
                summary: t.summary.trim().to_string(),
                description: opt(&t.description),
            });
        }
        let technology = kind.is_technology();
        Some(Opportunity {
            id: 0,
            reference: reference.to_string(),
            kind,
            status,
            organisation: String::new(),
            city: city.to_string(),
            lang,
            title: self.title.trim().to_string(),
            summary: self.summary.trim().to_string(),
            description: self.description.trim().to_string(),
            translations,
            sectors: self
                .sectors
                .iter()
                .filter(|s| sectors::find(s).is_some())
                .cloned()
                .collect(),
            keywords: self.keyword_list(),
            partner_kinds: self
                .partner_kinds
                .iter()
                .filter_map(|k| OrgKind::parse(k))
                .collect(),
            partner_role: opt(&self.partner_role),
            cooperation: self
                .cooperation
                .iter()
                .filter_map(|c| Cooperation::parse(c))
                .collect(),
            stage: Stage::parse(&self.stage).filter(|_| technology),
            ipr: Ipr::parse(&self.ipr).filter(|_| technology),
            target_cities: self.target_cities.clone(),
            valid_until: parse_date(&self.valid_until).unwrap_or_else(App::today),
            deadline: parse_date(&self.deadline),
            show_name: self.show_name,
            staff_comment: None,
            created_at: now,
            updated_at: now,
            published_at: None,
        })
    }
}

/// A translation row of the form.
struct TrRow {
    legend: String,
    /// The language chosen for the row (for the inputs' `lang`), or empty.
    lang: String,
    lang_id: String,
    title_id: String,
    summary_id: String,
    description_id: String,
    langs: Vec<Opt>,
    title: String,
    summary: String,
    description: String,
}

#[derive(Template)]
#[template(path = "opportunities/editor.html")]
struct EditorPage {
    ctx: Ctx,
    title: String,
    is_new: bool,
    action: String,
    cancel: String,
    f: Fields,
    /// The owner when it is given (editing, or a company member's own organisation).
    owner_name: Option<Text>,
    /// The organisations to choose from (staff and admins creating one).
    organisations: Vec<Opt>,
    kinds: Vec<Opt>,
    langs: Vec<Opt>,
    translations: Vec<TrRow>,
    sectors: Vec<Check>,
    partner_kinds: Vec<Check>,
    cooperation: Vec<Check>,
    stages: Vec<Opt>,
    iprs: Vec<Opt>,
    target_cities: Vec<Check>,
    can_submit: bool,
    save_label: String,
    status_note: Option<String>,
    staff_comment: Option<String>,
    /// The preview was asked for (it is missing while kind or language are not chosen).
    preview_wanted: bool,
    preview: Option<ProfileView>,
    preview_title: Option<Text>,
    preview_owner_note: String,
    errors: FieldErrors,
    today: String,
}

/// The opportunity being edited, or none for a new one.
struct Existing {
    reference: String,
    status: Status,
    city: String,
    owner_name: Option<Text>,
    staff_comment: Option<String>,
}

/// Who the editor writes for, when creating.
struct Owners {
    /// The viewer's own organisation, when it may own opportunities.
    own: Option<Organisation>,
    /// Otherwise: the organisations the viewer may choose from.
    choices: Vec<Organisation>,
}

async fn organisations_where(app: &App, city: Option<&str>) -> Result<Vec<Organisation>, AppError> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let p = app
            .organisations(&OrgQuery {
                city: city.map(str::to_string),
                page,
                per_page: 200,
                ..OrgQuery::default()
            })
            .await?;
        let pages = p.pages();
        out.extend(
            p.items
                .into_iter()
                .filter(|o| policy::may_own_opportunities(o.kind)),
        );
        if page >= pages {
            return Ok(out);
        }
        page += 1;
    }
}

async fn owners(app: &App, p: &Principal) -> Result<Owners, AppError> {
    if let Some(org) = p
        .org
        .as_ref()
        .filter(|o| policy::may_own_opportunities(o.kind))
    {
        return Ok(Owners {
            own: Some(app.organisation(&org.slug).await?),
            choices: vec![],
        });
    }
    let choices = if p.is_admin() {
        organisations_where(app, None).await?
    } else {
        match &p.org {
            Some(org) => organisations_where(app, Some(&org.city))
                .await?
                .into_iter()
                .filter(|o| policy::author_opportunity(Some(p), &summary(o)).is_ok())
                .collect(),
            None => vec![],
        }
    };
    Ok(Owners { own: None, choices })
}

fn summary(o: &Organisation) -> city2city_store::OrgSummary {
    crate::pages::organisations::summary(o)
}

/// The fields of the form, in order, for pointing errors at the right input.
const FIELDS: &[&str] = &[
    "organisation",
    "kind",
    "lang",
    "title",
    "summary",
    "description",
    "sectors",
    "keywords",
    "partner_kinds",
    "partner_role",
    "cooperation",
    "stage",
    "ipr",
    "target_cities",
    "valid_until",
    "deadline",
];

/// A translation's field `translations[1].title` is the input `tr1_title`.
fn input_of(field: &str) -> Option<String> {
    if let Some(rest) = field.strip_prefix("translations[")
        && let Some((i, name)) = rest.split_once("].")
    {
        return Some(format!("tr{i}_{name}"));
    }
    (!FIELDS.contains(&field)).then(|| "kind".to_string())
}

fn editor_errors(ctx: &Ctx, e: AppError) -> Result<(StatusCode, FieldErrors), PageError> {
    match e {
        AppError::Validation(v) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            field_errors(ctx, v, input_of),
        )),
        AppError::Forbidden if ctx.signed_in() => Ok((
            StatusCode::FORBIDDEN,
            FieldErrors::single("organisation", ctx.t("opp-error-organisation")),
        )),
        e => Err(e).page(ctx),
    }
}

fn validation_errors(ctx: &Ctx, v: Validation) -> FieldErrors {
    field_errors(ctx, v, input_of)
}

struct Build<'a> {
    existing: Option<&'a Existing>,
    owners: Option<&'a Owners>,
    cities: &'a [City],
    errors: FieldErrors,
    preview: bool,
}

fn editor_page(ctx: Ctx, f: Fields, b: Build<'_>) -> EditorPage {
    let opts = |values: Vec<(&str, String)>, chosen: &str| -> Vec<Opt> {
        values
            .into_iter()
            .map(|(v, l)| Opt::new(v, l, v == chosen))
            .collect()
    };
    let kinds = opts(
        OpportunityKind::ALL
            .iter()
            .map(|k| (k.code(), kind_label(&ctx, *k)))
            .collect(),
        &f.kind,
    );
    let lang_values = || -> Vec<(&str, String)> {
        Lang::ALL
            .iter()
            .map(|l| (l.code(), lang_label(&ctx, *l)))
            .collect()
    };
    let langs = opts(lang_values(), &f.lang);
    let translations =
        f.tr.iter()
            .enumerate()
            .map(|(i, t)| TrRow {
                legend: ctx.ta("opp-translation-legend", "number", &(i + 1)),
                lang_id: format!("tr{i}_lang"),
                title_id: format!("tr{i}_title"),
                summary_id: format!("tr{i}_summary"),
                description_id: format!("tr{i}_description"),
                lang: Lang::parse(&t.lang)
                    .map(|l| l.code().to_string())
                    .unwrap_or_default(),
                langs: opts(lang_values(), &t.lang),
                title: t.title.clone(),
                summary: t.summary.clone(),
                description: t.description.clone(),
            })
            .collect();
    let sectors = {
        let list = sector_choices(&ctx, |s| f.sectors.iter().any(|x| x == s));
        checks(
            "sectors",
            list.into_iter()
                .map(|c| (c.value, c.label, c.selected))
                .collect(),
        )
    };
    let partner_kinds = checks(
        "partner_kinds",
        OrgKind::ALL
            .iter()
            .map(|k| {
                (
                    k.code().to_string(),
                    org_kind_label(&ctx, *k),
                    f.partner_kinds.iter().any(|x| x == k.code()),
                )
            })
            .collect(),
    );
    let cooperation = checks(
        "cooperation",
        Cooperation::ALL
            .iter()
            .map(|c| {
                (
                    c.code().to_string(),
                    cooperation_label(&ctx, *c),
                    f.cooperation.iter().any(|x| x == c.code()),
                )
            })
            .collect(),
    );
    let stages = opts(
        Stage::ALL
            .iter()
            .map(|s| (s.code(), stage_label(&ctx, *s)))
            .collect(),
        &f.stage,
    );
    let iprs = opts(
        Ipr::ALL
            .iter()
            .map(|i| (i.code(), ipr_label(&ctx, *i)))
            .collect(),
        &f.ipr,
    );
    let target_cities = city_checks(&ctx, "target_cities", b.cities, &f.target_cities);
    let organisations: Vec<Opt> = match (b.existing, b.owners) {
        (None, Some(o)) if o.own.is_none() => {
            let mut list: Vec<(String, Text)> = o
                .choices
                .iter()
                .map(|x| (x.slug.clone(), Text::of(&x.name, ctx.lang)))
                .collect();
            list.sort_by_cached_key(|a| a.1.text.to_lowercase());
            list.into_iter()
                .map(|(slug, name)| {
                    let selected = slug == f.organisation;
                    Opt::new(&slug, name.text, selected)
                })
                .collect()
        }
        _ => vec![],
    };
    let owner_name = match (b.existing, b.owners) {
        (Some(e), _) => e.owner_name.clone(),
        (None, Some(o)) => o.own.as_ref().map(|x| Text::of(&x.name, ctx.lang)),
        _ => None,
    };
    // The owner's city, for the preview: the chosen organisation's (or the own one's).
    let city = match (b.existing, b.owners) {
        (Some(e), _) => e.city.clone(),
        (None, Some(o)) => o
            .own
            .as_ref()
            .or_else(|| o.choices.iter().find(|x| x.slug == f.organisation))
            .map(|x| x.city.clone())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let (preview, preview_title) = if b.preview {
        let reference = b.existing.map(|e| e.reference.as_str()).unwrap_or("");
        match f.provisional(reference, &city, Status::Published) {
            Some(o) => {
                let mut p = ProfileView::of(&ctx, &o, b.cities, 4, false);
                p.valid_until = parse_date(&f.valid_until).map(|d| When::date(ctx.lang, d));
                p.published = None;
                let title = Text::in_lang(&p.main.title, p.main.lang, ctx.lang);
                (Some(p), Some(title))
            }
            None => (None, None),
        }
    } else {
        (None, None)
    };
    let status = b.existing.map(|e| e.status);
    let can_submit = matches!(status, None | Some(Status::Draft) | Some(Status::Returned));
    let save_label = match status {
        None | Some(Status::Draft) | Some(Status::Returned) => ctx.t("opp-save-draft"),
        Some(Status::Published) => ctx.t("opp-save-and-revalidate"),
        Some(_) => ctx.t("opp-save"),
    };
    let status_note = match status {
        Some(Status::Published) => Some(ctx.t("opp-edit-published-note")),
        Some(Status::Submitted) => Some(ctx.t("opp-edit-submitted-note")),
        _ => None,
    };
    let (title, action, cancel) = match b.existing {
        None => (
            ctx.t("opp-new-title"),
            "/opportunities/new".to_string(),
            "/opportunities/mine".to_string(),
        ),
        Some(e) => (
            ctx.ta("opp-edit-title", "reference", &e.reference),
            format!("/opportunities/{}/edit", e.reference),
            format!("/opportunities/{}", e.reference),
        ),
    };
    EditorPage {
        title,
        is_new: b.existing.is_none(),
        action,
        cancel,
        preview_owner_note: if f.show_name {
            ctx.t("opp-preview-named")
        } else {
            ctx.t("opp-preview-anonymous")
        },
        f,
        owner_name,
        organisations,
        kinds,
        langs,
        translations,
        sectors,
        partner_kinds,
        cooperation,
        stages,
        iprs,
        target_cities,
        can_submit,
        save_label,
        status_note,
        staff_comment: b.existing.and_then(|e| e.staff_comment.clone()),
        preview_wanted: b.preview,
        preview,
        preview_title,
        errors: b.errors,
        today: iso_date(App::today()),
        ctx,
    }
}

/// The preview: the form again with the profile as the public will see it, and the problems
/// saving would report. Nothing is written.
fn preview(ctx: Ctx, f: Fields, b: Build<'_>) -> Response {
    let (status, errors) = match f.input().validate(App::today()) {
        Ok(_) => (StatusCode::OK, FieldErrors::default()),
        Err(v) => (StatusCode::UNPROCESSABLE_ENTITY, validation_errors(&ctx, v)),
    };
    let page = editor_page(
        ctx,
        f,
        Build {
            errors,
            preview: true,
            ..b
        },
    );
    (status, render(&page)).into_response()
}

fn signed_in(ctx: &Ctx) -> Result<&Principal, PageError> {
    ctx.principal().ok_or(AppError::Unauthenticated).page(ctx)
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx)?;
    let owners = owners(&state.app, p).await.page(&ctx)?;
    if owners.own.is_none() && owners.choices.is_empty() {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let cities = state.app.cities().await.page(&ctx)?;
    let own_city = owners
        .own
        .as_ref()
        .map(|o| o.city.clone())
        .or_else(|| p.org.as_ref().map(|o| o.city.clone()));
    let original = ctx.lang;
    let mut tr: [TrFields; TRANSLATIONS] = Default::default();
    for (row, l) in tr
        .iter_mut()
        .zip(Lang::ALL.into_iter().filter(|l| *l != original))
    {
        row.lang = l.code().to_string();
    }
    let f = Fields {
        lang: original.code().to_string(),
        tr,
        // Partners are usually sought in the partner cities.
        target_cities: cities
            .iter()
            .filter(|c| Some(&c.slug) != own_city.as_ref())
            .map(|c| c.slug.clone())
            .collect(),
        valid_until: iso_date(App::today() + time::Duration::days(365)),
        ..Fields::default()
    };
    let page = editor_page(
        ctx.clone(),
        f,
        Build {
            existing: None,
            owners: Some(&owners),
            cities: &cities,
            errors: FieldErrors::default(),
            preview: false,
        },
    );
    Ok(render(&page))
}

pub(super) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let p = signed_in(&ctx)?;
    let owners = owners(&state.app, p).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let f = Fields::from_form(&form);
    let action = form.get("action");
    let build = |errors| Build {
        existing: None,
        owners: Some(&owners),
        cities: &cities,
        errors,
        preview: false,
    };
    if action == "preview" {
        return Ok(preview(ctx.clone(), f, build(FieldErrors::default())));
    }
    let submit = action == "submit";
    let organisation = if owners.own.is_some() {
        None
    } else {
        Some(f.organisation.as_str())
    };
    match state
        .app
        .create_opportunity(Some(p), organisation, f.input(), submit)
        .await
    {
        Ok(o) => {
            let done = if submit { "submitted" } else { "created" };
            Ok(Redirect::to(&format!(
                "/opportunities/{}?done={done}",
                urlencoding::encode(&o.reference)
            ))
            .into_response())
        }
        Err(e) => {
            let (status, errors) = editor_errors(&ctx, e)?;
            let page = editor_page(ctx.clone(), f, build(errors));
            Ok((status, render(&page)).into_response())
        }
    }
}

async fn existing(
    state: &AppState,
    ctx: &Ctx,
    reference: &str,
) -> Result<(Existing, Opportunity), PageError> {
    let view = state
        .app
        .opportunity_view(ctx.principal(), reference)
        .await
        .page(ctx)?;
    if !view.can.edit {
        let e = if ctx.signed_in() {
            AppError::Forbidden
        } else {
            AppError::Unauthenticated
        };
        return Err(e).page(ctx);
    }
    let o = view.opportunity;
    Ok((
        Existing {
            reference: o.reference.clone(),
            status: o.status,
            city: o.city.clone(),
            owner_name: view.owner.as_ref().map(|w| Text::of(&w.name, ctx.lang)),
            staff_comment: o.staff_comment.clone().filter(|c| !c.trim().is_empty()),
        },
        o,
    ))
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Response, PageError> {
    let (e, o) = existing(&state, &ctx, &reference).await?;
    let cities = state.app.cities().await.page(&ctx)?;
    let page = editor_page(
        ctx.clone(),
        Fields::of(&o),
        Build {
            existing: Some(&e),
            owners: None,
            cities: &cities,
            errors: FieldErrors::default(),
            preview: false,
        },
    );
    Ok(render(&page))
}

pub(super) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let (e, _) = existing(&state, &ctx, &reference).await?;
    let cities = state.app.cities().await.page(&ctx)?;
    let f = Fields::from_form(&form);
    let action = form.get("action");
    let build = |errors| Build {
        existing: Some(&e),
        owners: None,
        cities: &cities,
        errors,
        preview: false,
    };
    if action == "preview" {
        return Ok(preview(ctx.clone(), f, build(FieldErrors::default())));
    }
    match state
        .app
        .update_opportunity(ctx.principal(), &reference, f.input())
        .await
    {
        Ok(o) => {
            let mut done = "saved";
            if action == "submit" && matches!(o.status, Status::Draft | Status::Returned) {
                state
                    .app
                    .move_opportunity(ctx.principal(), &o.reference, Transition::Submit)
                    .await
                    .page(&ctx)?;
                done = "submitted";
            }
            Ok(Redirect::to(&format!(
                "/opportunities/{}?done={done}",
                urlencoding::encode(&o.reference)
            ))
            .into_response())
        }
        Err(err) => {
            let (status, errors) = editor_errors(&ctx, err)?;
            let page = editor_page(ctx.clone(), f, build(errors));
            Ok((status, render(&page)).into_response())
        }
    }
}
