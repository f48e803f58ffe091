//! `/api/v1/me` and `/api/v1/tokens`: the caller's account and API tokens.

use super::extract::ApiJson;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use city2city_app::{AppError, Principal};
use city2city_domain::accounts::User;
use city2city_store::ApiToken;
use serde::{Deserialize, Serialize};

fn me_or_401(ctx: &Ctx) -> Result<&Principal, ApiError> {
    ctx.principal().ok_or(ApiError(AppError::Unauthenticated))
}

/// The signed-in user.
#[utoipa::path(get, path = "/api/v1/me", tag = "account", responses((status = 200, body = User), (status = 401, body = ErrorBody)))]
pub async fn me(ctx: Ctx) -> Result<Json<User>, ApiError> {
    Ok(Json(me_or_401(&ctx)?.user.clone()))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct TokenOut {
    id: i64,
    name: String,
    prefix: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    created_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    last_used_at: Option<time::OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    revoked_at: Option<time::OffsetDateTime>,
    /// The secret, present only in the answer to its creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
}

impl TokenOut {
    fn of(t: ApiToken, token: Option<String>) -> TokenOut {
        TokenOut {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
            token,
        }
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewToken {
    name: String,
}

/// The caller's API tokens (never their secrets).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "account", responses((status = 200, body = Vec<TokenOut>), (status = 401, body = ErrorBody)))]
pub async fn list_tokens(
    State(s): State<AppState>,
    ctx: Ctx,
) -> Result<Json<Vec<TokenOut>>, ApiError> {
    let p = me_or_401(&ctx)?;
    Ok(Json(
        s.app
            .api_tokens(p)
            .await?
            .into_iter()
            .map(|t| TokenOut::of(t, None))
            .collect(),
    ))
}

/// Creates a token; its secret is in this answer only.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "account", request_body = NewToken,
    responses((status = 201, body = TokenOut), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(s): State<AppState>,
    ctx: Ctx,
    ApiJson(input): ApiJson<NewToken>,
) -> Result<(StatusCode, Json<TokenOut>), ApiError> {
    let p = me_or_401(&ctx)?;
    let (secret, token) = s.app.create_api_token(p, &input.name).await?;
    Ok((StatusCode::CREATED, Json(TokenOut::of(token, Some(secret)))))
}

/// Revokes one of the caller's tokens; it is refused from then on.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "account", params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let p = me_or_401(&ctx)?;
    s.app.revoke_api_token(p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
