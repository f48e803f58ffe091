//! Matchmaking: `/api/v1/opportunities/{ref}/matches` (the best matching published opportunities
//! in the cities it targets) and `/api/v1/recommendations` (matches of the caller's company's
//! published opportunities).

use super::extract::ApiQuery;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use city2city_app::AppError;
use city2city_app::matching::{MAX_MATCHES, Matches, Recommendation};
use city2city_domain::Validation;
use serde::Deserialize;

/// Matches given when `limit` is not.
const DEFAULT_LIMIT: usize = 10;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct LimitParam {
    /// How many, 1–50 (default 10).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 50)]
    limit: Option<String>,
}

impl LimitParam {
    /// The limit asked for; anything but a whole number from 1 to 50 is a 422 naming `limit`.
    pub(crate) fn get(&self) -> Result<usize, AppError> {
        match self.limit.as_deref().map(str::trim) {
            None => Ok(DEFAULT_LIMIT),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_MATCHES).contains(n))
                .ok_or_else(|| {
                    Validation::single(
                        "limit",
                        "out-of-range",
                        format!("must be a whole number from 1 to {MAX_MATCHES}"),
                    )
                    .into()
                }),
        }
    }
}

/// The best matching published opportunities for one you may see: on the other side (offers for
/// a request, requests for an offer), from the cities it targets, best first, each with the
/// reasons. `semantic` says whether similarity in meaning took part (`on`), is not configured
/// (`off`) or is not ready for this opportunity yet (`pending`): then matches rest on shared
/// terms and sectors. Matches never show their owners.
#[utoipa::path(get, path = "/api/v1/opportunities/{ref}/matches", tag = "opportunities",
    params(("ref" = String, Path), LimitParam),
    responses((status = 200, body = Matches), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn matches(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    ApiQuery(params): ApiQuery<LimitParam>,
) -> Result<Json<Matches>, ApiError> {
    let limit = params.get()?;
    Ok(Json(
        s.app.matches(ctx.principal(), &reference, limit).await?,
    ))
}

/// Published opportunities recommended to you: the best matches of your organisation's published
/// opportunities, best first, each once, with the one of yours it matches (`for_ref`,
/// `for_title`, `for_kind`). Empty when you act for no organisation.
#[utoipa::path(get, path = "/api/v1/recommendations", tag = "opportunities", params(LimitParam),
    responses((status = 200, body = Vec<Recommendation>), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn recommendations(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(params): ApiQuery<LimitParam>,
) -> Result<Json<Vec<Recommendation>>, ApiError> {
    let p = ctx.principal().ok_or(ApiError(AppError::Unauthenticated))?;
    let limit = params.get()?;
    Ok(Json(s.app.recommendations(Some(p), limit).await?))
}
