//! Request extractors whose failures answer in the API's JSON error format.

use crate::error::ApiError;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// A JSON body; a malformed one is a 400 (or 422 for a missing or mistyped field) naming the
/// field when serde can tell.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => {
                let text = e.body_text();
                Err(crate::error::ApiError(city2city_app::AppError::Validation(
                    city2city_domain::Validation::single(
                        &field_of(&text).unwrap_or_else(|| "body".into()),
                        "invalid-value",
                        detail_of(&text),
                    ),
                ))
                .into_response())
            }
            Err(e) => Err(ApiError::bad_request(None, e.body_text())),
        }
    }
}

/// Query parameters; a bad one is a 400 naming the parameter.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => {
                let text = e.body_text();
                Err(ApiError::bad_request(field_of(&text), text))
            }
            Err(e) => Err(ApiError::bad_request(None, e.body_text())),
        }
    }
}

/// Pulls the field name out of serde's messages ("missing field `kind`", "kind: invalid type").
fn field_of(text: &str) -> Option<String> {
    if let Some(start) = text.find('`') {
        let rest = &text[start + 1..];
        if let Some(end) = rest.find('`') {
            let candidate = &rest[..end];
            if text.contains("missing field") || text.contains("unknown field") {
                return Some(candidate.to_string());
            }
        }
    }
    let after = text.rsplit(": ").nth(1)?;
    let name = after.rsplit(' ').next()?.trim();
    let name = name.split(['[', '.']).next().unwrap_or(name);
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| name.to_string())
}

fn detail_of(text: &str) -> String {
    text.split(": ")
        .skip(1)
        .collect::<Vec<_>>()
        .join(": ")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_field_in_serde_messages() {
        assert_eq!(field_of("Failed to deserialize the JSON body into the target type: missing field `kind` at line 1 column 2").as_deref(), Some("kind"));
        assert_eq!(field_of("Failed to deserialize the JSON body into the target type: sectors: invalid type: string \"x\", expected a sequence at line 1 column 20").as_deref(), Some("sectors"));
    }
}
