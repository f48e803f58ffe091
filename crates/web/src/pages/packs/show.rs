//! One information pack: its text (Markdown, rendered safely), owner, review date and its
//! versions in the other languages.

use super::topic_label;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::organisations::{Params, Text, city_text, lang_label};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

pub(super) struct TranslationLink {
    pub slug: String,
    pub lang: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "packs/show.html")]
struct ShowPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    slug: String,
    lang: String,
    city: Text,
    topic: String,
    owner: Text,
    owner_slug: String,
    public: bool,
    reviewed: When,
    body_html: String,
    translations: Vec<TranslationLink>,
    can_edit: bool,
}

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let notice = Params(params).notice(&ctx, "pack", &["created", "updated"]);
    let view = state.app.pack(ctx.principal(), &slug).await.page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let p = &view.pack;
    let owner = match state.app.organisation(&p.owner).await {
        Ok(o) => Text::of(&o.name, ctx.lang),
        Err(_) => Text::in_lang(&p.owner, ctx.lang, ctx.lang),
    };
    let page = ShowPage {
        title: p.title.clone(),
        notice,
        slug: p.slug.clone(),
        lang: p.lang.code().to_string(),
        city: city_text(&cities, &p.city, ctx.lang),
        topic: topic_label(&ctx, p.topic),
        owner,
        owner_slug: p.owner.clone(),
        public: p.public,
        reviewed: When::date(ctx.lang, p.last_reviewed),
        body_html: crate::markdown::to_html(&p.body, 2),
        translations: view
            .translations
            .iter()
            .map(|t| TranslationLink {
                slug: t.slug.clone(),
                lang: t.lang.code().to_string(),
                name: lang_label(&ctx, t.lang),
            })
            .collect(),
        can_edit: view.can_edit,
        ctx,
    };
    Ok(render(&page))
}
