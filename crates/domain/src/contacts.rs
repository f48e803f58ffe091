//! The contact directory: service providers and experts in the partner cities (lawyers,
//! accountants, banks, real estate, coworking spaces, universities, clusters, public offices)
//! with their expertise, languages and sectors, and whether they agreed to be introduced. And
//! introductions of a case's company to a contact: requested → made → met → outcome.

use crate::Lang;
use crate::validation::Validation;
use crate::vocabulary::vocabulary;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

pub const MAX_NAME: usize = 200;
pub const MAX_EXPERTISE: usize = 2000;
pub const MAX_OUTCOME: usize = 2000;

vocabulary! {
    /// What a contact does.
    ContactKind {
        Lawyer => "lawyer",
        Accountant => "accountant",
        Bank => "bank",
        RealEstate => "real_estate",
        Coworking => "coworking",
        University => "university",
        Cluster => "cluster",
        PublicOffice => "public_office",
        Expert => "expert",
    }
}

vocabulary! {
    /// How far an introduction is.
    IntroStatus {
        Requested => "requested",
        Made => "made",
        Met => "met",
        Outcome => "outcome",
    }
}

impl IntroStatus {
    /// The statuses an introduction may move to from this one: the next, and from an
    /// introduction made straight to its outcome (not every one needs a meeting).
    pub fn next(self) -> &'static [IntroStatus] {
        match self {
            IntroStatus::Requested => &[IntroStatus::Made],
            IntroStatus::Made => &[IntroStatus::Met, IntroStatus::Outcome],
            IntroStatus::Met => &[IntroStatus::Outcome],
            IntroStatus::Outcome => &[],
        }
    }
}

/// A contact as staff see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Contact {
    pub slug: String,
    pub name: String,
    pub organisation: Option<String>,
    pub kind: ContactKind,
    pub city: String,
    pub expertise: String,
    pub languages: Vec<Lang>,
    pub sectors: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    /// The contact agreed to be introduced to companies.
    pub consent: bool,
    #[schema(value_type = Option<String>, format = Date)]
    pub consent_date: Option<Date>,
}

/// A contact as the editor and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub organisation: Option<String>,
    pub kind: String,
    /// City slug; staff may leave it out for their own city.
    pub city: String,
    pub expertise: String,
    pub languages: Vec<String>,
    pub sectors: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub consent: bool,
    /// YYYY-MM-DD: when the consent was given; required with it, not in the future.
    pub consent_date: Option<String>,
}

/// A checked contact (the city is checked by the app).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidContact {
    pub name: String,
    pub organisation: Option<String>,
    pub kind: ContactKind,
    pub city: String,
    pub expertise: String,
    pub languages: Vec<Lang>,
    pub sectors: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub consent: bool,
    pub consent_date: Option<Date>,
}

impl ContactInput {
    pub fn validate(&self, today: Date) -> Result<ValidContact, Validation> {
        let mut v = Validation::new();
        let name = v.required("name", &self.name, MAX_NAME);
        let organisation = v.optional("organisation", self.organisation.as_deref(), MAX_NAME);
        let kind = if self.kind.trim().is_empty() {
            v.add(
                "kind",
                "required",
                format!("must be one of {}", ContactKind::codes()),
            );
            None
        } else {
            crate::validation::choice(&mut v, "kind", Some(&self.kind), ContactKind::parse, || {
                ContactKind::codes()
            })
        };
        let expertise = v.required("expertise", &self.expertise, MAX_EXPERTISE);
        let languages =
            crate::validation::choices(&mut v, "languages", &self.languages, Lang::parse, || {
                "bg, de, en".to_string()
            });
        let mut sectors = Vec::new();
        for s in self
            .sectors
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            match crate::sectors::find(s) {
                Some(found) if !sectors.iter().any(|x: &String| x == found.slug) => {
                    sectors.push(found.slug.to_string())
                }
                Some(_) => {}
                None => {
                    v.add(
                        "sectors",
                        "unknown-sector",
                        format!("'{s}' is not a sector of the taxonomy"),
                    );
                    break;
                }
            }
        }
        let email = v.email("email", self.email.as_deref());
        let phone = v.phone("phone", self.phone.as_deref());
        let website = v.url("website", self.website.as_deref());
        let consent_text = self.consent_date.as_deref().unwrap_or("");
        if self.consent && consent_text.trim().is_empty() {
            v.add(
                "consent_date",
                "required",
                "is required when the contact agreed to be introduced",
            );
        }
        let consent_date = v.date_until("consent_date", consent_text, today);
        v.finish()?;
        Ok(ValidContact {
            name,
            organisation,
            kind: kind.expect("checked"),
            city: self.city.trim().to_string(),
            expertise,
            languages,
            sectors,
            email,
            phone,
            website,
            consent: self.consent,
            consent_date: if self.consent { consent_date } else { None },
        })
    }
}

