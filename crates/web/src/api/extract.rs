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

/// Pulls the field name out of axum's serde messages: "…target type: sectors: invalid type…"
/// names `sectors`; "…target type: missing field `kind`…" names `kind`; nested paths such as
/// `name.bg` become `name_bg`, as validation names them.
fn field_of(text: &str) -> Option<String> {
    let rest = text.split_once("type: ").map(|(_, r)| r).unwrap_or(text);
    let (first, after) = rest.split_once(": ").unwrap_or((rest, ""));
    let is_path = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c))
    };
    let path = if is_path(first) { Some(first) } else { None };
    let tail = if path.is_some() { after } else { rest };
    let quoted = tail
        .find("field `")
        .and_then(|i| tail[i + 7..].split('`').next())
        .filter(|_| tail.contains("missing field") || tail.contains("unknown field"));
    let full = match (path, quoted) {
        (Some(p), Some(q)) => format!("{p}.{q}"),
        (Some(p), None) => p.to_string(),
        (None, Some(q)) => q.to_string(),
        (None, None) => return None,
    };
    Some(full.split('[').next().unwrap_or(&full).replace('.', "_"))
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
        assert_eq!(field_of("Failed to deserialize the JSON body into the target type: name.bg: invalid type: integer `1`, expected a string").as_deref(), Some("name_bg"));
        assert_eq!(
            field_of(
                "Failed to deserialize the JSON body into the target type: expected value at line 1 column 1"
            ),
            None
        );
    }
}
