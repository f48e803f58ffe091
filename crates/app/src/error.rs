use city2city_domain::Validation;
use city2city_store::StoreError;

/// What a use case can answer instead of a result. The web layer maps each variant to a status
/// code (422, 404, 401, 403, 409, 429, 500) and a JSON or HTML body.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Validation(Validation),
    #[error("not found")]
    NotFound,
    #[error("you need to sign in")]
    Unauthenticated,
    #[error("you are not allowed to do this")]
    Forbidden,
    #[error("{field}: {message}")]
    Conflict { field: String, message: String },
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    /// Unexpected: logged with context, shown to users only as an opaque failure.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<Validation> for AppError {
    fn from(v: Validation) -> Self {
        AppError::Validation(v)
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict { field, message } => AppError::Conflict { field, message },
            StoreError::Invalid(v) => AppError::Validation(v),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl AppError {
    /// Stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Validation(_) => "validation_failed",
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Conflict { .. } => "conflict",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::Internal(_) => "internal",
        }
    }
}
