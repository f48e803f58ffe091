//! Full-text search (`/api/v1/opportunities` with `q` and facets, `/api/v1/organisations/search`),
//! saved searches and notifications.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_app::search::{
    OpportunityHit, OrganisationHit, SearchPage, SearchRequest, SearchSort,
};
use city2city_domain::Validation;
use city2city_store::{Notification, SavedSearch};
use serde::{Deserialize, Serialize};

/// Search parameters; list values are comma-separated.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// Free text in any language or script; never an error.
    q: Option<String>,
    /// Kinds, comma-separated (opportunity kinds, or organisation kinds for organisations).
    kind: Option<String>,
    /// Sector slugs, comma-separated.
    sector: Option<String>,
    /// Owner city slugs, comma-separated.
    city: Option<String>,
    /// Languages it can be read in (bg, de, en), comma-separated.
    lang: Option<String>,
    /// relevance (default), newest or deadline.
    sort: Option<String>,
    page: Option<i64>,
    /// 1–100 (default 20).
    per_page: Option<i64>,
    limit: Option<i64>,
}

fn list(s: &Option<String>) -> Vec<String> {
    s.as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

impl SearchParams {
    fn request(&self) -> Result<SearchRequest, AppError> {
        let sort = SearchSort::parse(self.sort.as_deref().unwrap_or("")).ok_or_else(|| {
            Validation::single(
                "sort",
                "invalid-choice",
                "must be relevance, newest or deadline",
            )
        })?;
        let paging = Paging {
            page: self.page,
            per_page: self.per_page,
            limit: self.limit,
        };
        Ok(SearchRequest {
            q: self.q.clone().unwrap_or_default(),
            kinds: list(&self.kind),
            sectors: list(&self.sector),
            cities: list(&self.city),
            langs: list(&self.lang),
            sort,
            page: paging.page(),
            per_page: self.per_page.or(self.limit).unwrap_or(20).clamp(1, 100),
        })
    }
}

/// Published opportunities: full-text search in bg, de and en (stemming, German compounds,
/// Cyrillic/Latin names) with facet counts, highlighted snippets and pagination.
#[utoipa::path(get, path = "/api/v1/opportunities", tag = "opportunities", params(SearchParams),
    responses((status = 200, body = SearchPage<OpportunityHit>), (status = 422, body = ErrorBody)))]
pub async fn opportunities(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchPage<OpportunityHit>>, ApiError> {
    Ok(Json(
        s.app
            .search_opportunities(ctx.principal(), &params.request()?)
            .await?,
    ))
}

/// Organisations by full-text search over names (any script) and descriptions.
#[utoipa::path(get, path = "/api/v1/organisations/search", tag = "organisations", params(SearchParams),
    responses((status = 200, body = SearchPage<OrganisationHit>), (status = 422, body = ErrorBody)))]
pub async fn organisations(
    State(s): State<AppState>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<SearchPage<OrganisationHit>>, ApiError> {
    Ok(Json(s.app.search_organisations(&params.request()?).await?))
}

/// A search to keep, with or without alerts.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SaveBody {
    name: String,
    #[serde(default)]
    alerts: bool,
    #[serde(flatten)]
    search: SearchRequest,
}

/// Your saved searches.
#[utoipa::path(get, path = "/api/v1/saved-searches", tag = "search",
    responses((status = 200, body = Vec<SavedSearch>), (status = 401, body = ErrorBody)))]
pub async fn saved(
    State(s): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<SavedSearch>>, ApiError> {
    Ok(Json(s.app.saved_searches(ctx.principal()).await?))
}

/// Saves a search; with `"alerts": true` a new published opportunity that fits it notifies you.
#[utoipa::path(post, path = "/api/v1/saved-searches", tag = "search", request_body = SaveBody,
    responses((status = 201, body = SavedSearch), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<SaveBody>,
) -> Result<(StatusCode, Json<SavedSearch>), ApiError> {
    let saved = s
        .app
        .save_search(ctx.principal(), &body.name, &body.search, body.alerts)
        .await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// Deletes one of your saved searches.
#[utoipa::path(delete, path = "/api/v1/saved-searches/{id}", tag = "search", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_saved(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    s.app.delete_saved_search(ctx.principal(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Your notifications, newest first, with the number still unread.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Notifications {
    #[serde(flatten)]
    list: List<Notification>,
    unread: i64,
}

#[utoipa::path(get, path = "/api/v1/notifications", tag = "search", params(Paging),
    responses((status = 200, body = Notifications), (status = 401, body = ErrorBody)))]
pub async fn notifications(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(paging): ApiQuery<Paging>,
) -> Result<Json<Notifications>, ApiError> {
    let list = s
        .app
        .notifications(ctx.principal(), paging.page(), paging.per_page())
        .await?;
    let unread = s.app.unread_notifications(ctx.principal()).await?;
    Ok(Json(Notifications {
        list: list.into(),
        unread,
    }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ReadBody {
    /// One notification; all of them when absent.
    #[serde(default)]
    id: Option<i64>,
}

/// Marks one notification, or all, read.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "search", request_body = ReadBody,
    responses((status = 204), (status = 401, body = ErrorBody)))]
pub async fn mark_read(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<ReadBody>,
) -> Result<StatusCode, ApiError> {
    s.app
        .mark_notifications_read(ctx.principal(), body.id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
