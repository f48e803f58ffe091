//! The packs the viewer may read, filtered by city, topic and language, grouped by city.

use super::topic_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::opportunities::common::Opt;
use crate::pages::organisations::{Params, Text, city_text, lang_label};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use city2city_app::packs::PackFilter;
use city2city_domain::Lang;
use city2city_domain::packs::Topic;

pub(super) struct Row {
    pub slug: String,
    pub title: String,
    pub lang: String,
    pub lang_name: String,
    pub topic: String,
    pub public: bool,
    pub reviewed: When,
}

pub(super) struct CityGroup {
    pub slug: String,
    pub name: Text,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "packs/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    groups: Vec<CityGroup>,
    cities: Vec<Opt>,
    topics: Vec<Opt>,
    langs: Vec<Opt>,
    filtered: bool,
    may_create: bool,
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    // A filter value that is not one of the choices is ignored, as everywhere in the pages.
    let topic = Topic::parse(&params.get("topic"));
    let lang = Lang::parse(&params.get("lang"));
    let city = params.opt("city");
    let cities = state.app.cities().await.page(&ctx)?;
    let packs = state
        .app
        .packs(
            ctx.principal(),
            PackFilter {
                city: city.clone(),
                topic,
                lang,
            },
        )
        .await
        .page(&ctx)?;
    let page_lang = ctx.lang;
    let mut groups: Vec<CityGroup> = Vec::new();
    for p in packs {
        let row = Row {
            title: p.title,
            lang: p.lang.code().to_string(),
            lang_name: lang_label(&ctx, p.lang),
            topic: topic_label(&ctx, p.topic),
            public: p.public,
            reviewed: When::date(page_lang, p.last_reviewed),
            slug: p.slug,
        };
        match groups.iter_mut().find(|g| g.slug == p.city) {
            Some(g) => g.rows.push(row),
            None => groups.push(CityGroup {
                name: city_text(&cities, &p.city, page_lang),
                slug: p.city,
                rows: vec![row],
            }),
        }
    }
    let page = ListPage {
        title: ctx.t("pack-list-title"),
        cities: cities
            .iter()
            .map(|c| {
                Opt::new(
                    &c.slug,
                    Text::of(&c.name, page_lang).text,
                    city.as_deref() == Some(c.slug.as_str()),
                )
            })
            .collect(),
        topics: Topic::ALL
            .iter()
            .map(|t| Opt::new(t.code(), topic_label(&ctx, *t), topic == Some(*t)))
            .collect(),
        langs: Lang::ALL
            .into_iter()
            .map(|l| Opt::new(l.code(), lang_label(&ctx, l), lang == Some(l)))
            .collect(),
        filtered: city.is_some() || topic.is_some() || lang.is_some(),
        may_create: cities
            .iter()
            .any(|c| city2city_app::policy::may_write_pack(ctx.principal(), &c.slug)),
        groups,
        ctx,
    };
    Ok(render(&page))
}
