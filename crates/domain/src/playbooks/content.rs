//! A playbook's content at one version: title, summary, when it was last reviewed, the steps.

use super::step::{PlaybookStep, StepInput, localized};
use crate::Localized;
use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::Date;

pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 2000;
pub const MAX_STEPS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlaybookContent {
    pub title: Localized,
    #[serde(default)]
    pub summary: Localized,
    /// The guidance was last checked against the registers and authorities on this day.
    #[schema(value_type = String, format = Date)]
    pub last_reviewed: Date,
    pub steps: Vec<PlaybookStep>,
}

/// A playbook as the editor and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PlaybookInput {
    pub title: Localized,
    pub summary: Localized,
    /// YYYY-MM-DD, not in the future.
    pub last_reviewed: String,
    pub steps: Vec<StepInput>,
}

impl PlaybookInput {
    /// `today` bounds the review date. Step errors are named `steps.N.field` (1-based).
    pub fn validate(&self, today: Date) -> Result<PlaybookContent, Validation> {
        let mut v = Validation::new();
        let title = localized(&mut v, "title", &self.title, MAX_TITLE, true);
        let summary = localized(&mut v, "summary", &self.summary, MAX_SUMMARY, false);
        let last_reviewed = v.required_date_until("last_reviewed", &self.last_reviewed, today);
        if self.steps.is_empty() {
            v.add("steps", "required", "a playbook needs at least one step");
        } else if self.steps.len() > MAX_STEPS {
            v.add(
                "steps",
                "too-many",
                format!("a playbook has at most {MAX_STEPS} steps"),
            );
        }
        let steps: Vec<Option<PlaybookStep>> = self
            .steps
            .iter()
            .take(MAX_STEPS)
            .zip(1u32..)
            .map(|(s, n)| s.validate(&mut v, n))
            .collect();
        v.finish()?;
        Ok(PlaybookContent {
            title,
            summary,
            last_reviewed: last_reviewed.expect("checked"),
            steps: steps.into_iter().map(|s| s.expect("checked")).collect(),
        })
    }
}

impl From<&PlaybookContent> for PlaybookInput {
    /// The editor's starting point for a new version.
    fn from(c: &PlaybookContent) -> Self {
        PlaybookInput {
            title: c.title.clone(),
            summary: c.summary.clone(),
            last_reviewed: c.last_reviewed.to_string(),
            steps: c
                .steps
                .iter()
                .map(|s| StepInput {
                    title: s.title.clone(),
                    description: s.description.clone(),
                    responsible: s.responsible.code().into(),
                    duration_days: s.duration_days.map(|d| d.to_string()),
                    depends_on: s
                        .depends_on
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn input() -> PlaybookInput {
        PlaybookInput {
            title: Localized::new(
                None,
                Some("GmbH gründen".into()),
                Some("Open a GmbH".into()),
            ),
            last_reviewed: "2026-11-20".into(),
            steps: vec![
                StepInput {
                    title: Localized::new(None, None, Some("Articles".into())),
                    responsible: "company".into(),
                    ..Default::default()
                },
                StepInput {
                    title: Localized::new(None, None, Some("Register".into())),
                    responsible: "external".into(),
                    depends_on: "1".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_playbook_is_read_and_written_back_unchanged() {
        let c = input().validate(date!(2026 - 12 - 01)).unwrap();
        assert_eq!(c.steps[1].depends_on, [1]);
        let again = PlaybookInput::from(&c)
            .validate(date!(2026 - 12 - 01))
            .unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn a_bad_playbook_names_each_field() {
        let mut i = input();
        i.last_reviewed = "2027-01-01".into();
        i.title = Localized::default();
        i.steps[1].responsible = "notary".into();
        let e = i.validate(date!(2026 - 12 - 01)).unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "last_reviewed", "steps.2.responsible"]);
        let e = PlaybookInput {
            steps: vec![],
            ..input()
        }
        .validate(date!(2026 - 12 - 01))
        .unwrap_err();
        assert!(e.for_field("steps").is_some());
    }
}
