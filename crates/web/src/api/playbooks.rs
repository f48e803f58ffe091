//! `/api/v1/playbooks`: host cities' landing guidance, versioned; and the checklists they make
//! on cases (`/api/v1/cases/{id}/playbooks`, `/api/v1/cases/{id}/steps/{step}`).

use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::cases::CaseDetail;
use city2city_app::playbooks::{NewPlaybookInput, PlaybookView, RevisionInput};
use city2city_domain::playbooks::{ApplyInput, Playbook, TickInput};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CityFilter {
    /// City slug: only that city's playbooks.
    city: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct VersionParam {
    /// A version number; the latest without it.
    version: Option<u32>,
}

/// The latest version of each playbook (anyone signed in).
#[utoipa::path(get, path = "/api/v1/playbooks", tag = "playbooks", params(CityFilter),
    responses((status = 200, body = Vec<Playbook>), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<CityFilter>,
) -> Result<Json<Vec<Playbook>>, ApiError> {
    Ok(Json(
        s.app.playbooks(ctx.principal(), f.city.as_deref()).await?,
    ))
}

/// Write a city's playbook, as its version 1 (staff of the city's public bodies).
#[utoipa::path(post, path = "/api/v1/playbooks", tag = "playbooks", request_body = NewPlaybookInput,
    responses((status = 201, body = PlaybookView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<NewPlaybookInput>,
) -> Result<(StatusCode, Json<PlaybookView>), ApiError> {
    let view = s.app.create_playbook(ctx.principal(), body).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// A playbook at one version, with its list of versions.
#[utoipa::path(get, path = "/api/v1/playbooks/{slug}", tag = "playbooks", params(("slug" = String, Path), VersionParam),
    responses((status = 200, body = PlaybookView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiQuery(v): ApiQuery<VersionParam>,
) -> Result<Json<PlaybookView>, ApiError> {
    Ok(Json(
        s.app.playbook(ctx.principal(), &slug, v.version).await?,
    ))
}

/// Save a new version: the whole content, and the version it was made from (409 if someone
/// saved a newer one since).
#[utoipa::path(put, path = "/api/v1/playbooks/{slug}", tag = "playbooks", params(("slug" = String, Path)), request_body = RevisionInput,
    responses((status = 200, body = PlaybookView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn revise(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<RevisionInput>,
) -> Result<Json<PlaybookView>, ApiError> {
    Ok(Json(
        s.app.revise_playbook(ctx.principal(), &slug, body).await?,
    ))
}

/// Apply a playbook of the host city to the case: its steps become the case's checklist
/// (either agency on the case).
#[utoipa::path(post, path = "/api/v1/cases/{id}/playbooks", tag = "cases", params(("id" = i64, Path)), request_body = ApplyInput,
    responses((status = 201, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn apply(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ApplyInput>,
) -> Result<(StatusCode, Json<CaseDetail>), ApiError> {
    let detail = s.app.apply_playbook(ctx.principal(), id, body).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// Tick a checklist step (`done: true`) or untick it (the company and both agencies).
#[utoipa::path(put, path = "/api/v1/cases/{id}/steps/{step}", tag = "cases", params(("id" = i64, Path), ("step" = i64, Path)), request_body = TickInput,
    responses((status = 200, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn tick(
    State(s): State<AppState>,
    ctx: Ctx,
    Path((id, step)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<TickInput>,
) -> Result<Json<CaseDetail>, ApiError> {
    Ok(Json(
        s.app
            .tick_case_step(ctx.principal(), id, step, body.done)
            .await?,
    ))
}
