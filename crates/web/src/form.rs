//! Reading HTML forms: repeated fields (checkbox groups), the CSRF check, and errors per field
//! ready for templates.

use crate::ctx::Ctx;
use crate::i18n;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use city2city_domain::Validation;
use std::collections::HashMap;

/// A submitted `application/x-www-form-urlencoded` form whose CSRF token has been checked.
#[derive(Debug, Default, Clone)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    /// A form from its name–value pairs, as submitted (for tests of form readers).
    #[cfg(test)]
    pub fn from_pairs(pairs: Vec<(String, String)>) -> FormData {
        FormData { pairs }
    }

    pub fn get(&self, name: &str) -> &str {
        value_of(&self.pairs, name)
    }

    pub fn opt(&self, name: &str) -> Option<String> {
        let v = self.get(name).trim();
        (!v.is_empty()).then(|| v.to_string())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == name && !v.is_empty())
    }
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let expected = crate::ctx::cookie_value(req.headers(), crate::ctx::CSRF_COOKIE);
        let axum::Form(pairs) = axum::Form::<Vec<(String, String)>>::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let form = FormData { pairs };
        match expected {
            Some(token) if constant_time_eq(form.get("csrf").as_bytes(), token.as_bytes()) => {
                Ok(form)
            }
            _ => Err(expired_form()),
        }
    }
}

/// The first value named `name` of a submitted form, or empty.
pub(crate) fn value_of<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// The answer to a form whose CSRF token is missing or wrong.
pub(crate) fn expired_form() -> Response {
    (
        StatusCode::FORBIDDEN,
        "The form has expired or did not come from this site. Go back, reload the page and try again.",
    )
        .into_response()
}

pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Field errors of a submitted form, translated for the page.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors {
    by_field: HashMap<String, String>,
    pub summary: Vec<(String, String)>,
}

impl FieldErrors {
    pub fn from_validation(ctx: &Ctx, v: &Validation) -> FieldErrors {
        let mut e = FieldErrors::default();
        for fe in &v.errors {
            let msg = i18n::field_error(ctx.lang, fe.code, &fe.message);
            e.by_field
                .entry(fe.field.clone())
                .or_insert_with(|| msg.clone());
            e.summary.push((fe.field.clone(), msg));
        }
        e
    }

    pub fn single(field: &str, message: String) -> FieldErrors {
        let mut e = FieldErrors::default();
        e.by_field.insert(field.to_string(), message.clone());
        e.summary.push((field.to_string(), message));
        e
    }

    /// The message for `field`, or empty.
    pub fn get(&self, field: &str) -> &str {
        self.by_field.get(field).map(String::as_str).unwrap_or("")
    }

    pub fn has(&self, field: &str) -> bool {
        self.by_field.contains_key(field)
    }

    /// The summary's messages prefixed with what `label` calls their field ("Title: is
    /// required"); `None` leaves a message as it is.
    pub fn labelled(mut self, label: impl Fn(&str) -> Option<String>) -> FieldErrors {
        for (field, message) in self.summary.iter_mut() {
            if let Some(l) = label(field) {
                *message = format!("{l}: {message}");
            }
        }
        self
    }

    pub fn any(&self) -> bool {
        !self.summary.is_empty()
    }
}
