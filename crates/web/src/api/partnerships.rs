//! `/api/v1/partnerships`: partnerships with their agreement history and derived status.

use super::extract::ApiJson;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::partnerships::PartnershipView;
use city2city_domain::partnerships::{EventInput, PartnershipInput};

/// All partnerships, each with its history and today's status.
#[utoipa::path(get, path = "/api/v1/partnerships", tag = "partnerships", responses((status = 200, body = Vec<PartnershipView>)))]
pub async fn list(State(s): State<AppState>) -> Result<Json<Vec<PartnershipView>>, ApiError> {
    Ok(Json(s.app.partnerships().await?))
}

/// Creates a partnership (admins; officials of one of its cities).
#[utoipa::path(post, path = "/api/v1/partnerships", tag = "partnerships", request_body = PartnershipInput,
    responses((status = 201, body = PartnershipView), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<PartnershipInput>,
) -> Result<(StatusCode, Json<PartnershipView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(s.app.create_partnership(ctx.principal(), input).await?),
    ))
}

/// One partnership with its agreement timeline.
#[utoipa::path(get, path = "/api/v1/partnerships/{slug}", tag = "partnerships", params(("slug" = String, Path)),
    responses((status = 200, body = PartnershipView), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<PartnershipView>, ApiError> {
    Ok(Json(s.app.partnership(&slug).await?))
}

/// Replaces name, cities and parties.
#[utoipa::path(put, path = "/api/v1/partnerships/{slug}", tag = "partnerships", params(("slug" = String, Path)), request_body = PartnershipInput,
    responses((status = 200, body = PartnershipView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(mut input): ApiJson<PartnershipInput>,
) -> Result<Json<PartnershipView>, ApiError> {
    if input.slug.trim().is_empty() {
        input.slug = slug.clone();
    }
    Ok(Json(
        s.app
            .update_partnership(ctx.principal(), &slug, input)
            .await?,
    ))
}

/// Deletes a partnership (admins).
#[utoipa::path(delete, path = "/api/v1/partnerships/{slug}", tag = "partnerships", params(("slug" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn delete(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.app.delete_partnership(ctx.principal(), &slug).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records an agreement event: signed, extended (new `term_end`), scope_changed (`areas`,
/// `sectors`) or terminated. Illegal moves (extending before signing, anything after
/// termination, dates going back) are refused with 422.
#[utoipa::path(post, path = "/api/v1/partnerships/{slug}/events", tag = "partnerships", params(("slug" = String, Path)), request_body = EventInput,
    responses((status = 201, body = PartnershipView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn add_event(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<(StatusCode, Json<PartnershipView>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(
            s.app
                .add_agreement_event(ctx.principal(), &slug, input)
                .await?,
        ),
    ))
}
