//! Organisations: the directory with search and filters, one organisation's page, and the forms
//! to create, change and delete one. Also the small helpers the other directory pages (home,
//! cities, people, sectors) share: text tagged with its language, labels of kinds, size bands
//! and languages, query parameters, select options and form errors.

use super::layout::Pagination;
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
use city2city_app::{AppError, Principal, policy};
use city2city_domain::cities::City;
use city2city_domain::organisations::{OrgKind, Organisation, OrganisationInput, SizeBand};
use city2city_domain::sectors::{self, SECTORS};
use city2city_domain::{Lang, Localized};
use city2city_store::{OrgQuery, OrgSort, OrgSummary, PeopleQuery};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(list))
        .route("/organisations/new", get(new_form).post(create))
        .route("/organisations/{slug}", get(detail))
        .route("/organisations/{slug}/edit", get(edit_form).post(update))
        .route(
            "/organisations/{slug}/delete",
            get(delete_form).post(delete),
        )
}

const PER_PAGE: i64 = 25;

// ---------------------------------------------------------------------------------------------
// Helpers shared by the directory pages.

/// Content text with the language it is written in; `foreign` when that is not the page's
/// language, so the template tags it with `lang`.
#[derive(Debug, Clone)]
pub(super) struct Text {
    pub text: String,
    pub lang: Lang,
    pub foreign: bool,
}

impl Text {
    /// A multilingual text in the page's language, or the best fallback.
    pub fn of(l: &Localized, page: Lang) -> Text {
        let lang = l.lang_of(page);
        Text {
            text: l.get(page).to_string(),
            lang,
            foreign: lang != page,
        }
    }

    pub fn in_lang(text: &str, lang: Lang, page: Lang) -> Text {
        Text {
            text: text.to_string(),
            lang,
            foreign: lang != page,
        }
    }

    /// A text of unknown language (such as a person's name): Cyrillic script is taken as
    /// Bulgarian, anything else as the page's language.
    pub fn guess(text: &str, page: Lang) -> Text {
        let cyrillic = text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        let lang = if cyrillic { Lang::Bg } else { page };
        Text::in_lang(text, lang, page)
    }

    /// The non-empty text in `l`, if any.
    pub fn opt(l: &Localized, page: Lang) -> Option<Text> {
        (!l.is_empty()).then(|| Text::of(l, page))
    }
}

/// Each language a multilingual text is given in: (language name, text).
pub(super) fn all_languages(ctx: &Ctx, l: &Localized) -> Vec<(String, Text)> {
    l.values()
        .map(|(lang, text)| (lang_label(ctx, lang), Text::in_lang(text, lang, ctx.lang)))
        .collect()
}

/// One input of a text given per language (a name, a title).
#[derive(Debug, Clone)]
pub(super) struct LangInput {
    /// Field name and id, such as `name_bg`.
    pub id: String,
    pub lang: Lang,
    pub label: String,
    pub value: String,
}

/// Inputs `{prefix}_bg`, `{prefix}_de`, `{prefix}_en` with the values given.
pub(super) fn lang_inputs(ctx: &Ctx, prefix: &str, values: [&str; 3]) -> Vec<LangInput> {
    Lang::ALL
        .iter()
        .zip(values)
        .map(|(l, v)| LangInput {
            id: format!("{prefix}_{}", l.code()),
            lang: *l,
            label: lang_label(ctx, *l),
            value: v.to_string(),
        })
        .collect()
}

/// An option of a select, or a checkbox of a group.
#[derive(Debug, Clone)]
pub(super) struct Choice {
    pub id: String,
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(id_prefix: &str, value: &str, label: String, selected: bool) -> Choice {
        Choice {
            id: format!("{id_prefix}-{value}"),
            value: value.to_string(),
            label,
            selected,
        }
    }
}

/// Query parameters of a page, read leniently: a malformed value is ignored, never an error.
pub(super) struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }

    pub fn opt(&self, name: &str) -> Option<String> {
        Some(self.get(name)).filter(|v| !v.is_empty())
    }

    pub fn page(&self) -> i64 {
        self.get("page")
            .parse::<i64>()
            .unwrap_or(1)
            .clamp(1, 100_000)
    }

    /// The translated notice for `?done=…`, when it is one of `known` (message id suffixes).
    pub fn notice(&self, ctx: &Ctx, prefix: &str, known: &[&str]) -> Option<String> {
        let done = self.get("done");
        known
            .contains(&done.as_str())
            .then(|| ctx.t(&format!("{prefix}-done-{done}")))
    }
}

