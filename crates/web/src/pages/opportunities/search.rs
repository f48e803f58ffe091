//! The public listing of published opportunities: a GET search form (so a result's address can
//! be shared), facets with counts, highlighted hits, and for signed-in users a form that saves
//! the search (with alerts).

use super::common::{Check, Opt, kind_label};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::{FieldErrors, FormData};
use crate::pages::layout::Pagination;
use crate::pages::organisations::{Params, Text, city_text, lang_label, sector_label};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::AppError;
use city2city_app::search::{FacetCount, OpportunityHit, SearchRequest, SearchSort};
use city2city_domain::cities::City;
use city2city_domain::opportunities::OpportunityKind;
use city2city_domain::{Lang, sectors};

const PER_PAGE: i64 = 20;

/// A search from repeated parameters (`kind`, `sector`, `city`, `lang` may each come several
/// times), read leniently: a value that is no known choice is left out, never an error.
pub(super) fn request_from(
    one: impl Fn(&str) -> String,
    many: impl Fn(&str) -> Vec<String>,
    page: i64,
) -> SearchRequest {
    fn keep(values: Vec<String>, ok: impl Fn(&str) -> bool) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for v in values.into_iter().map(|v| v.trim().to_string()) {
            if !v.is_empty() && ok(&v) && !out.contains(&v) {
                out.push(v);
            }
        }
        out
    }
    SearchRequest {
        q: one("q").trim().to_string(),
        kinds: keep(many("kind"), |k| OpportunityKind::parse(k).is_some()),
        sectors: keep(many("sector"), |s| sectors::find(s).is_some()),
        cities: keep(many("city"), |c| {
            c.len() <= 64
                && c.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        }),
        langs: keep(many("lang"), |l| Lang::parse(l).is_some()),
        sort: SearchSort::parse(&one("sort")).unwrap_or_default(),
        page,
        per_page: PER_PAGE,
    }
}

/// The search's parameters, in a stable order, without the page.
pub(super) fn query_pairs(r: &SearchRequest, with_sort: bool) -> Vec<(&'static str, String)> {
    let mut out = vec![("q", r.q.clone())];
    out.extend(r.kinds.iter().map(|v| ("kind", v.clone())));
    out.extend(r.sectors.iter().map(|v| ("sector", v.clone())));
    out.extend(r.cities.iter().map(|v| ("city", v.clone())));
    out.extend(r.langs.iter().map(|v| ("lang", v.clone())));
    if with_sort && r.sort != SearchSort::default() {
        out.push(("sort", r.sort.code().to_string()));
    }
    out.retain(|(_, v)| !v.is_empty());
    out
}

/// The address of the search's results.
pub(super) fn search_href(r: &SearchRequest) -> String {
    let pairs = query_pairs(r, true);
    if pairs.is_empty() {
        return "/opportunities".into();
    }
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
        .collect();
    format!("/opportunities?{}", query.join("&"))
}

/// The filters of a search in words (for the saved searches).
pub(super) fn describe_filters(ctx: &Ctx, r: &SearchRequest, cities: &[City]) -> Vec<String> {
    let mut out = Vec::new();
    let kinds: Vec<String> = r
        .kinds
        .iter()
        .filter_map(|k| OpportunityKind::parse(k))
        .map(|k| kind_label(ctx, k))
        .collect();
    if !kinds.is_empty() {
        out.push(format!("{}: {}", ctx.t("opp-field-kind"), kinds.join(", ")));
    }
    if !r.sectors.is_empty() {
        let s: Vec<String> = r.sectors.iter().map(|s| sector_label(ctx, s)).collect();
        out.push(format!("{}: {}", ctx.t("opp-field-sectors"), s.join(", ")));
    }
    if !r.cities.is_empty() {
        let c: Vec<String> = r
            .cities
            .iter()
            .map(|c| city_text(cities, c, ctx.lang).text)
            .collect();
        out.push(format!("{}: {}", ctx.t("opp-facet-city"), c.join(", ")));
    }
    if !r.langs.is_empty() {
        let l: Vec<String> = r
            .langs
            .iter()
            .filter_map(|l| Lang::parse(l))
            .map(|l| lang_label(ctx, l))
            .collect();
        out.push(format!("{}: {}", ctx.t("opp-facet-lang"), l.join(", ")));
    }
    out
}

