//! `/api/v1/contacts`: the contact directory (for agency staff), and introductions of a case's
//! company to a contact (`/api/v1/cases/{id}/introductions`).

use super::extract::{ApiJson, ApiQuery};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::AppError;
use city2city_app::cases::CaseDetail;
use city2city_app::contacts::ContactView;
use city2city_domain::Lang;
use city2city_domain::contacts::{
    Contact, ContactInput, ContactKind, IntroStepInput, IntroduceInput,
};
use city2city_store::ContactQuery;
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Filters {
    /// City slug.
    city: Option<String>,
    /// lawyer, accountant, bank, real_estate, coworking, university, cluster, public_office,
    /// expert.
    kind: Option<String>,
    /// A language the contact speaks: bg, de or en.
    lang: Option<String>,
    /// Sector slug.
    sector: Option<String>,
    /// Only those who agreed to be introduced.
    #[serde(default)]
    consenting: bool,
}

pub(crate) fn query(f: Filters) -> Result<ContactQuery, AppError> {
    let kind = super::optional_choice(
        "kind",
        f.kind.as_deref(),
        ContactKind::parse,
        &ContactKind::codes(),
    )?;
    let lang = super::optional_choice("lang", f.lang.as_deref(), Lang::parse, "bg, de, en")?;
    Ok(ContactQuery {
        city: f.city.filter(|c| !c.trim().is_empty()),
        kind,
        lang,
        sector: f.sector.filter(|s| !s.trim().is_empty()),
        consenting: f.consenting,
    })
}

/// The directory (staff and officials of public bodies).
#[utoipa::path(get, path = "/api/v1/contacts", tag = "contacts", params(Filters),
    responses((status = 200, body = Vec<Contact>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<Filters>,
) -> Result<Json<Vec<Contact>>, ApiError> {
    Ok(Json(s.app.contacts(ctx.principal(), query(f)?).await?))
}

/// Add a contact of your city, with their consent to be introduced if they gave it.
#[utoipa::path(post, path = "/api/v1/contacts", tag = "contacts", request_body = ContactInput,
    responses((status = 201, body = ContactView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<ContactInput>,
) -> Result<(StatusCode, Json<ContactView>), ApiError> {
    let view = s.app.create_contact(ctx.principal(), body).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

#[utoipa::path(get, path = "/api/v1/contacts/{slug}", tag = "contacts", params(("slug" = String, Path)),
    responses((status = 200, body = ContactView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<ContactView>, ApiError> {
    Ok(Json(s.app.contact(ctx.principal(), &slug).await?))
}

/// Change a contact (all fields; the city may be left out).
#[utoipa::path(put, path = "/api/v1/contacts/{slug}", tag = "contacts", params(("slug" = String, Path)), request_body = ContactInput,
    responses((status = 200, body = ContactView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ContactInput>,
) -> Result<Json<ContactView>, ApiError> {
    Ok(Json(
        s.app.update_contact(ctx.principal(), &slug, body).await?,
    ))
}

/// Introduce the case's company to a contact of the host city who agreed to it.
#[utoipa::path(post, path = "/api/v1/cases/{id}/introductions", tag = "cases", params(("id" = i64, Path)), request_body = IntroduceInput,
    responses((status = 201, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn introduce(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<IntroduceInput>,
) -> Result<(StatusCode, Json<CaseDetail>), ApiError> {
    let detail = s.app.introduce(ctx.principal(), id, body).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// Record that the introduction was made, that they met, or its outcome.
#[utoipa::path(put, path = "/api/v1/cases/{id}/introductions/{intro}", tag = "cases", params(("id" = i64, Path), ("intro" = i64, Path)), request_body = IntroStepInput,
    responses((status = 200, body = CaseDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn advance(
    State(s): State<AppState>,
    ctx: Ctx,
    Path((id, intro)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<IntroStepInput>,
) -> Result<Json<CaseDetail>, ApiError> {
    Ok(Json(
        s.app
            .advance_introduction(ctx.principal(), id, intro, body)
            .await?,
    ))
}
