//! `/api/v1/cases/{id}/files`: files attached to a case, for the company and the agencies on it.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{ApiError, ErrorBody};
use crate::upload::{UploadForm, download as download_file};
use axum::Json;
use axum::extract::multipart::Multipart;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use city2city_app::cases::CaseFile;

/// The upload: one file in the multipart field `file`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // Describes the request body for the OpenAPI document only.
pub struct FileUpload {
    /// pdf, png, jpg/jpeg, txt, csv, docx, xlsx, pptx, odt or ods, at most 10 MB; the content
    /// must be what the file name's ending says.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// A multipart body with its file, or the API's 400 when it cannot be read.
pub struct ApiUpload(UploadForm);

impl<S: Send + Sync> FromRequest<S> for ApiUpload {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let multipart = Multipart::from_request(req, state)
            .await
            .map_err(|e| ApiError::bad_request(None, e.body_text()))?;
        UploadForm::read(multipart)
            .await
            .map(ApiUpload)
            .map_err(|e| ApiError::bad_request(None, e.0))
    }
}

/// The case's files, oldest first.
#[utoipa::path(get, path = "/api/v1/cases/{id}/files", tag = "cases", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<CaseFile>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<CaseFile>>, ApiError> {
    Ok(Json(s.app.case_files(ctx.principal(), id).await?))
}

/// Attach a file to the case (the company or either agency): `multipart/form-data` with the
/// field `file`. A file too large, of a kind cases do not take, or whose content is not what its
/// name says is refused with 422 on the field `file`, and nothing is stored.
#[utoipa::path(post, path = "/api/v1/cases/{id}/files", tag = "cases", params(("id" = i64, Path)),
    request_body(content = FileUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = CaseFile), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload(
    State(s): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    ApiUpload(form): ApiUpload,
) -> Result<(StatusCode, Json<CaseFile>), ApiError> {
    let file = s
        .app
        .attach_case_file(ctx.principal(), id, form.upload)
        .await?;
    Ok((StatusCode::CREATED, Json(file)))
}

/// The file's content, as a download with the type it was checked to be.
#[utoipa::path(get, path = "/api/v1/cases/{id}/files/{file}", tag = "cases",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 200, description = "the file's content", content_type = "application/octet-stream"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn download(
    State(s): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, ApiError> {
    let (record, content) = s.app.case_file_content(ctx.principal(), id, file).await?;
    Ok(download_file(&record, content))
}

/// Remove a file: those acting for the side that attached it (and admins).
#[utoipa::path(delete, path = "/api/v1/cases/{id}/files/{file}", tag = "cases",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove(
    State(s): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, ApiError> {
    s.app.remove_case_file(ctx.principal(), id, file).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