struct HitView {
    reference: String,
    kind_code: &'static str,
    kind: String,
    lang: Lang,
    /// Escaped by the search, with the matched words in `<mark>`.
    title_html: String,
    snippet_html: String,
    sectors: Vec<String>,
    city: Text,
    target_cities: Vec<Text>,
    deadline: Option<When>,
    valid_until: When,
    owner: Option<Text>,
}

impl HitView {
    fn of(ctx: &Ctx, h: OpportunityHit, cities: &[City]) -> HitView {
        HitView {
            kind_code: h.kind.code(),
            kind: kind_label(ctx, h.kind),
            lang: h.lang,
            sectors: h.sectors.iter().map(|s| sector_label(ctx, s)).collect(),
            city: city_text(cities, &h.city, ctx.lang),
            target_cities: h
                .target_cities
                .iter()
                .map(|c| city_text(cities, c, ctx.lang))
                .collect(),
            deadline: h.deadline.map(|d| When::date(ctx.lang, d)),
            valid_until: When::date(ctx.lang, h.valid_until),
            owner: h
                .owner_name
                .as_ref()
                .filter(|n| !n.is_empty())
                .map(|n| Text::of(n, ctx.lang)),
            reference: h.reference,
            title_html: h.title_html,
            snippet_html: h.snippet_html,
        }
    }
}

#[derive(Template)]
#[template(path = "opportunities/search.html")]
struct SearchPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    q: String,
    kinds: Vec<Check>,
    sectors: Vec<Check>,
    cities: Vec<Check>,
    langs: Vec<Check>,
    sorts: Vec<Opt>,
    filtered: bool,
    hits: Vec<HitView>,
    result_count: String,
    pagination: Pagination,
    can_create: bool,
    /// The search as hidden fields of the "save this search" form.
    hidden: Vec<(&'static str, String)>,
    save_name: String,
    save_alerts: bool,
    errors: FieldErrors,
}

/// Facet choices: every value the facet counted and every value chosen, with the counts.
fn facet(
    group: &str,
    counts: &[FacetCount],
    chosen: &[String],
    all: Vec<String>,
    label: impl Fn(&str) -> (String, Option<Lang>),
    sort_by_label: bool,
) -> Vec<Check> {
    let mut values: Vec<String> = all;
    for c in counts {
        if !values.contains(&c.value) {
            values.push(c.value.clone());
        }
    }
    for c in chosen {
        if !values.contains(c) {
            values.push(c.clone());
        }
    }
    let mut items: Vec<(String, String, Option<Lang>)> = values
        .into_iter()
        .map(|v| {
            let (l, lang) = label(&v);
            (v, l, lang)
        })
        .collect();
    if sort_by_label {
        items.sort_by_cached_key(|a| a.1.to_lowercase());
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, lang))| Check {
            id: if i == 0 {
                group.to_string()
            } else {
                format!("{group}-{value}")
            },
            count: Some(
                counts
                    .iter()
                    .find(|c| c.value == value)
                    .map(|c| c.count)
                    .unwrap_or(0),
            ),
            checked: chosen.contains(&value),
            value,
            label,
            lang,
        })
        .collect()
}

