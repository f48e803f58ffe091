//! How failures look to API clients (JSON) and to people (an HTML page in their language).

use crate::ctx::Ctx;
use crate::pages::layout::ErrorPage;
use askama::Template;
use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use city2city_app::AppError;
use serde::Serialize;

fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Conflict { .. } => StatusCode::CONFLICT,
        AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The JSON error body: `{"error": code, "message": text, "field": name-or-null}`, plus every
/// field error when validation found several.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable code: validation_failed, not_found, unauthenticated, forbidden, conflict,
    /// rate_limited, invalid_request, internal.
    pub error: String,
    pub message: String,
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldErrorBody>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldErrorBody {
    pub field: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<city2city_store::StoreError> for ApiError {
    fn from(e: city2city_store::StoreError) -> Self {
        ApiError(e.into())
    }
}

impl ApiError {
    pub fn into_response_with_message(self, message: &str) -> Response {
        let status = status_of(&self.0);
        let body = ErrorBody {
            error: self.0.code().into(),
            message: message.into(),
            field: None,
            errors: vec![],
        };
        (status, Json(body)).into_response()
    }

    /// A request the server could not read (malformed JSON, a bad query parameter).
    pub fn bad_request(field: Option<String>, message: String) -> Response {
        let body = ErrorBody {
            error: "invalid_request".into(),
            message,
            field,
            errors: vec![],
        };
        (StatusCode::BAD_REQUEST, Json(body)).into_response()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        let (message, field, errors) = match &self.0 {
            AppError::Validation(v) => {
                let first = v.first();
                (
                    first
                        .map(|e| format!("{} {}", e.field, e.message))
                        .unwrap_or_else(|| "invalid input".into()),
                    first.map(|e| e.field.clone()),
                    v.errors
                        .iter()
                        .map(|e| FieldErrorBody {
                            field: e.field.clone(),
                            code: e.code.into(),
                            message: e.message.clone(),
                        })
                        .collect(),
                )
            }
            AppError::Conflict { field, message } => {
                (format!("{field} {message}"), Some(field.clone()), vec![])
            }
            AppError::Internal(detail) => {
                tracing::error!(error = %detail, "internal error answering an API request");
                (
                    "something went wrong on our side; it has been logged".into(),
                    None,
                    vec![],
                )
            }
            other => (other.to_string(), None, vec![]),
        };
        let mut res = (
            status,
            Json(ErrorBody {
                error: self.0.code().into(),
                message,
                field,
                errors,
            }),
        )
            .into_response();
        if let AppError::RateLimited { retry_after_secs } = self.0 {
            res.headers_mut()
                .insert(header::RETRY_AFTER, retry_after_secs.into());
        }
        if matches!(self.0, AppError::Unauthenticated) {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        res
    }
}

/// A failure while rendering a page: shown as a page in the visitor's language. Signing in is
/// asked for by a redirect to the login page that comes back afterwards.
pub struct PageError {
    pub error: AppError,
    pub ctx: Ctx,
}

pub trait PageResultExt<T> {
    fn page(self, ctx: &Ctx) -> Result<T, PageError>;
}

impl<T, E: Into<AppError>> PageResultExt<T> for Result<T, E> {
    fn page(self, ctx: &Ctx) -> Result<T, PageError> {
        self.map_err(|e| PageError {
            error: e.into(),
            ctx: ctx.clone(),
        })
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let ctx = self.ctx;
        if matches!(self.error, AppError::Unauthenticated) {
            let next = urlencoding::encode(&ctx.path).into_owned();
            return Redirect::to(&format!("/login?next={next}")).into_response();
        }
        let status = status_of(&self.error);
        let (title_key, detail) = match &self.error {
            AppError::NotFound => ("error-not-found", ctx.t("error-not-found-detail")),
            AppError::Forbidden => ("error-forbidden", ctx.t("error-forbidden-detail")),
            AppError::RateLimited { .. } => {
                ("error-rate-limited", ctx.t("error-rate-limited-detail"))
            }
            AppError::Validation(v) => ("error-invalid", v.to_string()),
            AppError::Conflict { field, message } => {
                ("error-invalid", format!("{field}: {message}"))
            }
            AppError::Internal(detail) => {
                tracing::error!(error = %detail, path = %ctx.path, "internal error rendering a page");
                ("error-internal", ctx.t("error-internal-detail"))
            }
            AppError::Unauthenticated => unreachable!("handled above"),
        };
        let page = ErrorPage {
            title: ctx.t(title_key),
            detail,
            ctx,
        };
        (status, render(&page)).into_response()
    }
}

/// Renders a template; a template failure is logged and answered with a bare 500.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}
