//! Files attached to a case (a business plan, a signed lease, a register extract): which kinds
//! are accepted, how large, and what a file must look like inside to be what its name says.
//!
//! The type is decided by the file's name *and* its first bytes: a `.pdf` must begin like a
//! PDF, a `.docx` must be an Office Open XML word-processing package, a `.txt` must be UTF-8
//! text. What the uploading browser claims is ignored, so the type served back is always one we
//! checked.

use crate::validation::Validation;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Largest file accepted, in bytes (10 MiB).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

/// Longest file name kept, in characters.
pub const MAX_FILE_NAME: usize = 160;

/// The kinds of file a case accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FileType {
    Pdf,
    Png,
    Jpeg,
    Text,
    Csv,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
}

impl FileType {
    pub const ALL: [FileType; 10] = [
        FileType::Pdf,
        FileType::Png,
        FileType::Jpeg,
        FileType::Text,
        FileType::Csv,
        FileType::Docx,
        FileType::Xlsx,
        FileType::Pptx,
        FileType::Odt,
        FileType::Ods,
    ];

    /// The file name endings of this type, lower-case, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Pdf => &["pdf"],
            FileType::Png => &["png"],
            FileType::Jpeg => &["jpg", "jpeg"],
            FileType::Text => &["txt"],
            FileType::Csv => &["csv"],
            FileType::Docx => &["docx"],
            FileType::Xlsx => &["xlsx"],
            FileType::Pptx => &["pptx"],
            FileType::Odt => &["odt"],
            FileType::Ods => &["ods"],
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Text => "text/plain; charset=utf-8",
            FileType::Csv => "text/csv; charset=utf-8",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileType::Odt => "application/vnd.oasis.opendocument.text",
            FileType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
        }
    }

    pub fn code(self) -> &'static str {
        self.extensions()[0]
    }

    /// The type a stored content type names (the inverse of [`FileType::content_type`]).
    pub fn from_content_type(ct: &str) -> Option<FileType> {
        FileType::ALL.into_iter().find(|t| t.content_type() == ct)
    }

    fn by_extension(ext: &str) -> Option<FileType> {
        let ext = ext.to_ascii_lowercase();
        FileType::ALL
            .into_iter()
            .find(|t| t.extensions().contains(&ext.as_str()))
    }

    /// Whether `bytes` look like this type inside.
    fn matches(self, bytes: &[u8]) -> bool {
        match self {
            FileType::Pdf => bytes.starts_with(b"%PDF-"),
            FileType::Png => infer::image::is_png(bytes),
            FileType::Jpeg => infer::image::is_jpeg(bytes),
            FileType::Text | FileType::Csv => is_text(bytes),
            FileType::Docx => is_ooxml(bytes, b"word/document.xml"),
            FileType::Xlsx => is_ooxml(bytes, b"xl/workbook.xml"),
            FileType::Pptx => is_ooxml(bytes, b"ppt/presentation.xml"),
            FileType::Odt => infer::odf::is_odt(bytes),
            FileType::Ods => infer::odf::is_ods(bytes),
        }
    }

    /// "pdf, png, jpg, …": the endings accepted, for messages and hints.
    pub fn accepted() -> String {
        FileType::ALL
            .iter()
            .flat_map(|t| t.extensions().iter().copied())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// An Office Open XML package (a ZIP archive with `[Content_Types].xml`) holding `main_part`.
/// ZIP keeps entry names uncompressed, in each entry's header and in the central directory, so
/// they are found in any entry order (infer's own check wants a particular order).
fn is_ooxml(bytes: &[u8], main_part: &[u8]) -> bool {
    let holds = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    bytes.starts_with(b"PK\x03\x04") && holds(b"[Content_Types].xml") && holds(main_part)
}

/// UTF-8 without NUL bytes or other control characters than tab, line feed and carriage return
/// (a leading byte-order mark is allowed).
fn is_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).is_ok_and(|s| {
        !s.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    })
}