async fn search_page(
    state: &AppState,
    ctx: Ctx,
    r: SearchRequest,
    notice: Option<String>,
    save: (String, bool, FieldErrors),
) -> Result<SearchPage, PageError> {
    let cities = state.app.cities().await.page(&ctx)?;
    let found = state
        .app
        .search_opportunities(ctx.principal(), &r)
        .await
        .page(&ctx)?;
    let as_page = city2city_store::Page {
        items: vec![(); found.items.len()],
        total: found.total,
        page: found.page,
        per_page: found.per_page,
    };
    let pagination = Pagination::new(&as_page, "/opportunities", &query_pairs(&r, true));
    let kinds = facet(
        "kind",
        &found.facets.kind,
        &r.kinds,
        OpportunityKind::ALL
            .iter()
            .map(|k| k.code().to_string())
            .collect(),
        |v| {
            (
                OpportunityKind::parse(v)
                    .map(|k| kind_label(&ctx, k))
                    .unwrap_or_else(|| v.to_string()),
                None,
            )
        },
        false,
    );
    let sectors = facet(
        "sector",
        &found.facets.sector,
        &r.sectors,
        vec![],
        |v| (sector_label(&ctx, v), None),
        true,
    );
    let city_facet = facet(
        "city",
        &found.facets.city,
        &r.cities,
        vec![],
        |v| {
            let t = city_text(&cities, v, ctx.lang);
            (t.text, t.foreign.then_some(t.lang))
        },
        true,
    );
    let langs = facet(
        "lang",
        &found.facets.lang,
        &r.langs,
        Lang::ALL.iter().map(|l| l.code().to_string()).collect(),
        |v| {
            (
                Lang::parse(v)
                    .map(|l| lang_label(&ctx, l))
                    .unwrap_or_else(|| v.to_string()),
                None,
            )
        },
        false,
    );
    let sorts = [
        (SearchSort::Relevance, "opp-sort-relevance"),
        (SearchSort::Newest, "opp-sort-newest"),
        (SearchSort::Deadline, "opp-sort-deadline"),
    ]
    .iter()
    .map(|(s, key)| Opt::new(s.code(), ctx.t(key), *s == r.sort))
    .collect();
    let filtered = !r.q.is_empty()
        || !r.kinds.is_empty()
        || !r.sectors.is_empty()
        || !r.cities.is_empty()
        || !r.langs.is_empty();
    let result_count = ctx.ta("opp-result-count", "count", &found.total);
    let hits = found
        .items
        .into_iter()
        .map(|h| HitView::of(&ctx, h, &cities))
        .collect();
    let (save_name, save_alerts, errors) = save;
    Ok(SearchPage {
        title: ctx.t("opp-search-title"),
        notice,
        q: r.q.clone(),
        kinds,
        sectors,
        cities: city_facet,
        langs,
        sorts,
        filtered,
        hits,
        result_count,
        pagination,
        can_create: ctx.authors_opportunities() || ctx.has_staff_desk(),
        hidden: query_pairs(&r, false),
        save_name,
        save_alerts,
        errors,
        ctx,
    })
}

pub(super) async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let r = request_from(
        |k| params.get(k),
        |k| {
            params
                .0
                .iter()
                .filter(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .collect()
        },
        params.page(),
    );
    let notice = params.notice(&ctx, "opp", &["deleted"]);
    let page = search_page(
        &state,
        ctx,
        r,
        notice,
        (String::new(), true, FieldErrors::default()),
    )
    .await?;
    Ok(render(&page))
}

/// Saves the search the form carries (as hidden fields) under the name given.
pub(super) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, PageError> {
    if !ctx.signed_in() {
        return Err(AppError::Unauthenticated).page(&ctx);
    }
    let r = request_from(|k| form.get(k).to_string(), |k| form.all(k), 1);
    let name = form.get("name").to_string();
    let alerts = form.checked("alerts");
    match state
        .app
        .save_search(ctx.principal(), &name, &r, alerts)
        .await
    {
        Ok(_) => Ok(Redirect::to("/opportunities/saved?done=saved").into_response()),
        Err(AppError::Validation(v)) => {
            // Every problem is about what is saved under the name: shown at the name.
            let errors = super::common::field_errors(&ctx, v, |_| Some("search_name".into()));
            let page = search_page(&state, ctx, r, None, (name, alerts, errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e).page(&ctx),
    }
}
