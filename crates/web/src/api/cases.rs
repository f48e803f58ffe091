//! `/api/v1/cases`: soft-landing cases, for the company that asks and the agencies on the case.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_app::cases::{CaseDetail, CaseFilter, CaseView};
use city2city_domain::Validation;
use city2city_domain::cases::{ActivityInput, CaseRequestInput, MoveInput, Side, Stage};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// Comma-separated stages: inquiry, qualified, in_progress, established, aftercare, closed,
    /// dropped.
    stage: Option<String>,
    /// Sector slug of the company.
    sector: Option<String>,
    /// User id of a case manager (either side).
    manager: Option<i64>,
    /// City slug, home or host.
    city: Option<String>,
    /// Only inquiries whose first response is late.
    #[serde(default)]
    overdue: bool,
    page: Option<i64>,
    per_page: Option<i64>,
    limit: Option<i64>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ManagerBody {
    /// home or host: needed only by admins; staff name their own agency's manager.
    #[serde(default)]
    side: Option<String>,
    /// A staff member of that agency; absent or null removes the manager.
    #[serde(default)]
    user_id: Option<i64>,
}

fn stages(text: Option<&str>) -> Result<Vec<Stage>, AppError> {
    text.unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|code| {
            Stage::parse(code).ok_or_else(|| {
                AppError::from(Validation::single(
                    "stage",
                    "invalid-choice",
                    format!("unknown stage '{code}'; must be one of {}", Stage::codes()),
                ))
            })
        })
        .collect()
}

/// The cases you may see: a company its own, agency staff their agency's, admins all. Overdue
/// first responses come first.
#[utoipa::path(get, path = "/api/v1/cases", tag = "cases", params(Filters),
    responses((status = 200, body = List<CaseView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<List<CaseView>>, ApiError> {
    let paging = Paging {
        page: f.page,
        per_page: f.per_page,
        limit: f.limit,
    };
    let filter = CaseFilter {
        stages: stages(f.stage.as_deref())?,
        sector: f.sector,
        manager_id: f.manager,
        city: f.city,
        overdue: f.overdue,
        page: paging.page(),
        per_page: paging.per_page(),
    };
    Ok(Json(s.app.cases(ctx.principal(), filter).await?.into()))
}

/// Ask for support to land in the partner city (a company member), or open a case on a
/// company's behalf (its home agency's staff, naming `company`).
#[utoipa::path(post, path = "/api/v1/cases", tag = "cases", request_body = CaseRequestInput,
    responses((status = 201, body = CaseView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn open(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<CaseRequestInput>,
) -> Result<(StatusCode, Json<CaseView>), ApiError> {
    let case = s.app.open_case(ctx.principal(), body).await?;
    Ok((StatusCode::CREATED, Json(case)))
}

/// One case with its history.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases", params(("id" = i64, Path)),
    responses((status = 200, body = CaseDetail), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<CaseDetail>, ApiError> {
    Ok(Json(s.app.case(ctx.principal(), id).await?))
}

/// Move the case: qualify, start, establish (with the office's figures), aftercare, close, or
/// drop (with a reason).
#[utoipa::path(post, path = "/api/v1/cases/{id}/moves", tag = "cases", params(("id" = i64, Path)), request_body = MoveInput,
    responses((status = 200, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn move_case(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<MoveInput>,
) -> Result<Json<CaseDetail>, ApiError> {
    Ok(Json(s.app.move_case(ctx.principal(), id, body).await?))
}

/// Refer a qualified case to the host city's business agency (the home agency).
#[utoipa::path(post, path = "/api/v1/cases/{id}/referral", tag = "cases", params(("id" = i64, Path)),
    responses((status = 200, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn refer(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<CaseDetail>, ApiError> {
    Ok(Json(s.app.refer_case(ctx.principal(), id).await?))
}

/// Name or remove your agency's case manager.
#[utoipa::path(put, path = "/api/v1/cases/{id}/manager", tag = "cases", params(("id" = i64, Path)), request_body = ManagerBody,
    responses((status = 200, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn manager(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ManagerBody>,
) -> Result<Json<CaseDetail>, ApiError> {
    let side = match body.side.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("home") => Some(Side::Home),
        Some("host") => Some(Side::Host),
        Some(_) => {
            return Err(AppError::from(Validation::single(
                "side",
                "invalid-choice",
                "must be home or host",
            ))
            .into());
        }
    };
    Ok(Json(
        s.app
            .set_case_manager(ctx.principal(), id, side, body.user_id)
            .await?,
    ))
}

/// Log a note, call, meeting or e-mail on the case (agency staff).
#[utoipa::path(post, path = "/api/v1/cases/{id}/activities", tag = "cases", params(("id" = i64, Path)), request_body = ActivityInput,
    responses((status = 201, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn log_activity(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ActivityInput>,
) -> Result<(StatusCode, Json<CaseDetail>), ApiError> {
    let detail = s.app.log_case_activity(ctx.principal(), id, body).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}
