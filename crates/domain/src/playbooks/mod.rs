//! Playbooks: a host city's guidance for landing there, as numbered steps (what to do, who does
//! it, how long it usually takes, which steps come first). Staff of the city's agency edit them;
//! each save is a new version, and applying a version to a case copies its steps into the
//! case's checklist, so later edits never change a checklist under a company's feet.

mod content;
mod step;

pub use content::{MAX_STEPS, MAX_SUMMARY, MAX_TITLE, PlaybookContent, PlaybookInput};
pub use step::{
    MAX_DESCRIPTION, MAX_DURATION_DAYS, MAX_STEP_TITLE, PlaybookStep, Responsible, StepInput,
};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// A playbook at one version, as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Playbook {
    pub slug: String,
    /// Slug of the city it is the guidance for.
    pub city: String,
    /// The version shown.
    pub version: u32,
    /// The newest version.
    pub latest_version: u32,
    #[serde(flatten)]
    pub content: PlaybookContent,
    /// Who saved this version.
    pub author: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub saved_at: OffsetDateTime,
}

/// One saved version of a playbook, for its history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlaybookVersion {
    pub version: u32,
    pub author: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub saved_at: OffsetDateTime,
    pub steps: u32,
}

/// A step of a case's checklist: a playbook step copied onto the case, and whether it is done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CaseStep {
    pub id: i64,
    /// 1-based, across all playbooks applied to the case.
    pub number: u32,
    /// The playbook it came from, and which version.
    pub playbook: String,
    pub playbook_version: u32,
    #[serde(flatten)]
    pub step: PlaybookStep,
    /// The case's step numbers this one waits for.
    pub waits_for: Vec<u32>,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub done_at: Option<OffsetDateTime>,
    /// Who ticked it.
    pub done_by: Option<String>,
}

/// How far a case's checklist is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// Whole percent done (0 without a checklist).
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// Ticking or unticking a checklist step, as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TickInput {
    /// true: done; false: not done after all.
    pub done: bool,
}

/// Applying a playbook to a case, as forms and the API send it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ApplyInput {
    /// Slug of a playbook of the case's host city.
    pub playbook: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_a_whole_percentage() {
        assert_eq!(Progress { done: 0, total: 0 }.percent(), 0);
        assert_eq!(Progress { done: 1, total: 3 }.percent(), 33);
        assert_eq!(Progress { done: 4, total: 4 }.percent(), 100);
    }
}
