//! Soft-landing cases: the pipeline board (`board`), the request for support (`request`) and one
//! case with its history and the agencies' forms (`detail`) and its checklist (`checklist`);
//! `common` holds the labels and the
//! board's card.

mod board;
mod checklist;
mod common;
mod detail;
mod files;
mod introductions;
mod packs;
mod request;

pub(in crate::pages) use checklist::{duration_label, responsible_label};

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases", get(board::board))
        .route("/cases/new", get(request::form).post(request::create))
        .route("/cases/{id}", get(detail::show))
        .route("/cases/{id}/move", post(detail::move_it))
        .route("/cases/{id}/referral", post(detail::refer))
        .route("/cases/{id}/manager", post(detail::manager))
        .route("/cases/{id}/activity", post(detail::activity))
        .route("/cases/{id}/playbooks", post(checklist::apply))
        .route("/cases/{id}/steps/{step}", post(checklist::tick))
        .route("/cases/{id}/packs", post(packs::send))
        .route("/cases/{id}/files/{file}", get(files::download))
        .route(
            "/cases/{id}/files/{file}/remove",
            get(files::confirm_remove).post(files::remove),
        )
        .route("/cases/{id}/introductions", post(introductions::introduce))
        .route(
            "/cases/{id}/introductions/{intro}",
            post(introductions::advance),
        )
}

/// Routes taking file uploads (larger bodies than other forms).
pub fn upload_routes() -> Router<AppState> {
    Router::new().route("/cases/{id}/files", post(files::upload))
}
