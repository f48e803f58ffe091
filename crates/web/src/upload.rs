//! Reading a file sent as `multipart/form-data`: the file (cut off past the size limit, so a
//! huge upload costs no more memory than the limit) and the form's other fields; and sending a
//! stored file back as a download.

use axum::extract::multipart::{Field, Multipart, MultipartError};
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use city2city_domain::cases::{Attachment, MAX_ATTACHMENT_BYTES, Upload};

/// The largest request an upload route reads to its end. The file is kept only up to its limit
/// (the rest is read and dropped, so the sender gets its answer rather than a broken
/// connection); a request announcing more than this is refused before it is read.
pub const UPLOAD_BODY_LIMIT: usize = 4 * MAX_ATTACHMENT_BYTES;

/// The longest text field of an upload form kept (the CSRF token and the like).
const MAX_TEXT_FIELD: usize = 4096;

/// A multipart form holding one file (field `file`) and short text fields.
#[derive(Debug)]
pub struct UploadForm {
    pairs: Vec<(String, String)>,
    pub upload: Upload,
}

impl UploadForm {
    pub fn get(&self, name: &str) -> &str {
        crate::form::value_of(&self.pairs, name)
    }
}

/// Why an upload could not be read at all (as opposed to a file the checks refuse).
#[derive(Debug)]
pub struct UnreadableUpload(pub String);

fn too_large(e: &MultipartError) -> bool {
    e.status() == StatusCode::PAYLOAD_TOO_LARGE
}

/// Reads a field to its end, keeping at most `keep` bytes; true when some were dropped.
async fn read_capped(
    field: &mut Field<'_>,
    into: &mut Vec<u8>,
    keep: usize,
) -> Result<bool, MultipartError> {
    let mut dropped = false;
    while let Some(chunk) = field.chunk().await? {
        let room = keep.saturating_sub(into.len());
        if chunk.len() > room {
            into.extend_from_slice(&chunk[..room]);
            dropped = true;
        } else {
            into.extend_from_slice(&chunk);
        }
    }
    Ok(dropped)
}

impl UploadForm {
    pub async fn read(mut multipart: Multipart) -> Result<UploadForm, UnreadableUpload> {
        let mut form = UploadForm {
            pairs: vec![],
            upload: Upload {
                file_name: String::new(),
                bytes: vec![],
                truncated: false,
            },
        };
        let unreadable = |e: MultipartError| UnreadableUpload(e.body_text());
        loop {
            let mut field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                // Only a body sent without its length gets past the route's limit to here.
                Err(e) if too_large(&e) => {
                    form.upload.truncated = true;
                    break;
                }
                Err(e) => return Err(unreadable(e)),
            };
            let name = field.name().unwrap_or_default().to_string();
            if name == "file" {
                form.upload.file_name = field.file_name().unwrap_or_default().to_string();
                let cut = read_capped(&mut field, &mut form.upload.bytes, MAX_ATTACHMENT_BYTES)
                    .await
                    .map_err(unreadable)?;
                form.upload.truncated |= cut;
            } else {
                let mut text = Vec::new();
                read_capped(&mut field, &mut text, MAX_TEXT_FIELD)
                    .await
                    .map_err(unreadable)?;
                form.pairs
                    .push((name, String::from_utf8_lossy(&text).into_owned()));
            }
        }
        Ok(form)
    }
}

/// An upload form from a page, whose CSRF token has been checked like [`crate::form::FormData`]'s.
pub struct PageUpload(pub UploadForm);

impl<S: Send + Sync> FromRequest<S> for PageUpload {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let expected = crate::ctx::cookie_value(req.headers(), crate::ctx::CSRF_COOKIE);
        let multipart = Multipart::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let form = UploadForm::read(multipart)
            .await
            .map_err(|e| (StatusCode::BAD_REQUEST, e.0).into_response())?;
        match expected {
            Some(token)
                if crate::form::constant_time_eq(form.get("csrf").as_bytes(), token.as_bytes()) =>
            {
                Ok(PageUpload(form))
            }
            _ => Err(crate::form::expired_form()),
        }
    }
}

/// `filename="…"` for old clients (ASCII only) and `filename*=UTF-8''…` for everyone else.
fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        urlencoding::encode(name)
    )
}

/// A stored file as a download: its checked type, never shown inline, never cached by others,
/// and sandboxed should a browser open it anyway.
pub fn download(file: &Attachment, content: Vec<u8>) -> Response {
    let mut res = content.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.file_type.content_type()),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&content_disposition(&file.file_name))
            .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_survive_the_download_header() {
        assert_eq!(
            content_disposition("Бизнес план \"2027\".pdf"),
            "attachment; filename=\"______ ____ _2027_.pdf\"; filename*=UTF-8''%D0%91%D0%B8%D0%B7%D0%BD%D0%B5%D1%81%20%D0%BF%D0%BB%D0%B0%D0%BD%20%222027%22.pdf"
        );
        assert_eq!(
            content_disposition("plan.pdf"),
            "attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf"
        );
    }
}
