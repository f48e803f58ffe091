//! The sector taxonomy: every sector in the three languages, its NACE Rev. 2 codes, and how many
//! organisations work in it.

use super::organisations::{Text, lang_label};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use city2city_domain::Lang;
use city2city_domain::sectors::SECTORS;
use city2city_store::OrgQuery;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sectors", get(list))
}

struct Row {
    slug: &'static str,
    label: &'static str,
    /// The label in the two other languages, each tagged with its language.
    others: Vec<(String, Text)>,
    nace: Vec<&'static str>,
    organisations: i64,
    /// Context of the count for screen readers: "Organisations in Fintech:".
    organisations_in: String,
}

#[derive(Template)]
#[template(path = "sectors/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    rows: Vec<Row>,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let mut rows = Vec::with_capacity(SECTORS.len());
    for s in SECTORS {
        let organisations = state
            .app
            .organisations(&OrgQuery {
                sector: Some(s.slug.to_string()),
                page: 1,
                per_page: 1,
                ..Default::default()
            })
            .await
            .page(&ctx)?
            .total;
        rows.push(Row {
            slug: s.slug,
            label: s.label(ctx.lang),
            others: Lang::ALL
                .into_iter()
                .filter(|l| *l != ctx.lang)
                .map(|l| (lang_label(&ctx, l), Text::in_lang(s.label(l), l, ctx.lang)))
                .collect(),
            nace: s.nace.to_vec(),
            organisations_in: ctx.ta("sector-organisations-in", "sector", &s.label(ctx.lang)),
            organisations,
        });
    }
    rows.sort_by(|a, b| a.label.cmp(b.label));
    let page = ListPage {
        title: ctx.t("sector-list-title"),
        rows,
        ctx,
    };
    Ok(render(&page))
}
