//! The HTTP face of city2city: server-rendered pages for people and a JSON API under `/api/v1`
//! for integrations, served by one axum router.

// Page handlers return `PageError`, which carries the request context to render the error page
// in the visitor's language; its size is irrelevant next to a request's cost.
#![allow(clippy::result_large_err)]

pub mod api;
mod assets;
mod ctx;
mod error;
mod form;
pub mod i18n;
mod markdown;
mod pages;
mod security;
mod upload;

pub use ctx::{Ctx, SESSION_COOKIE};
pub use error::{ApiError, PageError};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use city2city_app::App;
use std::future::Future;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure`. On by default; only plain-HTTP development on loopback turns it off.
    pub cookie_secure: bool,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            cookie_secure: true,
            max_body_bytes: 1024 * 1024,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub config: Arc<WebConfig>,
}

impl AppState {
    pub fn new(app: App, config: WebConfig) -> AppState {
        AppState {
            app,
            config: Arc::new(config),
        }
    }
}

/// The whole site: pages, API, static assets, with the security and context middleware.
pub fn router(state: AppState) -> Router {
    let max_body = state.config.max_body_bytes;
    let api = api::routes();
    let limited = Router::new()
        .merge(pages::routes())
        .merge(api.limited)
        .merge(assets::routes())
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(max_body));
    // A request announcing a larger body than its route takes is refused before it is read.
    let uploads = Router::new()
        .merge(pages::upload_routes())
        .merge(api.uploads)
        .layer(DefaultBodyLimit::max(upload::UPLOAD_BODY_LIMIT))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            upload::UPLOAD_BODY_LIMIT,
        ));
    limited
        .merge(uploads)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ctx::resolve,
        ))
        .layer(axum::middleware::from_fn(security::same_origin_writes))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
