//! Cities: the places a partnership joins. Cities are data, not code.

use crate::validation::Validation;
use crate::{Lang, Localized};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct City {
    pub id: i64,
    pub slug: String,
    pub name: Localized,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub languages: Vec<Lang>,
    /// IANA time zone, such as `Europe/Sofia`.
    pub time_zone: String,
}

/// Input for creating or updating a city, validated by [`CityInput::validate`].
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CityInput {
    pub slug: String,
    #[serde(default)]
    pub name: Localized,
    pub country: String,
    #[serde(default)]
    pub languages: Vec<Lang>,
    #[serde(default)]
    pub time_zone: String,
}

impl CityInput {
    pub fn validate(mut self) -> Result<CityInput, Validation> {
        let mut v = Validation::new();
        self.slug = v.slug("slug", &self.slug);
        self.name = Localized::new(self.name.bg, self.name.de, self.name.en);
        if self.name.is_empty() {
            v.add("name", "required", "needs a name in at least one language");
        }
        for (lang, text) in self.name.values() {
            v.max_len(&format!("name_{lang}"), text, 120);
        }
        self.country = self.country.trim().to_ascii_uppercase();
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            v.add(
                "country",
                "invalid-country",
                "must be a two-letter country code, such as BG",
            );
        }
        if self.languages.is_empty() {
            v.add("languages", "required", "needs at least one language");
        }
        self.languages.dedup();
        self.time_zone = self.time_zone.trim().to_string();
        if self.time_zone.is_empty() {
            v.add("time_zone", "required", "is required, such as Europe/Sofia");
        } else if !is_plausible_time_zone(&self.time_zone) {
            v.add(
                "time_zone",
                "invalid-time-zone",
                "must be an IANA time zone, such as Europe/Sofia",
            );
        }
        v.finish().map(|()| self)
    }
}

fn is_plausible_time_zone(tz: &str) -> bool {
    tz == "UTC"
        || (tz.contains('/')
            && tz.len() <= 64
            && tz
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_names_each_bad_field() {
        let err = CityInput {
            slug: "Sofia City".into(),
            name: Localized::default(),
            country: "Bulgaria".into(),
            languages: vec![],
            time_zone: "somewhere".into(),
        }
        .validate()
        .unwrap_err();
        let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["slug", "name", "country", "languages", "time_zone"]
        );
    }

    #[test]
    fn valid_city_is_normalised() {
        let c = CityInput {
            slug: "sofia".into(),
            name: Localized::new(Some(" София ".into()), None, Some("Sofia".into())),
            country: "bg".into(),
            languages: vec![Lang::Bg],
            time_zone: "Europe/Sofia".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(c.country, "BG");
        assert_eq!(c.name.bg.as_deref(), Some("София"));
    }
}
