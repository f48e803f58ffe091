//! Every playbook at its latest version, grouped by the city it guides companies into.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::pages::organisations::{Text, city_text};
use crate::pages::partnerships::common::When;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

pub(super) struct Row {
    pub slug: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub steps: usize,
    pub version: u32,
    pub reviewed: When,
}

pub(super) struct CityGroup {
    pub slug: String,
    pub name: Text,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "playbooks/list.html")]
struct ListPage {
    ctx: Ctx,
    title: String,
    groups: Vec<CityGroup>,
    /// The viewer may write the playbooks of some city (the "new" link shows).
    may_create: bool,
}

pub(super) async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let playbooks = state
        .app
        .playbooks(ctx.principal(), None)
        .await
        .page(&ctx)?;
    let cities = state.app.cities().await.page(&ctx)?;
    let lang = ctx.lang;
    let mut groups: Vec<CityGroup> = Vec::new();
    for pb in playbooks {
        let row = Row {
            title: Text::of(&pb.content.title, lang),
            summary: (!pb.content.summary.is_empty()).then(|| Text::of(&pb.content.summary, lang)),
            steps: pb.content.steps.len(),
            version: pb.version,
            reviewed: When::date(lang, pb.content.last_reviewed),
            slug: pb.slug,
        };
        match groups.iter_mut().find(|g| g.slug == pb.city) {
            Some(g) => g.rows.push(row),
            None => groups.push(CityGroup {
                name: city_text(&cities, &pb.city, lang),
                slug: pb.city,
                rows: vec![row],
            }),
        }
    }
    let may_create = cities
        .iter()
        .any(|c| city2city_app::policy::may_write_playbook(ctx.principal(), &c.slug));
    let page = ListPage {
        title: ctx.t("playbook-list-title"),
        groups,
        may_create,
        ctx,
    };
    Ok(render(&page))
}
