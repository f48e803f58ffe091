//! Playbooks: the list by city (`list`), one playbook at a version with its history (`show`),
//! and the editor that saves the first or a new version (`edit`).

mod edit;
mod list;
mod show;

use crate::AppState;
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/playbooks", get(list::list).post(edit::create))
        .route("/playbooks/new", get(edit::new_form))
        .route("/playbooks/{slug}", get(show::show))
        .route(
            "/playbooks/{slug}/edit",
            get(edit::edit_form).post(edit::revise),
        )
}