/// A file as uploaded: the name the uploader's computer gave it and its bytes.
#[derive(Debug, Clone)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// The upload was cut off at the size limit (the sender's body was larger still).
    pub truncated: bool,
}

/// An upload that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub file_name: String,
    pub file_type: FileType,
}

/// Size in words for messages: "10 MB", "512 KB", "312 bytes".
pub fn size_text(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// The file name without any folder part, control characters or surrounding blanks.
fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    base.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .trim()
        .to_string()
}

impl Upload {
    /// Checks the file's name, size and type; every problem is reported on the field `file`.
    pub fn check(&self) -> Result<CheckedFile, Validation> {
        let name = clean_name(&self.file_name);
        if self.truncated || self.bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(Validation::single(
                "file",
                "file-too-large",
                format!(
                    "is larger than the limit of {}",
                    size_text(MAX_ATTACHMENT_BYTES)
                ),
            ));
        }
        if name.is_empty() && self.bytes.is_empty() {
            return Err(Validation::single("file", "required", "choose a file"));
        }
        if self.bytes.is_empty() {
            return Err(Validation::single("file", "file-empty", "is empty"));
        }
        if name.chars().count() > MAX_FILE_NAME {
            return Err(Validation::single(
                "file",
                "file-name-too-long",
                format!("has a name longer than {MAX_FILE_NAME} characters; rename it"),
            ));
        }
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        let Some(file_type) = FileType::by_extension(ext) else {
            return Err(Validation::single(
                "file",
                "file-type-refused",
                format!(
                    "is not a kind of file cases accept; accepted: {}",
                    FileType::accepted()
                ),
            ));
        };
        if !file_type.matches(&self.bytes) {
            return Err(Validation::single(
                "file",
                "file-type-mismatch",
                format!(
                    "does not contain what its name says (a .{} file)",
                    ext.to_ascii_lowercase()
                ),
            ));
        }
        Ok(CheckedFile {
            file_name: name,
            file_type,
        })
    }
}

