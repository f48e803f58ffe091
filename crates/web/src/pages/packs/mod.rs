//! Information packs: the list by city and topic (`list`), one pack (`show`), and the editor
//! (`edit`).

mod edit;
mod list;
mod show;

use crate::AppState;
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/packs", get(list::list).post(edit::create))
        .route("/packs/new", get(edit::new_form))
        .route("/packs/{slug}", get(show::show))
        .route(
            "/packs/{slug}/edit",
            get(edit::edit_form).post(edit::update),
        )
}

use crate::ctx::Ctx;
use city2city_domain::packs::Topic;

pub(in crate::pages) fn topic_label(ctx: &Ctx, t: Topic) -> String {
    ctx.t(&format!("pack-topic-{}", t.slug_part()))
}
