//! The JSON API under `/api/v1`, described by an OpenAPI 3 document at `/api/v1/openapi.json`
//! and browsable at `/api/v1/docs` (the viewer is bundled in the binary, nothing from a CDN).
//!
//! Every list answers `{"items", "total", "page", "per_page"}` and takes `page` and `per_page`
//! (or `limit`); every error answers `{"error", "message", "field"}`.

mod account;
mod admin;
mod case_files;
mod cases;
mod cities;
mod contacts;
pub(crate) mod extract;
mod interests;
mod matching;
mod opportunities;
mod organisations;
mod packs;
mod partnerships;
mod people;
mod playbooks;
mod search;
mod sectors;

use crate::AppState;
use crate::error::ErrorBody;
use axum::Router;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "city2city API",
        description = "Cities, organisations, people, partnerships, opportunities, soft-landing cases, playbooks, information packs, the contact directory and accounts of a city-to-city business partnership. Authenticate with `Authorization: Bearer <token>` (create tokens on your account page) or a browser session.",
    ),
    modifiers(&Security),
    components(schemas(ErrorBody)),
    tags(
        (name = "cities"), (name = "organisations"), (name = "people"), (name = "partnerships"),
        (name = "opportunities"), (name = "interests"), (name = "cases"), (name = "playbooks"), (name = "packs"), (name = "contacts"), (name = "search"), (name = "sectors"), (name = "account"), (name = "admin"),
    )
)]
struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::SESSION_COOKIE))),
        );
    }
}

/// Page and size of a listing: `page` (from 1) and `per_page` or its alias `limit`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct Paging {
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Rows per page, 1–200 (default 50).
    pub per_page: Option<i64>,
    /// Alias of `per_page`.
    pub limit: Option<i64>,
}

impl Paging {
    pub fn page(&self) -> i64 {
        self.page.unwrap_or(1).max(1)
    }

    pub fn per_page(&self) -> i64 {
        self.per_page.or(self.limit).unwrap_or(50).clamp(1, 200)
    }
}

/// One page of a listing.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct List<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

impl<T> From<city2city_store::Page<T>> for List<T> {
    fn from(p: city2city_store::Page<T>) -> Self {
        List {
            items: p.items,
            total: p.total,
            page: p.page,
            per_page: p.per_page,
        }
    }
}

/// An optional choice of a query string (blank: none); an unknown one is an error naming the
/// allowed codes.
pub(crate) fn optional_choice<T>(
    field: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    codes: &str,
) -> Result<Option<T>, city2city_app::AppError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse(s).map(Some).ok_or_else(|| {
            city2city_domain::Validation::single(
                field,
                "invalid-choice",
                format!("must be one of {codes}"),
            )
            .into()
        }),
    }
}

/// The API's routes: those taking file uploads apart, since they accept larger bodies.
pub struct Routes {
    pub limited: Router<AppState>,
    pub uploads: Router<AppState>,
}

pub fn routes() -> Routes {
    let (uploads, upload_paths) = OpenApiRouter::new()
        .routes(routes!(case_files::list, case_files::upload))
        .split_for_parts();
    let (router, mut openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(cities::list, cities::create))
        .routes(routes!(cities::get, cities::update))
        .routes(routes!(organisations::list, organisations::create))
        .routes(routes!(
            organisations::get,
            organisations::update,
            organisations::delete
        ))
        .routes(routes!(people::list, people::create))
        .routes(routes!(people::get, people::update, people::delete))
        .routes(routes!(partnerships::list, partnerships::create))
        .routes(routes!(
            partnerships::get,
            partnerships::update,
            partnerships::delete
        ))
        .routes(routes!(partnerships::add_event))
        .routes(routes!(opportunities::create, search::opportunities))
        .routes(routes!(search::organisations))
        .routes(routes!(search::saved, search::save))
        .routes(routes!(search::delete_saved))
        .routes(routes!(search::notifications))
        .routes(routes!(search::mark_read))
        .routes(routes!(opportunities::mine))
        .routes(routes!(opportunities::queue))
        .routes(routes!(
            opportunities::get,
            opportunities::update,
            opportunities::delete
        ))
        .routes(routes!(opportunities::transition))
        .routes(routes!(opportunities::express_interest))
        .routes(routes!(matching::matches))
        .routes(routes!(matching::recommendations))
        .routes(routes!(interests::list))
        .routes(routes!(interests::get))
        .routes(routes!(interests::transition))
        .routes(routes!(cases::list, cases::open))
        .routes(routes!(cases::get))
        .routes(routes!(cases::move_case))
        .routes(routes!(cases::refer))
        .routes(routes!(cases::manager))
        .routes(routes!(cases::log_activity))
        .routes(routes!(case_files::download, case_files::remove))
        .routes(routes!(playbooks::apply))
        .routes(routes!(packs::send))
        .routes(routes!(contacts::introduce))
        .routes(routes!(contacts::advance))
        .routes(routes!(contacts::list, contacts::create))
        .routes(routes!(contacts::get, contacts::update))
        .routes(routes!(packs::list, packs::create))
        .routes(routes!(packs::get, packs::update))
        .routes(routes!(playbooks::tick))
        .routes(routes!(playbooks::list, playbooks::create))
        .routes(routes!(playbooks::get, playbooks::revise))
        .routes(routes!(sectors::list))
        .routes(routes!(account::me))
        .routes(routes!(account::list_tokens, account::create_token))
        .routes(routes!(account::revoke_token))
        .routes(routes!(admin::list_users, admin::create_user))
        .routes(routes!(admin::audit_log))
        .routes(routes!(admin::changes))
        .split_for_parts();
    openapi.merge(upload_paths);
    let limited = router
        .merge(
            utoipa_swagger_ui::SwaggerUi::new("/api/v1/docs").url("/api/v1/openapi.json", openapi),
        )
        .route("/api/{*rest}", axum::routing::any(unknown_endpoint));
    Routes { limited, uploads }
}

async fn unknown_endpoint() -> axum::response::Response {
    crate::error::ApiError(city2city_app::AppError::NotFound)
        .into_response_with_message("no such API endpoint")
}
