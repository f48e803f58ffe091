//! Files attached to a case: attached by the company or either agency, served only to those who
//! see the case, removed by the side that attached them (with a line in the history each time).

use crate::cities::actor;
use crate::policy::{self, CaseRole};
use crate::{App, Principal, Result};
use city2city_domain::cases::{Attachment, Upload};
use city2city_store::NewAttachment;
use serde::Serialize;

/// A file on a case, with whether the viewer may remove it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct CaseFile {
    #[serde(flatten)]
    pub attachment: Attachment,
    pub can_remove: bool,
}

pub(crate) fn case_file(role: CaseRole, attachment: Attachment) -> CaseFile {
    CaseFile {
        can_remove: role == CaseRole::Admin || role.side() == attachment.side,
        attachment,
    }
}

impl App {
    /// The case's files, oldest first.
    pub async fn case_files(&self, p: Option<&Principal>, case_id: i64) -> Result<Vec<CaseFile>> {
        let case = self.store.case(case_id).await?;
        let role = policy::view_case(p, &case)?;
        Ok(self
            .store
            .attachments(case_id)
            .await?
            .into_iter()
            .map(|a| case_file(role, a))
            .collect())
    }

    /// One file of the case (its record, not its content).
    pub async fn case_file(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        id: i64,
    ) -> Result<CaseFile> {
        let case = self.store.case(case_id).await?;
        let role = policy::view_case(p, &case)?;
        Ok(case_file(role, self.store.attachment(case_id, id).await?))
    }

    /// A file's record and content, for downloading.
    pub async fn case_file_content(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        id: i64,
    ) -> Result<(Attachment, Vec<u8>)> {
        let file = self.case_file(p, case_id, id).await?.attachment;
        let content = self.store.attachment_content(&file).await?;
        Ok((file, content))
    }

    /// Attaches a file after checking its name, size and type; nothing is stored when a check
    /// fails.
    pub async fn attach_case_file(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        upload: Upload,
    ) -> Result<CaseFile> {
        let case = self.store.case(case_id).await?;
        let role = policy::attach_to_case(p, &case)?;
        let checked = upload.check()?;
        let new = NewAttachment {
            file_name: &checked.file_name,
            file_type: checked.file_type,
            bytes: &upload.bytes,
            side: role.side(),
            actor_name: p.map(|p| p.user.name.clone()),
        };
        let stored = self
            .store
            .insert_attachment(&actor(p), case_id, &new)
            .await?;
        Ok(case_file(role, stored))
    }

    /// Removes a file attached by the viewer's side.
    pub async fn remove_case_file(
        &self,
        p: Option<&Principal>,
        case_id: i64,
        id: i64,
    ) -> Result<()> {
        let case = self.store.case(case_id).await?;
        let file = self.store.attachment(case_id, id).await?;
        let role = policy::remove_attachment(p, &case, &file.side)?;
        self.store
            .delete_attachment(
                &actor(p),
                &file,
                role.side(),
                p.map(|p| p.user.name.clone()),
            )
            .await?;
        Ok(())
    }
}
