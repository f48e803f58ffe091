//! `/api/v1/organisations`

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_domain::Validation;
use city2city_domain::organisations::{OrgKind, Organisation, OrganisationInput};
use city2city_store::{OrgQuery, OrgSort};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// Text in a name (any script: "Sofia" finds "София") or description.
    q: Option<String>,
    /// municipality, business_agency, company, university, service_provider or ngo.
    kind: Option<String>,
    /// City slug.
    city: Option<String>,
    /// Sector slug.
    sector: Option<String>,
    /// name, -name, newest or city.
    sort: Option<String>,
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

impl Filters {
    pub fn to_query(&self) -> Result<OrgQuery, AppError> {
        let mut v = Validation::new();
        let kind = match self.kind.as_deref().filter(|k| !k.is_empty()) {
            None => None,
            Some(k) => {
                let kind = OrgKind::parse(k);
                if kind.is_none() {
                    v.add("kind", "invalid-choice", "must be municipality, business_agency, company, university, service_provider or ngo");
                }
                kind
            }
        };
        let sort = match self.sort.as_deref().filter(|s| !s.is_empty()) {
            None => OrgSort::default(),
            Some(s) => OrgSort::parse(s).unwrap_or_else(|| {
                v.add(
                    "sort",
                    "invalid-choice",
                    "must be name, -name, newest or city",
                );
                OrgSort::default()
            }),
        };
        if let Some(q) = &self.q {
            v.max_len("q", q, 200);
        }
        v.finish()?;
        Ok(OrgQuery {
            q: self.q.clone(),
            kind,
            city: self.city.clone(),
            sector: self.sector.clone(),
            sort,
            page: self.paging().page(),
            per_page: self.paging().per_page(),
        })
    }
}

/// Organisations, filtered, sorted and paginated.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations", params(Filters),
    responses((status = 200, body = List<Organisation>), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<List<Organisation>>, ApiError> {
    Ok(Json(s.app.organisations(&f.to_query()?).await?.into()))
}

/// Creates an organisation.
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations", request_body = OrganisationInput,
    responses((status = 201, body = Organisation), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<OrganisationInput>,
) -> Result<(StatusCode, Json<Organisation>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(s.app.create_organisation(ctx.principal(), input).await?),
    ))
}

/// One organisation by slug.
#[utoipa::path(get, path = "/api/v1/organisations/{slug}", tag = "organisations", params(("slug" = String, Path)),
    responses((status = 200, body = Organisation), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Organisation>, ApiError> {
    Ok(Json(s.app.organisation(&slug).await?))
}

/// Replaces an organisation's data.
#[utoipa::path(put, path = "/api/v1/organisations/{slug}", tag = "organisations", params(("slug" = String, Path)), request_body = OrganisationInput,
    responses((status = 200, body = Organisation), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(mut input): ApiJson<OrganisationInput>,
) -> Result<Json<Organisation>, ApiError> {
    if input.slug.trim().is_empty() {
        input.slug = slug.clone();
    }
    Ok(Json(
        s.app
            .update_organisation(ctx.principal(), &slug, input)
            .await?,
    ))
}

/// Deletes an organisation and its people (admins; refused while accounts or partnerships refer to it).
#[utoipa::path(delete, path = "/api/v1/organisations/{slug}", tag = "organisations", params(("slug" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn delete(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.app.delete_organisation(ctx.principal(), &slug).await?;
    Ok(StatusCode::NO_CONTENT)
}
