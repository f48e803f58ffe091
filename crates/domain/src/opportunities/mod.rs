//! Partnership opportunities (partnering profiles): what a company offers or looks for in the
//! partner city, validated by an agency before it goes public, and the expressions of interest
//! other companies send on it.

mod input;
pub mod interests;
mod kinds;
mod lifecycle;

pub use input::{
    MAX_REFERENCE, OpportunityInput, TranslationInput, ValidOpportunity, is_reference, parse_date,
};
pub use kinds::{Cooperation, Ipr, OpportunityKind, Stage};
pub use lifecycle::{MAX_VALIDITY_DAYS, Status, Transition, check_valid_until};

use crate::Lang;
use crate::organisations::OrgKind;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// The author's own translation of the texts into another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Translation {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Opportunity {
    pub id: i64,
    /// Public reference, such as `SOF-2026-0042` (or the reference an import gave it).
    pub reference: String,
    pub kind: OpportunityKind,
    pub status: Status,
    /// Slug of the owning organisation (left empty, and out of the JSON, where the viewer may not
    /// know who the owner is).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Slug of the owner's city.
    pub city: String,
    /// The language the texts are written in.
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub description: String,
    #[serde(default)]
    pub translations: Vec<Translation>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Kinds of organisation sought as partner.
    #[serde(default)]
    pub partner_kinds: Vec<OrgKind>,
    /// The partner's role, in words.
    #[serde(default)]
    pub partner_role: Option<String>,
    #[serde(default)]
    pub cooperation: Vec<Cooperation>,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub ipr: Option<Ipr>,
    /// Slugs of the cities where partners are sought.
    #[serde(default)]
    pub target_cities: Vec<String>,
    pub valid_until: Date,
    #[serde(default)]
    pub deadline: Option<Date>,
    /// The owner shows the company name publicly (otherwise the public sees an anonymous profile).
    pub show_name: bool,
    /// The staff's comment when it was last returned to the author (shown to the author's side
    /// and staff only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_comment: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub published_at: Option<OffsetDateTime>,
}

impl Opportunity {
    /// The texts in `lang`: the original or the author's translation; falls back to the original.
    pub fn texts(&self, lang: Lang) -> (Lang, &str, &str, &str) {
        if lang != self.lang
            && let Some(t) = self.translations.iter().find(|t| t.lang == lang)
        {
            return (
                t.lang,
                &t.title,
                &t.summary,
                t.description.as_deref().unwrap_or(&self.description),
            );
        }
        (self.lang, &self.title, &self.summary, &self.description)
    }

    /// Open to the public: published and still valid.
    pub fn is_public(&self) -> bool {
        self.status == Status::Published
    }
}
