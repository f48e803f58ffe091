//! Files attached to cases: a row per file (written with its history event and audit entry) and
//! the content on disk, in the data directory under `attachments/CASE_ID/ID`. Paths are made of
//! ids only; the uploader's file name never reaches the file system.
//!
//! The content is written (to a temporary name, synced, then renamed) inside the row's
//! transaction, which commits only once the file is in place: a failure anywhere leaves neither
//! a row without its file nor, short of a crash between the rename and the commit, a file
//! without its row.

use crate::audit::{Actor, record};
use crate::{Result, Store, StoreError, now, with_db};
use city2city_domain::cases::{Attachment, FileType};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use time::OffsetDateTime;

/// A checked file to attach.
#[derive(Debug, Clone)]
pub struct NewAttachment<'a> {
    pub file_name: &'a str,
    pub file_type: FileType,
    pub bytes: &'a [u8],
    /// home, host or company.
    pub side: &'static str,
    pub actor_name: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    case_id: i64,
    file_name: String,
    file_type: String,
    size: i64,
    sha256: String,
    side: String,
    actor: Option<String>,
    created_at: OffsetDateTime,
}

impl Row {
    fn into_attachment(self) -> Result<Attachment> {
        let file_type = FileType::ALL
            .into_iter()
            .find(|t| t.code() == self.file_type)
            .ok_or_else(|| {
                StoreError::Config(format!(
                    "attachment {} has an unknown file type {:?}",
                    self.id, self.file_type
                ))
            })?;
        Ok(Attachment {
            id: self.id,
            case_id: self.case_id,
            file_name: self.file_name,
            file_type,
            content_type: file_type.content_type().to_string(),
            size: self.size as u64,
            sha256: self.sha256,
            side: self.side,
            added_by: self.actor,
            added_at: self.created_at,
        })
    }
}

const SELECT: &str = "SELECT id, case_id, file_name, file_type, size, sha256, side, actor, created_at \
     FROM case_attachments";

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Files(format!("{what} {}: {e}", path.display()))
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so that `path` holds
/// either nothing or the whole content.
pub(crate) async fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use tokio::io::AsyncWriteExt;
    let dir = path.parent().expect("attachment paths have a folder");
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| io_error("cannot create", dir, e))?;
    let part = path.with_extension("part");
    let write = async {
        let mut f = tokio::fs::File::create(&part).await?;
        f.write_all(bytes).await?;
        f.sync_all().await
    };
    if let Err(e) = write.await {
        let _ = tokio::fs::remove_file(&part).await;
        return Err(io_error("cannot write", &part, e));
    }
    tokio::fs::rename(&part, path)
        .await
        .map_err(|e| io_error("cannot move into place", path, e))
}

impl Store {
    /// Where the content of attachment `id` of case `case_id` lives.
    pub fn attachment_path(&self, case_id: i64, id: i64) -> PathBuf {
        self.files
            .join("attachments")
            .join(case_id.to_string())
            .join(id.to_string())
    }

    /// The case's files, oldest first.
    pub async fn attachments(&self, case_id: i64) -> Result<Vec<Attachment>> {
        let sql = format!("{SELECT} WHERE case_id = $1 ORDER BY created_at, id");
        let rows: Vec<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(case_id).fetch_all(pool).await?);
        rows.into_iter().map(Row::into_attachment).collect()
    }

    pub async fn attachment(&self, case_id: i64, id: i64) -> Result<Attachment> {
        let sql = format!("{SELECT} WHERE case_id = $1 AND id = $2");
        let row: Option<Row> = with_db!(self, pool => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(case_id).bind(id).fetch_optional(pool).await?);
        row.ok_or(StoreError::NotFound)?.into_attachment()
    }

    /// The attachment's content as stored.
    pub async fn attachment_content(&self, a: &Attachment) -> Result<Vec<u8>> {
        let path = self.attachment_path(a.case_id, a.id);
        tokio::fs::read(&path)
            .await
            .map_err(|e| io_error("cannot read", &path, e))
    }

    /// Stores the file and its row, with a `file_added` event in the case's history.
    pub async fn insert_attachment(
        &self,
        actor: &Actor,
        case_id: i64,
        new: &NewAttachment<'_>,
    ) -> Result<Attachment> {
        let at = now();
        let sha256 = sha256_hex(new.bytes);
        let id: i64 = with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let changed = sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2")
                .bind(at).bind(case_id).execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO case_attachments (case_id, file_name, file_type, size, sha256, side, user_id, actor, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(case_id).bind(new.file_name).bind(new.file_type.code()).bind(new.bytes.len() as i64)
            .bind(&sha256).bind(new.side).bind(actor.user_id).bind(&new.actor_name).bind(at)
            .fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'file_added', $6)")
                .bind(case_id).bind(at).bind(actor.user_id).bind(&new.actor_name).bind(new.side).bind(new.file_name)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.file_added", "case", case_id, None,
                Some(serde_json::json!({"attachment": id, "file_name": new.file_name, "size": new.bytes.len(), "sha256": sha256})));
            // Dropping the transaction on error rolls the row back.
            write_file(&self.attachment_path(case_id, id), new.bytes).await?;
            if let Err(e) = tx.commit().await {
                let _ = tokio::fs::remove_file(self.attachment_path(case_id, id)).await;
                return Err(e.into());
            }
            id
        });
        self.attachment(case_id, id).await
    }

    /// Removes the file and its row, with a `file_removed` event in the case's history.
    pub async fn delete_attachment(
        &self,
        actor: &Actor,
        a: &Attachment,
        side: &'static str,
        actor_name: Option<String>,
    ) -> Result<()> {
        let at = now();
        with_db!(self, pool => {
            let mut tx = pool.begin().await?;
            let gone = sqlx::query("DELETE FROM case_attachments WHERE id = $1 AND case_id = $2")
                .bind(a.id).bind(a.case_id).execute(&mut *tx).await?.rows_affected();
            if gone == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("UPDATE cases SET updated_at = $1 WHERE id = $2")
                .bind(at).bind(a.case_id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO case_events (case_id, at, user_id, actor, side, kind, text) VALUES ($1, $2, $3, $4, $5, 'file_removed', $6)")
                .bind(a.case_id).bind(at).bind(actor.user_id).bind(&actor_name).bind(side).bind(&a.file_name)
                .execute(&mut *tx).await?;
            record!(tx, actor, "case.file_removed", "case", a.case_id,
                Some(serde_json::json!({"attachment": a.id, "file_name": a.file_name, "sha256": a.sha256})), None);
            tx.commit().await?;
        });
        let path = self.attachment_path(a.case_id, a.id);
        if let Err(e) = tokio::fs::remove_file(&path).await {
            // The row is gone, so nobody can reach the file; a later upload reusing the id
            // replaces it.
            tracing::warn!(path = %path.display(), error = %e, "could not remove an attachment's file");
        }
        Ok(())
    }
}
