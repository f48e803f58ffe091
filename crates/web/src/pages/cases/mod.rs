//! Soft-landing cases: the pipeline board (`board`), the request for support (`request`) and one
//! case with its history and the agencies' forms (`detail`); `common` holds the labels and the
//! board's card.

mod board;
mod common;
mod detail;
mod request;

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
}
