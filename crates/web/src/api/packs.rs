//! `/api/v1/packs`: information packs per host city, topic and language (public ones for
//! anyone), and sending them to cases (`/api/v1/cases/{id}/packs`).

use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_app::cases::CaseDetail;
use city2city_app::packs::{PackFilter, PackView};
use city2city_domain::Lang;
use city2city_domain::packs::{Pack, PackInput, SendPackInput, Topic};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// City slug.
    city: Option<String>,
    /// legal_forms, tax, hiring, permits, office_space, funding or banking.
    topic: Option<String>,
    /// bg, de or en.
    lang: Option<String>,
}

pub(crate) fn filter(f: Filters) -> Result<PackFilter, AppError> {
    let topic = super::optional_choice("topic", f.topic.as_deref(), Topic::parse, &Topic::codes())?;
    let lang = super::optional_choice("lang", f.lang.as_deref(), Lang::parse, "bg, de, en")?;
    Ok(PackFilter {
        city: f.city.filter(|c| !c.trim().is_empty()),
        topic,
        lang,
    })
}

/// The packs you may read: public ones for anyone, all of them for staff.
#[utoipa::path(get, path = "/api/v1/packs", tag = "packs", params(Filters),
    responses((status = 200, body = Vec<Pack>), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<Vec<Pack>>, ApiError> {
    Ok(Json(s.app.packs(ctx.principal(), filter(f)?).await?))
}

/// Write a pack of a city (staff of the city's public bodies); one per city, topic and language.
#[utoipa::path(post, path = "/api/v1/packs", tag = "packs", request_body = PackInput,
    responses((status = 201, body = PackView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<PackInput>,
) -> Result<(StatusCode, Json<PackView>), ApiError> {
    let view = s.app.create_pack(ctx.principal(), body).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// One pack (404 for a pack you may not read).
#[utoipa::path(get, path = "/api/v1/packs/{slug}", tag = "packs", params(("slug" = String, Path)),
    responses((status = 200, body = PackView), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<PackView>, ApiError> {
    Ok(Json(s.app.pack(ctx.principal(), &slug).await?))
}

/// Change a pack's title, text, visibility and review date (its city, topic and language stay).
#[utoipa::path(put, path = "/api/v1/packs/{slug}", tag = "packs", params(("slug" = String, Path)), request_body = PackInput,
    responses((status = 200, body = PackView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<PackInput>,
) -> Result<Json<PackView>, ApiError> {
    Ok(Json(s.app.update_pack(ctx.principal(), &slug, body).await?))
}

/// Send a pack of the host city to the case (either agency on it); logged in its history.
#[utoipa::path(post, path = "/api/v1/cases/{id}/packs", tag = "cases", params(("id" = i64, Path)), request_body = SendPackInput,
    responses((status = 201, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn send(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SendPackInput>,
) -> Result<(StatusCode, Json<CaseDetail>), ApiError> {
    let detail = s.app.send_pack(ctx.principal(), id, body).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}