pub(super) fn kind_label(ctx: &Ctx, k: OrgKind) -> String {
    ctx.t(&format!("kind-{}", k.code()))
}

pub(super) fn size_label(ctx: &Ctx, b: SizeBand) -> String {
    ctx.t(&format!("size-{}", b.code()))
}

pub(super) fn lang_label(ctx: &Ctx, l: Lang) -> String {
    ctx.t(&format!("org-lang-{}", l.code()))
}

pub(super) fn langs_label(ctx: &Ctx, langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| lang_label(ctx, *l))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn sector_label(ctx: &Ctx, slug: &str) -> String {
    sectors::find(slug)
        .map(|s| s.label(ctx.lang).to_string())
        .unwrap_or_else(|| slug.to_string())
}

/// The name of city `slug` in the page's language (the slug when unknown).
pub(super) fn city_text(cities: &[City], slug: &str, page: Lang) -> Text {
    cities
        .iter()
        .find(|c| c.slug == slug)
        .map(|c| Text::of(&c.name, page))
        .unwrap_or_else(|| Text::in_lang(slug, page, page))
}

pub(super) fn summary(o: &Organisation) -> OrgSummary {
    OrgSummary {
        id: o.id,
        slug: o.slug.clone(),
        kind: o.kind,
        city: o.city.clone(),
    }
}

pub(super) fn can_edit(ctx: &Ctx, o: &Organisation) -> bool {
    ctx.principal().is_some() && policy::edit_organisation(ctx.principal(), &summary(o)).is_ok()
}

/// Whether the viewer may create some organisation (in any city, of any kind).
pub(super) fn may_create_organisations(p: Option<&Principal>, cities: &[City]) -> bool {
    p.is_some()
        && OrgKind::ALL.iter().any(|k| {
            cities
                .iter()
                .any(|c| policy::create_organisation(p, *k, &c.slug).is_ok())
        })
}

/// Points the summary link of `from` errors at the input `to` (for errors about a group, such
/// as a name in "at least one language").
pub(super) fn relink(errors: &mut FieldErrors, from: &str, to: &str) {
    for (field, _) in errors.summary.iter_mut() {
        if field == from {
            *field = to.to_string();
        }
    }
}

/// What a failed form submission shows: the status and the errors at their fields. Refusals
/// by policy are shown at `forbidden.0` with the message `forbidden.1` when the viewer is
/// signed in; anything else becomes an error page.
#[allow(clippy::result_large_err)]
pub(super) fn form_errors(
    ctx: &Ctx,
    e: AppError,
    fields: &[&str],
    forbidden: Option<(&str, &str)>,
) -> Result<(StatusCode, FieldErrors), PageError> {
    match e {
        AppError::Validation(v) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            FieldErrors::from_validation(ctx, &v),
        )),
        AppError::Conflict { field, .. } => {
            let field = if fields.contains(&field.as_str()) {
                field
            } else {
                fields.first().copied().unwrap_or("slug").to_string()
            };
            Ok((
                StatusCode::CONFLICT,
                FieldErrors::single(&field, ctx.t("err-taken")),
            ))
        }
        AppError::Forbidden if ctx.signed_in() && forbidden.is_some() => {
            let (field, key) = forbidden.expect("checked");
            Ok((
                StatusCode::FORBIDDEN,
                FieldErrors::single(field, ctx.t(key)),
            ))
        }
        error => Err(PageError {
            error,
            ctx: ctx.clone(),
        }),
    }
}

