//! The files of a case on its page: the list with downloads, the upload form, and removal after
//! a confirmation page.

use super::common::side_label;
use super::detail::{Typed, answer, parse_id};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{PageError, PageResultExt, render};
use crate::form::FormData;
use crate::pages::organisations::Text;
use crate::pages::partnerships::common::When;
use crate::upload::{PageUpload, download as download_file};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use city2city_app::cases::{CaseDetail, CaseFile};
use city2city_domain::cases::{FileType, MAX_ATTACHMENT_BYTES, size_text};

pub(super) struct FileView {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub size: String,
    pub added: When,
    pub by: Option<Text>,
    pub side: String,
    pub can_remove: bool,
}

pub(super) struct FilesView {
    pub list: Vec<FileView>,
    /// The `accept` attribute of the file input: the endings cases take.
    pub accept: String,
    /// "PDF, PNG, …; at most 10 MB".
    pub hint: String,
}

fn file_view(ctx: &Ctx, f: &CaseFile) -> FileView {
    let a = &f.attachment;
    FileView {
        id: a.id,
        name: a.file_name.clone(),
        kind: a.file_type.code().to_uppercase(),
        size: size_text(a.size as usize),
        added: When::instant(ctx.lang, a.added_at),
        by: a.added_by.as_deref().map(|b| Text::guess(b, ctx.lang)),
        side: side_label(ctx, &a.side),
        can_remove: f.can_remove,
    }
}

impl FilesView {
    pub fn of(ctx: &Ctx, d: &CaseDetail) -> FilesView {
        let accept = FileType::ALL
            .iter()
            .flat_map(|t| t.extensions().iter().map(|e| format!(".{e}")))
            .collect::<Vec<_>>()
            .join(",");
        FilesView {
            list: d.files.iter().map(|f| file_view(ctx, f)).collect(),
            accept,
            hint: crate::i18n::t_args(
                ctx.lang,
                "case-hint-file",
                &[
                    ("types", FileType::accepted()),
                    ("size", size_text(MAX_ATTACHMENT_BYTES)),
                ],
            ),
        }
    }
}

pub(super) async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    PageUpload(form): PageUpload,
) -> Result<Response, PageError> {
    let id = parse_id(&ctx, &id)?;
    let result = match state
        .app
        .attach_case_file(ctx.principal(), id, form.upload)
        .await
    {
        Ok(_) => state.app.case(ctx.principal(), id).await,
        Err(e) => Err(e),
    };
    answer(&state, ctx, id, result, "file", Typed::default(), |_| None).await
}

pub(super) async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (id, file) = (parse_id(&ctx, &id)?, parse_id(&ctx, &file)?);
    let (record, content) = state
        .app
        .case_file_content(ctx.principal(), id, file)
        .await
        .page(&ctx)?;
    Ok(download_file(&record, content))
}

#[derive(Template)]
#[template(path = "cases/file_remove.html")]
struct RemovePage {
    ctx: Ctx,
    title: String,
    id: i64,
    file: FileView,
}

pub(super) async fn confirm_remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (id, file) = (parse_id(&ctx, &id)?, parse_id(&ctx, &file)?);
    let found = state
        .app
        .case_file(ctx.principal(), id, file)
        .await
        .page(&ctx)?;
    if !found.can_remove {
        return Err(city2city_app::AppError::Forbidden).page(&ctx);
    }
    let page = RemovePage {
        title: ctx.ta(
            "case-file-remove-title",
            "name",
            &found.attachment.file_name,
        ),
        id,
        file: file_view(&ctx, &found),
        ctx,
    };
    Ok(render(&page))
}

pub(super) async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
    _form: FormData,
) -> Result<Response, PageError> {
    let (id, file) = (parse_id(&ctx, &id)?, parse_id(&ctx, &file)?);
    state
        .app
        .remove_case_file(ctx.principal(), id, file)
        .await
        .page(&ctx)?;
    Ok(Redirect::to(&format!("/cases/{id}?done=file-removed#notice")).into_response())
}
