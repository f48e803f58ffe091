//! `/api/v1/people`: e-mail and phone only for those who may see them.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_domain::people::{Person, PersonInput};
use city2city_store::PeopleQuery;
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// Organisation slug.
    organisation: Option<String>,
    /// Text in the name.
    q: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Rows per page, 1–200 (default 50).
    per_page: Option<i64>,
    /// Alias of `per_page`.
    limit: Option<i64>,
}

impl Filters {
    fn paging(&self) -> Paging {
        Paging {
            page: self.page,
            per_page: self.per_page,
            limit: self.limit,
        }
    }
}

/// People, by name.
#[utoipa::path(get, path = "/api/v1/people", tag = "people", params(Filters), responses((status = 200, body = List<Person>)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<List<Person>>, ApiError> {
    let paging = f.paging();
    let q = PeopleQuery {
        organisation: f.organisation,
        q: f.q,
        page: paging.page(),
        per_page: paging.per_page(),
    };
    Ok(Json(s.app.people(ctx.principal(), &q).await?.into()))
}

/// Adds a person to an organisation.
#[utoipa::path(post, path = "/api/v1/people", tag = "people", request_body = PersonInput,
    responses((status = 201, body = Person), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<(StatusCode, Json<Person>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(s.app.create_person(ctx.principal(), input).await?),
    ))
}

/// One person.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, body = Person), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(s.app.person(ctx.principal(), id).await?))
}

/// Replaces a person's data.
#[utoipa::path(put, path = "/api/v1/people/{id}", tag = "people", params(("id" = i64, Path)), request_body = PersonInput,
    responses((status = 200, body = Person), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(s.app.update_person(ctx.principal(), id, input).await?))
}

/// Removes a person.
#[utoipa::path(delete, path = "/api/v1/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn delete(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    s.app.delete_person(ctx.principal(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}