/// A phone number as written, reduced to what a `tel:` link takes.
pub(super) fn tel_href(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Paragraphs of a plain-text description (separated by blank lines).
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// A partnership as a row of a list: name, status.
pub(super) struct PartnershipRow {
    pub slug: String,
    pub name: Text,
    pub status_code: &'static str,
    pub status: String,
    /// The role of the organisation in question, as written by whoever recorded it.
    pub role: Option<String>,
}

impl PartnershipRow {
    pub fn of(ctx: &Ctx, v: &city2city_app::partnerships::PartnershipView) -> PartnershipRow {
        PartnershipRow {
            slug: v.partnership.slug.clone(),
            name: Text::of(&v.partnership.name, ctx.lang),
            status_code: v.status.code(),
            status: ctx.t(&format!("status-{}", v.status.code())),
            role: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The list.

pub(super) struct OrgRow {
    pub slug: String,
    pub name: Text,
    pub kind: String,
    pub city: Text,
    pub sectors: Vec<String>,
    pub size: String,
}

impl OrgRow {
    pub fn of(ctx: &Ctx, o: &Organisation, cities: &[City]) -> OrgRow {
        OrgRow {
            slug: o.slug.clone(),
            name: Text::of(&o.name, ctx.lang),
            kind: kind_label(ctx, o.kind),
            city: city_text(cities, &o.city, ctx.lang),
            sectors: o.sectors.iter().map(|s| sector_label(ctx, s)).collect(),
            size: o.size_band.map(|b| size_label(ctx, b)).unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    q: String,
    kinds: Vec<Choice>,
    cities: Vec<Choice>,
    sectors: Vec<Choice>,
    sorts: Vec<Choice>,
    filtered: bool,
    can_create: bool,
    rows: Vec<OrgRow>,
    pagination: Pagination,
}

async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let q = params.get("q");
    let kind = OrgKind::parse(&params.get("kind"));
    let city = params.opt("city");
    let sector = params.opt("sector");
    let sort = OrgSort::parse(&params.get("sort")).unwrap_or_default();
    let cities = state.app.cities().await.page(&ctx)?;
    let result = state
        .app
        .organisations(&OrgQuery {
            q: Some(q.clone()).filter(|s| !s.is_empty()),
            kind,
            city: city.clone(),
            sector: sector.clone(),
            sort,
            page: params.page(),
            per_page: PER_PAGE,
        })
        .await
        .page(&ctx)?;
    let pagination = Pagination::new(
        &result,
        "/organisations",
        &[
            ("q", q.clone()),
            (
                "kind",
                kind.map(|k| k.code().to_string()).unwrap_or_default(),
            ),
            ("city", city.clone().unwrap_or_default()),
            ("sector", sector.clone().unwrap_or_default()),
            (
                "sort",
                if sort == OrgSort::default() {
                    String::new()
                } else {
                    sort.code().to_string()
                },
            ),
        ],
    );
    let rows = result
        .items
        .iter()
        .map(|o| OrgRow::of(&ctx, o, &cities))
        .collect();
    let page = ListPage {
        title: ctx.t("org-list-title"),
        notice: params.notice(&ctx, "org", &["deleted"]),
        kinds: OrgKind::ALL
            .iter()
            .map(|k| Choice::new("kind", k.code(), kind_label(&ctx, *k), kind == Some(*k)))
            .collect(),
        cities: cities
            .iter()
            .map(|c| {
                Choice::new(
                    "city",
                    &c.slug,
                    c.name.get(ctx.lang).to_string(),
                    city.as_deref() == Some(c.slug.as_str()),
                )
            })
            .collect(),
        sectors: sector_choices(&ctx, |s| sector.as_deref() == Some(s)),
        sorts: [
            (OrgSort::Name, "org-sort-name"),
            (OrgSort::NameDesc, "org-sort-name-desc"),
            (OrgSort::Newest, "org-sort-newest"),
            (OrgSort::City, "org-sort-city"),
        ]
        .iter()
        .map(|(s, key)| Choice::new("sort", s.code(), ctx.t(key), *s == sort))
        .collect(),
        filtered: !q.is_empty() || kind.is_some() || city.is_some() || sector.is_some(),
        can_create: may_create_organisations(ctx.principal(), &cities),
        q,
        rows,
        pagination,
        ctx,
    };
    Ok(render(&page))
}

/// Every sector as an option, labelled in the page's language, sorted by label.
pub(super) fn sector_choices(ctx: &Ctx, selected: impl Fn(&str) -> bool) -> Vec<Choice> {
    let mut out: Vec<Choice> = SECTORS
        .iter()
        .map(|s| {
            Choice::new(
                "sector",
                s.slug,
                s.label(ctx.lang).to_string(),
                selected(s.slug),
            )
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out
}

// ---------------------------------------------------------------------------------------------
// One organisation.

pub(super) struct PersonRow {
    pub id: i64,
    pub name: Text,
    pub title: Option<Text>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The phone number for a `tel:` link.
    pub tel: String,
}

impl PersonRow {
    pub fn of(ctx: &Ctx, p: &city2city_domain::people::Person) -> PersonRow {
        PersonRow {
            id: p.id,
            name: Text::guess(&p.name, ctx.lang),
            title: Text::opt(&p.title, ctx.lang),
            email: p.email.clone(),
            phone: p.phone.clone(),
            tel: tel_href(p.phone.as_deref().unwrap_or("")),
        }
    }
}

struct SectorView {
    slug: String,
    label: String,
    nace: String,
}

#[derive(Template)]
#[template(path = "organisations/detail.html")]
struct DetailPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    slug: String,
    name: Text,
    names: Vec<(String, Text)>,
    kind: String,
    city_slug: String,
    city: Text,
    website: Option<String>,
    sectors: Vec<SectorView>,
    size: Option<String>,
    description: Option<(Lang, Vec<String>)>,
    people: Vec<PersonRow>,
    show_contacts: bool,
    partnerships: Vec<PartnershipRow>,
    can_edit: bool,
    can_delete: bool,
}

async fn detail(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let o = state.app.organisation(&slug).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let people = state
        .app
        .people(
            ctx.principal(),
            &PeopleQuery {
                organisation: Some(o.slug.clone()),
                q: None,
                page: 1,
                per_page: 200,
            },
        )
        .await
        .page(&ctx)?;
    let partnerships = state
        .app
        .partnerships()
        .await
        .page(&ctx)?
        .iter()
        .filter_map(|v| {
            let party = v
                .partnership
                .parties
                .iter()
                .find(|p| p.organisation == o.slug)?;
            let mut row = PartnershipRow::of(&ctx, v);
            row.role = party.role.clone().filter(|r| !r.trim().is_empty());
            Some(row)
        })
        .collect();
    let people: Vec<PersonRow> = people
        .items
        .iter()
        .map(|p| PersonRow::of(&ctx, p))
        .collect();
    let name = Text::of(&o.name, ctx.lang);
    let page = DetailPage {
        title: name.text.clone(),
        notice: params.notice(&ctx, "org", &["created", "saved", "person-deleted"]),
        slug: o.slug.clone(),
        names: all_languages(&ctx, &o.name),
        name,
        kind: kind_label(&ctx, o.kind),
        city_slug: o.city.clone(),
        city: city_text(&cities, &o.city, ctx.lang),
        website: o.website.clone(),
        sectors: o
            .sectors
            .iter()
            .map(|s| SectorView {
                slug: s.clone(),
                label: sector_label(&ctx, s),
                nace: sectors::find(s)
                    .map(|x| x.nace.join(", "))
                    .unwrap_or_default(),
            })
            .collect(),
        size: o.size_band.map(|b| size_label(&ctx, b)),
        description: o
            .description
            .as_deref()
            .map(|d| (o.description_lang.unwrap_or(ctx.lang), paragraphs(d))),
        show_contacts: people
            .iter()
            .any(|p| p.email.is_some() || p.phone.is_some()),
        people,
        partnerships,
        can_edit: can_edit(&ctx, &o),
        can_delete: ctx.signed_in() && policy::delete_organisation(ctx.principal()).is_ok(),
        ctx,
    };
    Ok(render(&page))
}

// ---------------------------------------------------------------------------------------------
// Create and edit.

/// The form's values as typed.
#[derive(Debug, Clone, Default)]
struct OrgFields {
    slug: String,
    kind: String,
    city: String,
    name_bg: String,
    name_de: String,
    name_en: String,
    description: String,
    description_lang: String,
    website: String,
    sectors: Vec<String>,
    size_band: String,
}

impl OrgFields {
    fn of(o: &Organisation) -> OrgFields {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        OrgFields {
            slug: o.slug.clone(),
            kind: o.kind.code().into(),
            city: o.city.clone(),
            name_bg: s(&o.name.bg),
            name_de: s(&o.name.de),
            name_en: s(&o.name.en),
            description: s(&o.description),
            description_lang: o
                .description_lang
                .map(|l| l.code().to_string())
                .unwrap_or_default(),
            website: s(&o.website),
            sectors: o.sectors.clone(),
            size_band: o
                .size_band
                .map(|b| b.code().to_string())
                .unwrap_or_default(),
        }
    }

    fn from_form(form: &FormData) -> OrgFields {
        OrgFields {
            slug: form.get("slug").trim().to_string(),
            kind: form.get("kind").to_string(),
            city: form.get("city").to_string(),
            name_bg: form.get("name_bg").to_string(),
            name_de: form.get("name_de").to_string(),
            name_en: form.get("name_en").to_string(),
            description: form.get("description").to_string(),
            description_lang: form.get("description_lang").to_string(),
            website: form.get("website").trim().to_string(),
            sectors: form.all("sectors"),
            size_band: form.get("size_band").to_string(),
        }
    }

    fn input(&self) -> OrganisationInput {
        let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let description = opt(&self.description);
        OrganisationInput {
            slug: self.slug.clone(),
            kind: self.kind.clone(),
            city: self.city.clone(),
            name: Localized::new(
                Some(self.name_bg.clone()),
                Some(self.name_de.clone()),
                Some(self.name_en.clone()),
            ),
            // The language of no description is no question.
            description_lang: description
                .as_ref()
                .and_then(|_| opt(&self.description_lang)),
            description,
            website: opt(&self.website),
            sectors: self.sectors.clone(),
            size_band: opt(&self.size_band),
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/form.html")]
struct FormPage {
    ctx: Ctx,
    title: String,
    is_new: bool,
    action: String,
    cancel: String,
    f: OrgFields,
    lang_group: &'static str,
    lang_legend: String,
    lang_hint: String,
    lang_inputs: Vec<LangInput>,
    kinds: Vec<Choice>,
    cities: Vec<Choice>,
    description_langs: Vec<Choice>,
    sectors: Vec<Choice>,
    sizes: Vec<Choice>,
    errors: FieldErrors,
}

const ORG_FIELDS: &[&str] = &[
    "slug",
    "kind",
    "city",
    "name_bg",
    "name_de",
    "name_en",
    "description",
    "description_lang",
    "website",
    "sectors",
    "size_band",
];

/// The (kind, city) pairs the viewer may give a new organisation (`current` none) or
/// organisation `current`.
fn allowed_places(
    p: Option<&Principal>,
    current: Option<&OrgSummary>,
    cities: &[City],
) -> Vec<(OrgKind, String)> {
    let mut out = vec![];
    for k in OrgKind::ALL {
        for c in cities {
            let ok = match current {
                None => policy::create_organisation(p, k, &c.slug).is_ok(),
                Some(cur) => policy::edit_organisation_into(p, cur, k, &c.slug).is_ok(),
            };
            if ok {
                out.push((k, c.slug.clone()));
            }
        }
    }
    out
}

impl FormPage {
    fn new(
        ctx: Ctx,
        is_new: bool,
        current: Option<&Organisation>,
        f: OrgFields,
        cities: &[City],
        mut errors: FieldErrors,
    ) -> FormPage {
        let places = allowed_places(ctx.principal(), current.map(summary).as_ref(), cities);
        let kinds = OrgKind::ALL
            .iter()
            .filter(|k| places.iter().any(|(pk, _)| pk == *k) || f.kind == k.code())
            .map(|k| Choice::new("kind", k.code(), kind_label(&ctx, *k), f.kind == k.code()))
            .collect();
        let city_choices = cities
            .iter()
            .filter(|c| places.iter().any(|(_, pc)| *pc == c.slug) || f.city == c.slug)
            .map(|c| {
                Choice::new(
                    "city",
                    &c.slug,
                    c.name.get(ctx.lang).to_string(),
                    f.city == c.slug,
                )
            })
            .collect();
        let description_langs = Lang::ALL
            .iter()
            .map(|l| {
                Choice::new(
                    "description_lang",
                    l.code(),
                    lang_label(&ctx, *l),
                    f.description_lang == l.code(),
                )
            })
            .collect();
        let sectors = sector_choices(&ctx, |s| f.sectors.iter().any(|x| x == s));
        let sizes = SizeBand::ALL
            .iter()
            .map(|b| {
                Choice::new(
                    "size_band",
                    b.code(),
                    size_label(&ctx, *b),
                    f.size_band == b.code(),
                )
            })
            .collect();
        relink(&mut errors, "name", "name_bg");
        if let Some(first) = sectors.first() {
            relink(&mut errors, "sectors", &first.id);
        }
        let (title, action, cancel) = match current {
            None => (
                ctx.t("org-new-title"),
                "/organisations/new".to_string(),
                "/organisations".to_string(),
            ),
            Some(o) => (
                ctx.ta("org-edit-title", "name", &o.name.get(ctx.lang)),
                format!("/organisations/{}/edit", o.slug),
                format!("/organisations/{}", o.slug),
            ),
        };
        FormPage {
            title,
            is_new,
            action,
            cancel,
            lang_group: "name",
            lang_legend: ctx.t("org-field-names"),
            lang_hint: ctx.t("org-hint-names"),
            lang_inputs: lang_inputs(&ctx, "name", [&f.name_bg, &f.name_de, &f.name_en]),
            f,
            kinds,
            cities: city_choices,
            description_langs,
            sectors,
            sizes,
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
    let Some(p) = ctx.principal() else {
        return Err(AppError::Unauthenticated).page(&ctx);
    };
    let cities = state.app.cities().await.page(&ctx)?;
    if !may_create_organisations(Some(p), &cities) {
        return Err(AppError::Forbidden).page(&ctx);
    }
    let places = allowed_places(Some(p), None, &cities);
    let own_city = p.org.as_ref().map(|o| o.city.clone());
    let kind = params
        .opt("kind")
        .filter(|k| places.iter().any(|(pk, _)| pk.code() == k))
        .or_else(|| {
            places
                .iter()
                .any(|(k, _)| *k == OrgKind::Company)
                .then(|| OrgKind::Company.code().to_string())
        })
        .unwrap_or_default();
    let city = params
        .opt("city")
        .or(own_city)
        .filter(|c| places.iter().any(|(_, pc)| pc == c))
        .unwrap_or_default();
    let f = OrgFields {
        kind,
        city,
        description_lang: ctx.lang.code().to_string(),
        ..Default::default()
    };
    Ok(render(&FormPage::new(
        ctx,
        true,
        None,
        f,
        &cities,
        FieldErrors::default(),
    )))
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    let f = OrgFields::from_form(&form);
    match state
        .app
        .create_organisation(ctx.principal(), f.input())
        .await
    {
        Ok(o) => {
            Ok(Redirect::to(&format!("/organisations/{}?done=created", o.slug)).into_response())
        }
        Err(e) => {
            let (status, errors) =
                form_errors(&ctx, e, ORG_FIELDS, Some(("kind", "org-error-not-allowed")))?;
            let cities = state.app.cities().await.page(&ctx)?;
            let page = FormPage::new(ctx, true, None, f, &cities, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}

async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let o = state.app.organisation(&slug).await.page(&ctx)?;
    policy::edit_organisation(ctx.principal(), &summary(&o)).page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let f = OrgFields::of(&o);
    Ok(render(&FormPage::new(
        ctx,
        false,
        Some(&o),
        f,
        &cities,
        FieldErrors::default(),
    )))
}

async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, PageError> {
    let o = state.app.organisation(&slug).await.page(&ctx)?;
    let mut f = OrgFields::from_form(&form);
    if f.slug.is_empty() {
        f.slug = o.slug.clone();
    }
    match state
        .app
        .update_organisation(ctx.principal(), &slug, f.input())
        .await
    {
        Ok(o) => Ok(Redirect::to(&format!("/organisations/{}?done=saved", o.slug)).into_response()),
        Err(e) => {
            let (status, errors) =
                form_errors(&ctx, e, ORG_FIELDS, Some(("kind", "org-error-not-allowed")))?;
            let cities = state.app.cities().await.page(&ctx)?;
            let page = FormPage::new(ctx, false, Some(&o), f, &cities, errors);
            Ok((status, render(&page)).into_response())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Delete.

#[derive(Template)]
#[template(path = "organisations/delete.html")]
struct DeletePage {
    ctx: Ctx,
    title: String,
    slug: String,
    name: Text,
    people_note: Option<String>,
    error: Option<String>,
}

async fn delete_page(
    state: &AppState,
    ctx: Ctx,
    o: &Organisation,
    error: Option<String>,
) -> Result<DeletePage, PageError> {
    let people = state
        .app
        .people(
            ctx.principal(),
            &PeopleQuery {
                organisation: Some(o.slug.clone()),
                q: None,
                page: 1,
                per_page: 1,
            },
        )
        .await
        .page(&ctx)?
        .total;
    Ok(DeletePage {
        title: ctx.t("org-delete-title"),
        slug: o.slug.clone(),
        name: Text::of(&o.name, ctx.lang),
        people_note: (people > 0).then(|| ctx.ta("org-delete-people", "count", &people)),
        error,
        ctx,
    })
}

async fn delete_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let o = state.app.organisation(&slug).await.page(&ctx)?;
    policy::delete_organisation(ctx.principal()).page(&ctx)?;
    Ok(render(&delete_page(&state, ctx, &o, None).await?))
}

async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    _form: FormData,
) -> Result<Response, PageError> {
    let o = state.app.organisation(&slug).await.page(&ctx)?;
    match state.app.delete_organisation(ctx.principal(), &slug).await {
        Ok(()) => Ok(Redirect::to("/organisations?done=deleted").into_response()),
        Err(AppError::Conflict { .. }) => {
            let message = ctx.t("org-delete-in-use");
            let page = delete_page(&state, ctx, &o, Some(message)).await?;
            Ok((StatusCode::CONFLICT, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}
