//! Opportunities (partnering profiles) and what grows around them: the public search with
//! facets, one opportunity's page with its lifecycle buttons and the expression-of-interest form,
//! the author's editor with a preview, the organisation's own list, the staff's validation queue,
//! the expressions of interest, saved searches and notifications.
//!
//! `common` holds labels and the profile shown on the page and in the preview; `search` the
//! public listing and saving a search; `detail` one opportunity and the moves made from its page;
//! `editor` writing one; `lists` the organisation's list and the validation queue; `interests`
//! the expressions of interest; `notifications` the notifications and the saved searches;
//! `matches` the matching partners shown on an opportunity's page and the home page.

pub(super) mod common;
mod detail;
mod editor;
mod interests;
mod lists;
pub(super) mod matches;
mod notifications;
mod search;
#[cfg(test)]
mod tests;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/opportunities", get(search::search))
        .route(
            "/opportunities/new",
            get(editor::new_form).post(editor::create),
        )
        .route("/opportunities/mine", get(lists::mine))
        .route("/opportunities/queue", get(lists::queue))
        .route(
            "/opportunities/saved",
            get(notifications::saved).post(search::save),
        )
        .route(
            "/opportunities/saved/{id}/alerts",
            post(notifications::set_alerts),
        )
        .route(
            "/opportunities/saved/{id}/delete",
            get(notifications::delete_saved_form).post(notifications::delete_saved),
        )
        .route("/opportunities/{reference}", get(detail::show))
        .route(
            "/opportunities/{reference}/edit",
            get(editor::edit_form).post(editor::update),
        )
        .route("/opportunities/{reference}/move", post(detail::move_it))
        .route("/opportunities/{reference}/interest", post(detail::express))
        .route(
            "/opportunities/{reference}/delete",
            get(detail::delete_form).post(detail::delete),
        )
        .route("/interests", get(interests::list))
        .route("/interests/{id}", get(interests::show))
        .route("/interests/{id}/move", post(interests::move_it))
        .route("/notifications", get(notifications::list))
        .route("/notifications/read", post(notifications::mark_read))
}
