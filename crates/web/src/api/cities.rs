//! `/api/v1/cities`

use super::extract::ApiJson;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_domain::cities::{City, CityInput};

/// All cities.
#[utoipa::path(get, path = "/api/v1/cities", tag = "cities", responses((status = 200, body = Vec<City>)))]
pub async fn list(State(s): State<AppState>) -> Result<Json<Vec<City>>, ApiError> {
    Ok(Json(s.app.cities().await?))
}

/// Adds a city (admins).
#[utoipa::path(post, path = "/api/v1/cities", tag = "cities", request_body = CityInput,
    responses((status = 201, body = City), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<CityInput>,
) -> Result<(StatusCode, Json<City>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(s.app.create_city(ctx.principal(), input).await?),
    ))
}

/// One city by slug.
#[utoipa::path(get, path = "/api/v1/cities/{slug}", tag = "cities", params(("slug" = String, Path)),
    responses((status = 200, body = City), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<City>, ApiError> {
    Ok(Json(s.app.city(&slug).await?))
}

/// Replaces a city's data (admins).
#[utoipa::path(put, path = "/api/v1/cities/{slug}", tag = "cities", params(("slug" = String, Path)), request_body = CityInput,
    responses((status = 200, body = City), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<CityInput>,
) -> Result<Json<City>, ApiError> {
    Ok(Json(
        s.app.update_city(ctx.principal(), &slug, input).await?,
    ))
}
