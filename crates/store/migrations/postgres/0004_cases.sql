-- Soft-landing cases: one case per company landing in a host city, shared by the home city's
-- agency (which qualifies and refers it) and the host city's agency (which runs it).

-- Per agency: its first-response target in working days (the default applies without a row).
CREATE TABLE agency_settings (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    first_response_days BIGINT NOT NULL
);

CREATE TABLE cases (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    host_city_id BIGINT NOT NULL REFERENCES cities (id),
    home_agency_id BIGINT NOT NULL REFERENCES organisations (id),
    -- Set when the home agency refers the case.
    host_agency_id BIGINT REFERENCES organisations (id),
    home_manager_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    host_manager_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    plan TEXT NOT NULL,
    timeline TEXT,
    team_size BIGINT,
    -- Need codes, comma-separated, in the vocabulary's order.
    needs TEXT NOT NULL,
    message TEXT NOT NULL,
    lang TEXT NOT NULL,
    stage TEXT NOT NULL,
    drop_reason TEXT,
    drop_note TEXT,
    -- The office once established (JSON: date, address, legal form, jobs, investment).
    establishment TEXT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    opened_at TIMESTAMPTZ NOT NULL,
    referred_at TIMESTAMPTZ,
    first_response_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX cases_by_company ON cases (organisation_id, opened_at);
CREATE INDEX cases_by_home_agency ON cases (home_agency_id, stage);
CREATE INDEX cases_by_host_agency ON cases (host_agency_id, stage);

-- The one history of a case: moves, referral, managers, notes, calls, meetings, e-mails.
CREATE TABLE case_events (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at TIMESTAMPTZ NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The actor's name as it was (users may be renamed or removed).
    actor TEXT,
    side TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT
);
CREATE INDEX case_events_by_case ON case_events (case_id, at, id);
