-- Files attached to a case. The content lives on disk in the data directory
-- (attachments/CASE_ID/ID); this row is what the platform knows of it.
CREATE TABLE case_attachments (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    -- As the uploader named it, without folders or control characters.
    file_name TEXT NOT NULL,
    -- Checked against the content (pdf, png, jpg, txt, csv, docx, xlsx, pptx, odt, ods).
    file_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    -- home, host or company.
    side TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The uploader's name as it was.
    actor TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_attachments_by_case ON case_attachments (case_id, created_at, id);
