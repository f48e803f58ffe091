//! The directory: contacts by city, filtered by kind, language, sector and consent.

use super::kind_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Params, Text, city_text, lang_label, sector_label};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use city2city_domain::Lang;
use city2city_domain::contacts::ContactKind;
use city2city_store::ContactQuery;

pub(super) struct Row {
    pub slug: String,
    pub name: String,
    pub organisation: Option<String>,
    pub kind: String,
    pub city: Text,
    pub languages: String,
    pub sectors: String,
    pub consent: bool,
}

#[derive(Template)]
#[template(path = "contacts/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    rows: Vec<Row>,
    cities: Vec<Opt>,
    kinds: Vec<Opt>,
    langs: Vec<Opt>,
    consenting: bool,
    filtered: bool,
    may_create: bool,
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let kind = ContactKind::parse(&params.get("kind"));
    let lang = Lang::parse(&params.get("lang"));
    let city = params.opt("city");
    let consenting = !params.get("consenting").is_empty();
    let q = ContactQuery {
        city: city.clone(),
        kind,
        lang,
        consenting,
        ..Default::default()
    };
    let contacts = state.app.contacts(ctx.principal(), q).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let page = ListPage {
        title: ctx.t("contact-list-title"),
        rows: contacts
            .into_iter()
            .map(|c| Row {
                kind: kind_label(&ctx, c.kind),
                city: city_text(&cities, &c.city, ctx.lang),
                languages: c
                    .languages
                    .iter()
                    .map(|l| lang_label(&ctx, *l))
                    .collect::<Vec<_>>()
                    .join(", "),
                sectors: c
                    .sectors
                    .iter()
                    .map(|s| sector_label(&ctx, s))
                    .collect::<Vec<_>>()
                    .join(", "),
                consent: c.consent,
                slug: c.slug,
                name: c.name,
                organisation: c.organisation,
            })
            .collect(),
        cities: cities
            .iter()
            .map(|c| {
                Opt::new(
                    &c.slug,
                    Text::of(&c.name, ctx.lang).text,
                    city.as_deref() == Some(c.slug.as_str()),
                )
            })
            .collect(),
        kinds: ContactKind::ALL
            .iter()
            .map(|k| Opt::new(k.code(), kind_label(&ctx, *k), kind == Some(*k)))
            .collect(),
        langs: Lang::ALL
            .into_iter()
            .map(|l| Opt::new(l.code(), lang_label(&ctx, l), lang == Some(l)))
            .collect(),
        consenting,
        filtered: city.is_some() || kind.is_some() || lang.is_some() || consenting,
        may_create: cities
            .iter()
            .any(|c| city2city_app::policy::may_write_contact(ctx.principal(), &c.slug)),
        ctx,
    };
    Ok(render(&page))
}
