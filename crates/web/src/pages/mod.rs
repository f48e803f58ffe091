//! Server-rendered pages. Each capability has its module (routes, handlers, page structs) and
//! its templates; all share the layout in `layout` and `templates/base.html`.

mod account;
mod admin;
mod cases;
mod cities;
mod contacts;
mod home;
pub mod layout;
mod opportunities;
mod organisations;
mod packs;
mod partnerships;
mod people;
mod playbooks;
mod sectors;
mod session;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::PageError;
use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use city2city_app::AppError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/lang/{code}", get(session::switch_language))
        .route("/login", get(session::login_form).post(session::login))
        .route("/logout", post(session::logout))
        .merge(home::routes())
        .merge(cities::routes())
        .merge(organisations::routes())
        .merge(people::routes())
        .merge(sectors::routes())
        .merge(partnerships::routes())
        .merge(opportunities::routes())
        .merge(cases::routes())
        .merge(playbooks::routes())
        .merge(packs::routes())
        .merge(contacts::routes())
        .merge(account::routes())
        .merge(admin::routes())
}

/// Routes taking file uploads, which accept larger bodies than the others.
pub fn upload_routes() -> Router<AppState> {
    cases::upload_routes()
}

pub async fn not_found(ctx: Ctx) -> Response {
    PageError {
        error: AppError::NotFound,
        ctx,
    }
    .into_response()
}

/// A local path to return to: refuses absolute and protocol-relative URLs (open redirects).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}
