//! Information packs: short articles per host city and topic (legal forms, tax, hiring, permits,
//! office space, funding, banking), one per language, written in Markdown by the city's agency,
//! with an owner and a "last reviewed" date. Public packs are for anyone; the others are for
//! staff and for the companies they are sent to.

use crate::Lang;
use crate::validation::Validation;
use crate::vocabulary::vocabulary;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

pub const MAX_PACK_TITLE: usize = 200;
pub const MAX_PACK_BODY: usize = 40_000;

vocabulary! {
    /// What a pack is about.
    Topic {
        LegalForms => "legal_forms",
        Tax => "tax",
        Hiring => "hiring",
        Permits => "permits",
        OfficeSpace => "office_space",
        Funding => "funding",
        Banking => "banking",
    }
}

impl Topic {
    /// The topic's part of a pack's slug: "legal-forms".
    pub fn slug_part(self) -> String {
        self.code().replace('_', "-")
    }
}

/// The slug of a city's pack on a topic in a language: "vienna-legal-forms-bg".
pub fn pack_slug(city: &str, topic: Topic, lang: Lang) -> String {
    format!("{city}-{}-{}", topic.slug_part(), lang.code())
}

/// An information pack as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Pack {
    pub slug: String,
    /// Slug of the host city it is about.
    pub city: String,
    pub topic: Topic,
    pub lang: Lang,
    pub title: String,
    /// Markdown.
    pub body: String,
    /// Slug of the organisation that keeps it.
    pub owner: String,
    /// Readable by anyone; otherwise by staff and the companies it is sent to.
    pub public: bool,
    #[schema(value_type = String, format = Date)]
    pub last_reviewed: Date,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// A pack as the editor and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PackInput {
    /// City slug; staff may leave it out for their own city.
    pub city: String,
    /// legal_forms, tax, hiring, permits, office_space, funding or banking.
    pub topic: String,
    /// bg, de or en.
    pub lang: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub public: bool,
    /// YYYY-MM-DD, not in the future.
    pub last_reviewed: String,
}

/// A checked pack input (the city is checked by the app).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPack {
    pub city: String,
    pub topic: Topic,
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub public: bool,
    pub last_reviewed: Date,
}

impl PackInput {
    pub fn validate(&self, today: Date) -> Result<ValidPack, Validation> {
        let mut v = Validation::new();
        let topic = if self.topic.trim().is_empty() {
            v.add(
                "topic",
                "required",
                format!("must be one of {}", Topic::codes()),
            );
            None
        } else {
            crate::validation::choice(&mut v, "topic", Some(&self.topic), Topic::parse, || {
                Topic::codes()
            })
        };
        let lang = match self.lang.trim() {
            "" => {
                v.add("lang", "required", "must be one of bg, de, en");
                None
            }
            l => {
                let lang = Lang::parse(l);
                if lang.is_none() {
                    v.add("lang", "invalid-choice", "must be one of bg, de, en");
                }
                lang
            }
        };
        let title = v.required("title", &self.title, MAX_PACK_TITLE);
        let body = v.required("body", &self.body, MAX_PACK_BODY);
        let last_reviewed = v.required_date_until("last_reviewed", &self.last_reviewed, today);
        v.finish()?;
        Ok(ValidPack {
            city: self.city.trim().to_string(),
            topic: topic.expect("checked"),
            lang: lang.expect("checked"),
            title,
            body,
            public: self.public,
            last_reviewed: last_reviewed.expect("checked"),
        })
    }
}

/// A pack sent to a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SentPack {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub sent_at: OffsetDateTime,
    pub sent_by: Option<String>,
}

/// Sending a pack to a case, as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SendPackInput {
    /// Slug of a pack of the case's host city.
    pub pack: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn input() -> PackInput {
        PackInput {
            city: "vienna".into(),
            topic: "banking".into(),
            lang: "de".into(),
            title: "Bankkonto für Unternehmen".into(),
            body: "## Geschäftskonto\n\nFrüh eröffnen.".into(),
            public: true,
            last_reviewed: "2026-10-21".into(),
        }
    }

    #[test]
    fn a_pack_is_named_by_city_topic_and_language() {
        let p = input().validate(date!(2026 - 12 - 01)).unwrap();
        assert_eq!(p.topic, Topic::Banking);
        assert_eq!(
            pack_slug("vienna", Topic::LegalForms, Lang::Bg),
            "vienna-legal-forms-bg"
        );
    }

    #[test]
    fn a_bad_pack_names_each_field() {
        let e = PackInput {
            topic: "weather".into(),
            lang: "fr".into(),
            body: " ".into(),
            last_reviewed: "2027-01-01".into(),
            ..input()
        }
        .validate(date!(2026 - 12 - 01))
        .unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["topic", "lang", "body", "last_reviewed"]);
    }
}
