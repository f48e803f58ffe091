//! `/api/v1/users`, `/api/v1/audit`, `/api/v1/changes`: administration.

use super::extract::{ApiJson, ApiQuery};
use super::{List, Paging};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use city2city_app::policy;
use city2city_app::users::UserInput;
use city2city_domain::accounts::User;
use city2city_store::{AuditEntry, Change};
use serde::Deserialize;

/// Accounts (admins).
#[utoipa::path(get, path = "/api/v1/users", tag = "admin", params(Paging),
    responses((status = 200, body = List<User>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_users(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(p): ApiQuery<Paging>,
) -> Result<Json<List<User>>, ApiError> {
    Ok(Json(
        s.app
            .users(ctx.principal(), p.page(), p.per_page())
            .await?
            .into(),
    ))
}

/// Creates an account (admins).
#[utoipa::path(post, path = "/api/v1/users", tag = "admin", request_body(content = inline(UserInputDoc)),
    responses((status = 201, body = User), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_user(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<UserInput>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    Ok((
        StatusCode::CREATED,
        Json(s.app.create_user(ctx.principal(), input).await?),
    ))
}

/// An account to create.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct UserInputDoc {
    email: String,
    name: String,
    /// admin, staff, company_member or official.
    role: String,
    /// Slug of the organisation the user acts for (all roles but admin).
    organisation: Option<String>,
    /// At least 10 characters.
    password: String,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditFilters {
    /// Entity kind, such as organisation or partnership.
    entity: Option<String>,
    /// Entity id (with `entity`).
    entity_id: Option<String>,
    /// Page number, from 1.
    page: Option<i64>,
    /// Rows per page, 1–200 (default 50).
    per_page: Option<i64>,
    /// Alias of `per_page`.
    limit: Option<i64>,
}

impl AuditFilters {
    fn paging(&self) -> Paging {
        Paging {
            page: self.page,
            per_page: self.per_page,
            limit: self.limit,
        }
    }
}

/// The audit log, newest first (admins).
#[utoipa::path(get, path = "/api/v1/audit", tag = "admin", params(AuditFilters),
    responses((status = 200, body = Vec<AuditEntry>), (status = 403, body = ErrorBody)))]
pub async fn audit_log(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(f): ApiQuery<AuditFilters>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    policy::view_audit_log(ctx.principal())?;
    let entity = match (&f.entity, &f.entity_id) {
        (Some(e), Some(id)) => Some((e.as_str(), id.as_str())),
        _ => None,
    };
    let per_page = f.paging().per_page();
    Ok(Json(
        s.app
            .store
            .audit_log(entity, per_page, (f.paging().page() - 1) * per_page)
            .await?,
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ChangesQuery {
    /// Return changes after this sequence number (0: from the start).
    since: Option<i64>,
    /// At most this many (default 500).
    limit: Option<i64>,
}

/// The change feed, in order (admins): what changed, for keeping derived data in sync.
#[utoipa::path(get, path = "/api/v1/changes", tag = "admin", params(ChangesQuery),
    responses((status = 200, body = Vec<Change>), (status = 403, body = ErrorBody)))]
pub async fn changes(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiQuery(q): ApiQuery<ChangesQuery>,
) -> Result<Json<Vec<Change>>, ApiError> {
    policy::view_audit_log(ctx.principal())?;
    Ok(Json(
        s.app
            .store
            .changes_since(q.since.unwrap_or(0), q.limit.unwrap_or(500).clamp(1, 5000))
            .await?,
    ))
}
