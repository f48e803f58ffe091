//! One contact of the directory: what they do, languages, sectors, how to reach them and
//! whether (since when) they agreed to be introduced.

use super::kind_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::organisations::{Params, Text, city_text, lang_label, sector_label};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use city2city_domain::contacts::Contact;

#[derive(Template)]
#[template(path = "contacts/show.html")]
struct ShowPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    c: Contact,
    kind: String,
    city: Text,
    languages: String,
    sectors: String,
    consent_date: Option<When>,
    can_edit: bool,
}

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let notice = Params(params).notice(&ctx, "contact", &["created", "updated"]);
    let view = state.app.contact(ctx.principal(), &slug).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let c = view.contact;
    let page = ShowPage {
        title: c.name.clone(),
        notice,
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
        consent_date: c.consent_date.map(|d| When::date(ctx.lang, d)),
        can_edit: view.can_edit,
        c,
        ctx,
    };
    Ok(render(&page))
}
