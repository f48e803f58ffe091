//! Playbooks: each host city's guidance for landing there, written and versioned by its
//! agency's staff, and the checklists they make on cases.

mod checklist;
mod editing;

use crate::{App, Principal, Result, policy};
use city2city_domain::playbooks::{Playbook, PlaybookInput, PlaybookVersion};
use serde::{Deserialize, Serialize};

/// A playbook at one version with its history and what the viewer may do.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PlaybookView {
    #[serde(flatten)]
    pub playbook: Playbook,
    /// Every version, newest first.
    pub versions: Vec<PlaybookVersion>,
    /// The viewer may save a new version.
    pub can_edit: bool,
}

/// A new playbook: its city and its first version.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct NewPlaybookInput {
    /// City slug; staff may leave it out for their own city.
    pub city: String,
    #[serde(flatten)]
    pub content: PlaybookInput,
}

/// A new version of a playbook, made from the version the editor started from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RevisionInput {
    /// The version the changes were made to; saving fails if a newer one was saved since.
    pub base_version: u32,
    #[serde(flatten)]
    pub content: PlaybookInput,
}

impl App {
    /// The latest version of each playbook, of one city or all.
    pub async fn playbooks(
        &self,
        p: Option<&Principal>,
        city: Option<&str>,
    ) -> Result<Vec<Playbook>> {
        policy::read_playbooks(p)?;
        Ok(self
            .store
            .playbooks(city)
            .await?
            .into_iter()
            .map(|r| r.playbook)
            .collect())
    }

    /// A playbook at `version` (the latest without one), with its versions.
    pub async fn playbook(
        &self,
        p: Option<&Principal>,
        slug: &str,
        version: Option<u32>,
    ) -> Result<PlaybookView> {
        policy::read_playbooks(p)?;
        let record = self.store.playbook(slug, version).await?;
        let versions = self.store.playbook_versions(record.id).await?;
        Ok(PlaybookView {
            can_edit: policy::may_write_playbook(p, &record.playbook.city),
            playbook: record.playbook,
            versions,
        })
    }
}
