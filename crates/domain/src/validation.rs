//! Field-level validation errors, collected so a form or API call reports every problem at once.

use serde::Serialize;

/// One field that failed validation. `code` is stable (used for translations), `message` is
/// English for API clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

/// A collector of field errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validation {
    pub errors: Vec<FieldError>,
}

impl std::fmt::Display for Validation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for Validation {}

impl Validation {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, code: &'static str, message: impl Into<String>) -> Self {
        let mut v = Validation::new();
        v.add(field, code, message);
        v
    }

    pub fn add(&mut self, field: &str, code: &'static str, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.to_string(),
            code,
            message: message.into(),
        });
    }

    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn finish(self) -> Result<(), Validation> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    pub fn first(&self) -> Option<&FieldError> {
        self.errors.first()
    }

    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }

    /// A date (YYYY-MM-DD) not after `today`; `None` when blank, or when wrong (then reported).
    pub fn date_until(
        &mut self,
        field: &str,
        value: &str,
        today: time::Date,
    ) -> Option<time::Date> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match crate::opportunities::parse_date(value) {
            None => {
                self.add(field, "invalid-date", "must be a date, YYYY-MM-DD");
                None
            }
            Some(d) if d > today => {
                self.add(field, "in-future", "must not be in the future");
                None
            }
            Some(d) => Some(d),
        }
    }

    /// Like [`Validation::date_until`], and required.
    pub fn required_date_until(
        &mut self,
        field: &str,
        value: &str,
        today: time::Date,
    ) -> Option<time::Date> {
        if value.trim().is_empty() {
            self.add(field, "required", "is required");
        }
        self.date_until(field, value, today)
    }

    /// Trims `value`; requires it to be non-empty and at most `max` characters.
    pub fn required(&mut self, field: &str, value: &str, max: usize) -> String {
        let v = value.trim().to_string();
        if v.is_empty() {
            self.add(field, "required", "is required");
        } else {
            self.max_len(field, &v, max);
        }
        v
    }

    /// Trims an optional value; empty becomes `None`; checks the length bound.
    pub fn optional(&mut self, field: &str, value: Option<&str>, max: usize) -> Option<String> {
        let v = value.map(str::trim).filter(|s| !s.is_empty())?.to_string();
        self.max_len(field, &v, max);
        Some(v)
    }

    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.add(
                field,
                "too-long",
                format!("must be at most {max} characters"),
            );
        }
    }

    pub fn email(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 254)?;
        if !is_plausible_email(&v) {
            self.add(field, "invalid-email", "is not a valid e-mail address");
        }
        Some(v.to_lowercase())
    }

    pub fn url(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 500)?;
        let ok = (v.starts_with("https://") || v.starts_with("http://"))
            && v.split("://").nth(1).is_some_and(|rest| {
                let host = rest.split('/').next().unwrap_or("");
                host.contains('.') && !host.contains(char::is_whitespace)
            });
        if !ok {
            self.add(
                field,
                "invalid-url",
                "must be a web address starting with https://",
            );
        }
        Some(v)
    }

    pub fn phone(&mut self, field: &str, value: Option<&str>) -> Option<String> {
        let v = self.optional(field, value, 40)?;
        let digits = v.chars().filter(char::is_ascii_digit).count();
        let allowed = v
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()/.".contains(c));
        if !allowed || digits < 5 {
            self.add(
                field,
                "invalid-phone",
                "must be a phone number, such as +43 1 4000 8600",
            );
        }
        Some(v)
    }

    pub fn slug(&mut self, field: &str, value: &str) -> String {
        let v = self.required(field, value, 64);
        if !v.is_empty() && !is_slug(&v) {
            self.add(
                field,
                "invalid-slug",
                "may contain only a-z, 0-9 and hyphens",
            );
        }
        v
    }
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

pub fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',')
        && !domain.contains('@')
}

/// The distinct choices of a list field (blanks ignored); an unknown one is an error naming
/// the allowed codes.
pub fn choices<T: PartialEq>(
    v: &mut Validation,
    field: &str,
    input: &[String],
    parse: impl Fn(&str) -> Option<T>,
    codes: impl Fn() -> String,
) -> Vec<T> {
    let mut out = Vec::new();
    for s in input.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        match parse(s) {
            Some(x) if !out.contains(&x) => out.push(x),
            Some(_) => {}
            None => {
                v.add(
                    field,
                    "invalid-choice",
                    format!("'{s}' is not one of {}", codes()),
                );
                break;
            }
        }
    }
    out
}

/// An optional single choice; an unknown one is an error naming the allowed codes.
pub fn choice<T>(
    v: &mut Validation,
    field: &str,
    input: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    codes: impl Fn() -> String,
) -> Option<T> {
    let s = input.map(str::trim).filter(|s| !s.is_empty())?;
    let x = parse(s);
    if x.is_none() {
        v.add(
            field,
            "invalid-choice",
            format!("must be one of {}", codes()),
        );
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_field_error() {
        let mut v = Validation::new();
        v.required("name", "  ", 10);
        v.email("email", Some("not-an-email"));
        v.url("website", Some("ftp://x"));
        v.phone("phone", Some("+43 1 4000 8600"));
        let fields: Vec<_> = v.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "email", "website"]);
    }

    #[test]
    fn slugs_are_lowercase_ascii_with_inner_hyphens() {
        assert!(is_slug("sofia-investment-agency"));
        assert!(!is_slug("Sofia"));
        assert!(!is_slug("-x"));
        assert!(!is_slug("софия"));
    }
}
