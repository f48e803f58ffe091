//! `/api/v1/opportunities`: writing, validating and moving opportunities, and sending
//! expressions of interest on them.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_app::opportunities::{InterestView, Listing, ListingScope, OpportunityView};
use city2city_domain::Validation;
use city2city_domain::opportunities::interests::InterestInput;
use city2city_domain::opportunities::{Opportunity, OpportunityInput, Status, Transition};
use serde::Deserialize;

/// A new opportunity: the fields, for which organisation (default: your own), and whether to
/// submit it for validation at once (default: keep it as a draft).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct CreateBody {
    #[serde(default)]
    organisation: Option<String>,
    #[serde(default)]
    submit: bool,
    #[serde(flatten)]
    input: OpportunityInput,
}

/// A lifecycle move.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct MoveBody {
    /// submit, return, publish, withdraw, fulfil or renew.
    action: String,
    /// For `return`: what the author should change.
    #[serde(default)]
    comment: Option<String>,
    /// For `renew`: the new end of validity, YYYY-MM-DD.
    #[serde(default)]
    valid_until: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListFilters {
    /// Comma-separated statuses: draft, submitted, returned, published, expired, withdrawn, fulfilled.
    status: Option<String>,
    page: Option<i64>,
    per_page: Option<i64>,
    limit: Option<i64>,
}

impl ListFilters {
    fn listing(&self, scope: ListingScope) -> Result<Listing, AppError> {
        let mut statuses = Vec::new();
        for code in self
            .status
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            statuses.push(Status::parse(code).ok_or_else(|| {
                Validation::single(
                    "status",
                    "invalid-choice",
                    format!("unknown status '{code}'"),
                )
            })?);
        }
        let paging = Paging {
            page: self.page,
            per_page: self.per_page,
            limit: self.limit,
        };
        Ok(Listing {
            scope,
            statuses,
            page: paging.page(),
            per_page: paging.per_page(),
        })
    }
}

/// Your organisation's opportunities, in every state.
#[utoipa::path(get, path = "/api/v1/opportunities/mine", tag = "opportunities", params(ListFilters),
    responses((status = 200, body = List<Opportunity>), (status = 401, body = ErrorBody)))]
pub async fn mine(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<ListFilters>,
) -> Result<Json<List<Opportunity>>, ApiError> {
    let l = f.listing(ListingScope::Mine)?;
    Ok(Json(
        s.app.list_opportunities(ctx.principal(), &l).await?.into(),
    ))
}

/// The validation queue: submitted opportunities of your city, oldest first (staff).
#[utoipa::path(get, path = "/api/v1/opportunities/queue", tag = "opportunities", params(ListFilters),
    responses((status = 200, body = List<Opportunity>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn queue(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<ListFilters>,
) -> Result<Json<List<Opportunity>>, ApiError> {
    let l = f.listing(ListingScope::ValidationQueue)?;
    Ok(Json(
        s.app.list_opportunities(ctx.principal(), &l).await?.into(),
    ))
}

/// Creates an opportunity (a draft, or submitted with `"submit": true`).
#[utoipa::path(post, path = "/api/v1/opportunities", tag = "opportunities", request_body = CreateBody,
    responses((status = 201, body = Opportunity), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<CreateBody>,
) -> Result<(StatusCode, Json<Opportunity>), ApiError> {
    let o = s
        .app
        .create_opportunity(
            ctx.principal(),
            body.organisation.as_deref(),
            body.input,
            body.submit,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(o)))
}

/// One opportunity as you may see it: published ones are public, without the owner unless it
/// shows its name; contact details only for the owner's side, staff and introduced companies.
#[utoipa::path(get, path = "/api/v1/opportunities/{ref}", tag = "opportunities", params(("ref" = String, Path)),
    responses((status = 200, body = OpportunityView), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Json<OpportunityView>, ApiError> {
    Ok(Json(
        s.app.opportunity_view(ctx.principal(), &reference).await?,
    ))
}

/// Replaces the fields (draft, returned, submitted or published; a published one goes back to validation).
#[utoipa::path(put, path = "/api/v1/opportunities/{ref}", tag = "opportunities", params(("ref" = String, Path)), request_body = OpportunityInput,
    responses((status = 200, body = Opportunity), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    ApiJson(input): ApiJson<OpportunityInput>,
) -> Result<Json<Opportunity>, ApiError> {
    Ok(Json(
        s.app
            .update_opportunity(ctx.principal(), &reference, input)
            .await?,
    ))
}

/// Deletes a draft.
#[utoipa::path(delete, path = "/api/v1/opportunities/{ref}", tag = "opportunities", params(("ref" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn delete(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.app
        .delete_opportunity(ctx.principal(), &reference)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Moves it in its lifecycle: `submit`, `withdraw`, `fulfil`, `renew` (authors); `return` with a
/// comment, `publish` (staff of an agency in the owner's city). An illegal move is a 422.
#[utoipa::path(post, path = "/api/v1/opportunities/{ref}/transitions", tag = "opportunities", params(("ref" = String, Path)), request_body = MoveBody,
    responses((status = 200, body = Opportunity), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn transition(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<Json<Opportunity>, ApiError> {
    let t = Transition::from_request(
        &body.action,
        body.comment.as_deref(),
        body.valid_until.as_deref(),
    )
    .map_err(AppError::from)?;
    Ok(Json(
        s.app
            .move_opportunity(ctx.principal(), &reference, t)
            .await?,
    ))
}

/// Sends an expression of interest for your organisation (company members).
#[utoipa::path(post, path = "/api/v1/opportunities/{ref}/interests", tag = "interests", params(("ref" = String, Path)), request_body = InterestInput,
    responses((status = 201, body = InterestView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn express_interest(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    ApiJson(input): ApiJson<InterestInput>,
) -> Result<(StatusCode, Json<InterestView>), ApiError> {
    let v = s
        .app
        .express_interest(ctx.principal(), &reference, input)
        .await?;
    Ok((StatusCode::CREATED, Json(v)))
}