/// A file attached to a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Attachment {
    pub id: i64,
    pub case_id: i64,
    pub file_name: String,
    pub file_type: FileType,
    /// The type it is served with.
    pub content_type: String,
    pub size: u64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
    /// Who attached it: home, host or company.
    pub side: String,
    /// Display name of who attached it.
    pub added_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub added_at: OffsetDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(name: &str, bytes: &[u8]) -> Upload {
        Upload {
            file_name: name.into(),
            bytes: bytes.to_vec(),
            truncated: false,
        }
    }

    fn code(r: Result<CheckedFile, Validation>) -> &'static str {
        r.unwrap_err().first().unwrap().code
    }

    #[test]
    fn a_file_is_accepted_when_its_content_is_what_its_name_says() {
        let pdf = upload("Business plan.PDF", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n");
        assert_eq!(
            pdf.check().unwrap(),
            CheckedFile {
                file_name: "Business plan.PDF".into(),
                file_type: FileType::Pdf
            }
        );
        let png = upload("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        assert_eq!(png.check().unwrap().file_type, FileType::Png);
        let jpeg = upload("office.jpeg", b"\xFF\xD8\xFF\xE0\0\x10JFIF\0");
        assert_eq!(jpeg.check().unwrap().file_type, FileType::Jpeg);
        let notes = upload("бележки от срещата.txt", "Среща в агенцията\r\n".as_bytes());
        let checked = notes.check().unwrap();
        assert_eq!(checked.file_type, FileType::Text);
        assert_eq!(checked.file_name, "бележки от срещата.txt");
        let csv = upload("hires.csv", b"\xEF\xBB\xBFrole;count\ndeveloper;3\n");
        assert_eq!(csv.check().unwrap().file_type, FileType::Csv);
    }

    /// A ZIP archive of stored (uncompressed) entries, as office packages are laid out.
    fn zip(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data) in entries {
            out.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data.as_bytes());
        }
        out
    }

    #[test]
    fn office_documents_are_told_apart_by_their_package() {
        let docx = zip(&[
            ("[Content_Types].xml", "<Types/>"),
            ("_rels/.rels", "<Relationships/>"),
            ("word/document.xml", "<w:document/>"),
        ]);
        assert_eq!(
            upload("Lease.docx", &docx).check().unwrap().file_type,
            FileType::Docx
        );
        assert_eq!(
            code(upload("Lease.xlsx", &docx).check()),
            "file-type-mismatch"
        );
        let xlsx = zip(&[
            ("[Content_Types].xml", "<Types/>"),
            ("_rels/.rels", "<Relationships/>"),
            ("xl/workbook.xml", "<workbook/>"),
        ]);
        assert_eq!(
            upload("budget.xlsx", &xlsx).check().unwrap().file_type,
            FileType::Xlsx
        );
        let odt = zip(&[("mimetype", "application/vnd.oasis.opendocument.text")]);
        assert_eq!(
            upload("Satzung.odt", &odt).check().unwrap().file_type,
            FileType::Odt
        );
        assert_eq!(
            code(upload("Satzung.ods", &odt).check()),
            "file-type-mismatch"
        );
    }

    #[test]
    fn a_renamed_file_is_refused() {
        let exe_as_pdf = upload("contract.pdf", b"MZ\x90\0\x03\0\0\0");
        assert_eq!(code(exe_as_pdf.check()), "file-type-mismatch");
        let binary_text = upload("notes.txt", b"abc\0def");
        assert_eq!(code(binary_text.check()), "file-type-mismatch");
        let zip_as_docx = upload("lease.docx", b"PK\x03\x04\x14\0\0\0\0\0random.bin");
        assert_eq!(code(zip_as_docx.check()), "file-type-mismatch");
        let latin1 = upload("notes.txt", b"Gr\xfc\xdfe");
        assert_eq!(code(latin1.check()), "file-type-mismatch");
    }

    #[test]
    fn refused_kinds_empty_and_oversized_files_are_named() {
        assert_eq!(
            code(upload("setup.exe", b"MZ\x90\0").check()),
            "file-type-refused"
        );
        assert_eq!(
            code(upload("page.html", b"<script>").check()),
            "file-type-refused"
        );
        assert_eq!(
            code(upload("no-extension", b"%PDF-1.4").check()),
            "file-type-refused"
        );
        assert_eq!(code(upload("", b"").check()), "required");
        assert_eq!(code(upload("empty.pdf", b"").check()), "file-empty");
        let mut big = b"%PDF-1.7\n".to_vec();
        big.resize(MAX_ATTACHMENT_BYTES + 1, b' ');
        let err = upload("big.pdf", &big).check().unwrap_err();
        assert_eq!(err.first().unwrap().code, "file-too-large");
        assert_eq!(
            err.first().unwrap().message,
            "is larger than the limit of 10 MB"
        );
        let cut = Upload {
            truncated: true,
            ..upload("big.pdf", b"%PDF-1.7")
        };
        assert_eq!(code(cut.check()), "file-too-large");
        let long = format!("{}.pdf", "a".repeat(MAX_FILE_NAME));
        assert_eq!(
            code(upload(&long, b"%PDF-1.7").check()),
            "file-name-too-long"
        );
    }

    #[test]
    fn folder_parts_and_control_characters_leave_the_name() {
        let u = upload("C:\\Users\\ana\\..\\plan.pdf", b"%PDF-1.7");
        assert_eq!(u.check().unwrap().file_name, "plan.pdf");
        let u = upload("../../etc/.\u{7}plan.pdf", b"%PDF-1.7");
        assert_eq!(u.check().unwrap().file_name, "plan.pdf");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_text(MAX_ATTACHMENT_BYTES), "10 MB");
        assert_eq!(size_text(1536 * 1024), "1.5 MB");
        assert_eq!(size_text(2000), "2 KB");
        assert_eq!(size_text(12), "12 bytes");
    }

    #[test]
    fn every_type_round_trips_through_its_content_type() {
        for t in FileType::ALL {
            assert_eq!(FileType::from_content_type(t.content_type()), Some(t));
        }
    }
}
