//! One playbook at a version: its steps with who does each, how long it takes and what comes
//! first, when it was last reviewed, and the list of versions.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::cases::{duration_label, responsible_label};
use crate::pages::organisations::{Params, Text, city_text, paragraphs};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use city2city_app::AppError;

pub(super) struct StepView {
    pub number: usize,
    pub title: Text,
    /// Rendered from the step's Markdown.
    pub description_html: String,
    pub description_lang: String,
    pub responsible: String,
    pub duration: Option<String>,
    pub waits_for: String,
}

pub(super) struct VersionRow {
    pub version: u32,
    pub author: Option<Text>,
    pub saved: When,
    pub steps: u32,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "playbooks/show.html")]
struct ShowPage {
    ctx: Ctx,
    title: String,
    notice: Option<String>,
    slug: String,
    heading: Text,
    city: Text,
    summary: Vec<String>,
    summary_lang: String,
    version: u32,
    latest: u32,
    reviewed: When,
    saved: When,
    author: Option<Text>,
    steps: Vec<StepView>,
    step_count: usize,
    versions: Vec<VersionRow>,
    can_edit: bool,
}

pub(super) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let params = Params(params);
    let version = match params.get("version").trim() {
        "" => None,
        v => Some(
            v.parse::<u32>()
                .map_err(|_| AppError::NotFound)
                .page(&ctx)?,
        ),
    };
    let notice = params.notice(&ctx, "playbook", &["created", "revised"]);
    let view = state
        .app
        .playbook(ctx.principal(), &slug, version)
        .await
        .page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let lang = ctx.lang;
    let pb = &view.playbook;
    let c = &pb.content;
    let heading = Text::of(&c.title, lang);
    let page = ShowPage {
        title: heading.text.clone(),
        notice,
        slug: pb.slug.clone(),
        city: city_text(&cities, &pb.city, lang),
        summary: paragraphs(c.summary.get(lang)),
        summary_lang: c.summary.lang_of(lang).code().to_string(),
        version: pb.version,
        latest: pb.latest_version,
        reviewed: When::date(lang, c.last_reviewed),
        saved: When::instant(lang, pb.saved_at),
        author: pb.author.as_deref().map(|a| Text::guess(a, lang)),
        steps: c
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| StepView {
                number: i + 1,
                title: Text::of(&s.title, lang),
                description_html: crate::markdown::to_html(s.description.get(lang), 4),
                description_lang: s.description.lang_of(lang).code().to_string(),
                responsible: responsible_label(&ctx, s.responsible),
                duration: duration_label(&ctx, s.duration_days),
                waits_for: s
                    .depends_on
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect(),
        step_count: c.steps.len(),
        versions: view
            .versions
            .iter()
            .map(|v| VersionRow {
                version: v.version,
                author: v.author.as_deref().map(|a| Text::guess(a, lang)),
                saved: When::instant(lang, v.saved_at),
                steps: v.steps,
                current: v.version == pb.version,
            })
            .collect(),
        can_edit: view.can_edit,
        heading,
        ctx,
    };
    Ok(render(&page))
}
