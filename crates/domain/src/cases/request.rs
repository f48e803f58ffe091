//! A company's request for support to land in a host city (or the one staff open on its
//! behalf), and its validation: every problem reported at once, by field.

use super::{Need, Plan};
use crate::Lang;
use crate::validation::{Validation, choice, choices, is_slug};
use serde::{Deserialize, Serialize};

pub const MAX_MESSAGE: usize = 4000;
pub const MAX_TIMELINE: usize = 80;
pub const MAX_TEAM: u32 = 100_000;

/// What the request form and the API send.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CaseRequestInput {
    /// Slug of the company (staff opening a case on a company's behalf; a company member's own
    /// organisation otherwise).
    pub company: Option<String>,
    /// Slug of the city the company wants to land in.
    pub host_city: String,
    /// branch, subsidiary, representative_office or relocation.
    pub plan: String,
    /// When, in the company's words ("first quarter of 2027").
    pub timeline: Option<String>,
    /// People to work in the host city.
    pub team_size: Option<String>,
    /// legal_form, tax, banking, hiring, permits, office_space, funding, contacts.
    pub needs: Vec<String>,
    /// What the company plans and asks, in its own words.
    pub message: String,
    /// The language of the message: bg, de or en.
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCaseRequest {
    pub company: Option<String>,
    pub host_city: String,
    pub plan: Plan,
    pub timeline: Option<String>,
    pub team_size: Option<u32>,
    pub needs: Vec<Need>,
    pub message: String,
    pub lang: Lang,
}

impl CaseRequestInput {
    pub fn validate(self) -> Result<ValidCaseRequest, Validation> {
        let mut v = Validation::new();
        let company = self
            .company
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        if let Some(c) = &company
            && !is_slug(c)
        {
            v.add("company", "invalid-slug", "must be an organisation's slug");
        }
        let host_city = self.host_city.trim().to_string();
        if host_city.is_empty() {
            v.add("host_city", "required", "is required");
        } else if !is_slug(&host_city) {
            v.add("host_city", "invalid-slug", "must be a city's slug");
        }
        let plan = if self.plan.trim().is_empty() {
            v.add(
                "plan",
                "required",
                format!("must be one of {}", Plan::codes()),
            );
            None
        } else {
            choice(&mut v, "plan", Some(&self.plan), Plan::parse, Plan::codes)
        };
        let timeline = v.optional("timeline", self.timeline.as_deref(), MAX_TIMELINE);
        let team_size = match self.team_size.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => match s.parse::<u32>() {
                Ok(n) if (1..=MAX_TEAM).contains(&n) => Some(n),
                _ => {
                    v.add(
                        "team_size",
                        "out-of-range",
                        format!("must be a whole number from 1 to {MAX_TEAM}"),
                    );
                    None
                }
            },
        };
        let needs = choices(&mut v, "needs", &self.needs, Need::parse, Need::codes);
        if needs.is_empty() && v.for_field("needs").is_none() {
            v.add(
                "needs",
                "required",
                "choose at least one thing the company needs help with",
            );
        }
        let message = v.required("message", &self.message, MAX_MESSAGE);
        let lang = Lang::parse(&self.lang);
        if lang.is_none() {
            v.add("lang", "invalid-choice", "must be bg, de or en");
        }
        v.finish()?;
        Ok(ValidCaseRequest {
            company,
            host_city,
            plan: plan.expect("checked"),
            timeline,
            team_size,
            needs,
            message,
            lang: lang.expect("checked"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> CaseRequestInput {
        CaseRequestInput {
            company: None,
            host_city: "vienna".into(),
            plan: "subsidiary".into(),
            timeline: Some("  first quarter of 2027 ".into()),
            team_size: Some("4".into()),
            needs: vec!["legal_form".into(), "tax".into(), "tax".into(), " ".into()],
            message: "Искаме да отворим офис във Виена.".into(),
            lang: "bg".into(),
        }
    }

    #[test]
    fn a_complete_request_is_accepted_and_tidied() {
        let r = input().validate().unwrap();
        assert_eq!(r.plan, Plan::Subsidiary);
        assert_eq!(r.timeline.as_deref(), Some("first quarter of 2027"));
        assert_eq!(r.team_size, Some(4));
        assert_eq!(r.needs, [Need::LegalForm, Need::Tax]);
        assert_eq!(r.lang, Lang::Bg);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let e = CaseRequestInput {
            company: Some("Not A Slug".into()),
            host_city: String::new(),
            plan: "castle".into(),
            timeline: Some("x".repeat(MAX_TIMELINE + 1)),
            team_size: Some("0".into()),
            needs: vec!["luck".into()],
            message: "  ".into(),
            lang: "fr".into(),
        }
        .validate()
        .unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "company",
                "host_city",
                "plan",
                "timeline",
                "team_size",
                "needs",
                "message",
                "lang"
            ]
        );
        assert!(
            e.for_field("plan")
                .unwrap()
                .message
                .contains("representative_office")
        );
        assert!(e.for_field("needs").unwrap().message.contains("'luck'"));
    }

    #[test]
    fn at_least_one_need_is_asked() {
        let e = CaseRequestInput {
            needs: vec![],
            ..input()
        }
        .validate()
        .unwrap_err();
        assert_eq!(e.for_field("needs").unwrap().code, "required");
    }
}
