-- Soft-landing cases: one case per company landing in a host city, shared by the home city's
-- agency (which qualifies and refers it) and the host city's agency (which runs it).

-- Per agency: its first-response target in working days (the default applies without a row).
CREATE TABLE agency_settings (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    first_response_days INTEGER NOT NULL
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    host_city_id INTEGER NOT NULL REFERENCES cities (id),
    home_agency_id INTEGER NOT NULL REFERENCES organisations (id),
    -- Set when the home agency refers the case.
    host_agency_id INTEGER REFERENCES organisations (id),
    home_manager_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    host_manager_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    plan TEXT NOT NULL,
    timeline TEXT,
    team_size INTEGER,
    -- Need codes, comma-separated, in the vocabulary's order.
    needs TEXT NOT NULL,
    message TEXT NOT NULL,
    lang TEXT NOT NULL,
    stage TEXT NOT NULL,
    drop_reason TEXT,
    drop_note TEXT,
    -- The office once established (JSON: date, address, legal form, jobs, investment).
    establishment TEXT,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    opened_at TEXT NOT NULL,
    referred_at TEXT,
    first_response_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_by_company ON cases (organisation_id, opened_at);
CREATE INDEX cases_by_home_agency ON cases (home_agency_id, stage);
CREATE INDEX cases_by_host_agency ON cases (host_agency_id, stage);

-- The one history of a case: moves, referral, managers, notes, calls, meetings, e-mails.
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The actor's name as it was (users may be renamed or removed).
    actor TEXT,
    side TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT
);
CREATE INDEX case_events_by_case ON case_events (case_id, at, id);
