-- Opportunities (partnering profiles), expressions of interest, saved searches, notifications.
-- List-valued fields are JSON arrays in text columns: they are read with the row and searched
-- through the full-text index, never joined on.

CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    translations TEXT NOT NULL,
    sectors TEXT NOT NULL,
    keywords TEXT NOT NULL,
    partner_kinds TEXT NOT NULL,
    partner_role TEXT,
    cooperation TEXT NOT NULL,
    stage TEXT,
    ipr TEXT,
    target_cities TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    deadline TEXT,
    show_name BOOLEAN NOT NULL,
    staff_comment TEXT,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    published_at TEXT
);
CREATE INDEX opportunities_by_status ON opportunities (status, valid_until);
CREATE INDEX opportunities_by_organisation ON opportunities (organisation_id, updated_at);

-- The last number handed out per reference prefix (such as SOF-2026).
CREATE TABLE reference_counters (
    prefix TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE interests (
    id INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    message TEXT NOT NULL,
    contribution TEXT NOT NULL,
    status TEXT NOT NULL,
    decline_reason TEXT,
    outcome TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decided_at TEXT
);
CREATE INDEX interests_by_opportunity ON interests (opportunity_id, created_at);
CREATE INDEX interests_by_organisation ON interests (organisation_id, created_at);
-- One open expression per company and opportunity.
CREATE UNIQUE INDEX interests_one_open ON interests (opportunity_id, organisation_id)
    WHERE status IN ('sent', 'accepted');

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    filters TEXT NOT NULL,
    alerts BOOLEAN NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX saved_searches_by_user ON saved_searches (user_id, id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_by_user ON notifications (user_id, id);
