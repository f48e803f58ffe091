//! `/api/v1/interests`: expressions of interest, received, sent, or (staff) in your city.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use city2city_app::AppError;
use city2city_app::opportunities::{InterestBox, InterestView};
use city2city_domain::Validation;
use city2city_domain::opportunities::interests::{InterestMove, InterestStatus};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// inbox (received, the default), outbox (sent) or city (staff: touching your city).
    #[serde(rename = "box")]
    which: Option<String>,
    /// Comma-separated: sent, accepted, declined, withdrawn.
    status: Option<String>,
    page: Option<i64>,
    per_page: Option<i64>,
    limit: Option<i64>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct MoveBody {
    /// accept, decline, withdraw or outcome.
    action: String,
    /// For `decline`: why (optional).
    #[serde(default)]
    reason: Option<String>,
    /// For `outcome`: met, agreement_signed or no_deal.
    #[serde(default)]
    outcome: Option<String>,
}

/// Expressions of interest of your organisation or (staff) your city.
#[utoipa::path(get, path = "/api/v1/interests", tag = "interests", params(Filters),
    responses((status = 200, body = List<InterestView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<List<InterestView>>, ApiError> {
    let which = match f.which.as_deref().unwrap_or("inbox") {
        "inbox" => InterestBox::Inbox,
        "outbox" => InterestBox::Outbox,
        "city" => InterestBox::City,
        _ => {
            return Err(AppError::from(Validation::single(
                "box",
                "invalid-choice",
                "must be inbox, outbox or city",
            ))
            .into());
        }
    };
    let mut statuses = Vec::new();
    for code in f
        .status
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        statuses.push(InterestStatus::parse(code).ok_or_else(|| {
            AppError::from(Validation::single(
                "status",
                "invalid-choice",
                format!("unknown status '{code}'"),
            ))
        })?);
    }
    let paging = Paging {
        page: f.page,
        per_page: f.per_page,
        limit: f.limit,
    };
    let page = s
        .app
        .interests(
            ctx.principal(),
            which,
            statuses,
            paging.page(),
            paging.per_page(),
        )
        .await?;
    Ok(Json(page.into()))
}

/// One expression of interest (both sides and the staff of both cities).
#[utoipa::path(get, path = "/api/v1/interests/{id}", tag = "interests", params(("id" = i64, Path)),
    responses((status = 200, body = InterestView), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<InterestView>, ApiError> {
    Ok(Json(s.app.interest(ctx.principal(), id).await?))
}

/// Accept or decline (the owner), withdraw (the sender), record the outcome (either side).
#[utoipa::path(post, path = "/api/v1/interests/{id}/transitions", tag = "interests", params(("id" = i64, Path)), request_body = MoveBody,
    responses((status = 200, body = InterestView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn transition(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<Json<InterestView>, ApiError> {
    let m = InterestMove::from_request(
        &body.action,
        body.reason.as_deref(),
        body.outcome.as_deref(),
    )
    .map_err(AppError::from)?;
    Ok(Json(s.app.move_interest(ctx.principal(), id, m).await?))
}