/// An introduction of a case's company to a contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Introduction {
    pub id: i64,
    pub contact: String,
    pub contact_name: String,
    pub contact_organisation: Option<String>,
    pub contact_kind: ContactKind,
    pub status: IntroStatus,
    pub outcome: Option<String>,
    /// Who asked for it.
    pub requested_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub requested_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// Asking for an introduction, as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct IntroduceInput {
    /// Slug of a contact in the case's host city who agreed to be introduced.
    pub contact: String,
}

/// Moving an introduction on, as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct IntroStepInput {
    /// made, met or outcome.
    pub status: String,
    /// For outcome: what came of it.
    pub outcome: Option<String>,
}

impl IntroStepInput {
    /// The next status from `from`, checked, with the outcome's words.
    pub fn validate(&self, from: IntroStatus) -> Result<(IntroStatus, Option<String>), Validation> {
        let mut v = Validation::new();
        let to = match IntroStatus::parse(&self.status) {
            None => {
                v.add(
                    "status",
                    "invalid-choice",
                    "must be one of made, met, outcome",
                );
                None
            }
            Some(to) if !from.next().contains(&to) => {
                v.add(
                    "status",
                    "illegal-move",
                    format!(
                        "an introduction that is {} cannot become {}",
                        from.code(),
                        to.code()
                    ),
                );
                None
            }
            Some(to) => Some(to),
        };
        let outcome = if to == Some(IntroStatus::Outcome) {
            Some(v.required(
                "outcome",
                self.outcome.as_deref().unwrap_or(""),
                MAX_OUTCOME,
            ))
        } else {
            None
        };
        v.finish()?;
        Ok((to.expect("checked"), outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn lawyer() -> ContactInput {
        ContactInput {
            name: "Mag. Katrin Leitner".into(),
            organisation: Some("Leitner Aigner Rechtsanwälte GmbH".into()),
            kind: "lawyer".into(),
            city: "vienna".into(),
            expertise: "Company law".into(),
            languages: vec!["de".into(), "en".into()],
            sectors: vec!["fintech".into()],
            email: Some("k.leitner@example.at".into()),
            consent: true,
            consent_date: Some("2026-03-12".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_contact_with_consent_names_its_day() {
        let c = lawyer().validate(date!(2026 - 12 - 01)).unwrap();
        assert_eq!(c.kind, ContactKind::Lawyer);
        assert_eq!(c.consent_date, Some(date!(2026 - 03 - 12)));
        let e = ContactInput {
            consent_date: None,
            kind: "wizard".into(),
            sectors: vec!["astrology".into()],
            ..lawyer()
        }
        .validate(date!(2026 - 12 - 01))
        .unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "sectors", "consent_date"]);
    }

    #[test]
    fn introductions_move_forward_only() {
        let made = IntroStepInput {
            status: "made".into(),
            outcome: None,
        };
        assert_eq!(
            made.validate(IntroStatus::Requested),
            Ok((IntroStatus::Made, None))
        );
        let met = IntroStepInput {
            status: "met".into(),
            outcome: None,
        };
        assert_eq!(
            met.validate(IntroStatus::Requested)
                .unwrap_err()
                .first()
                .unwrap()
                .code,
            "illegal-move"
        );
        let outcome = IntroStepInput {
            status: "outcome".into(),
            outcome: Some(" ".into()),
        };
        assert_eq!(
            outcome
                .validate(IntroStatus::Met)
                .unwrap_err()
                .first()
                .unwrap()
                .field,
            "outcome"
        );
        assert!(IntroStatus::Outcome.next().is_empty());
    }
}
