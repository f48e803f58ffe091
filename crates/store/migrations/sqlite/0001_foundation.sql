-- Foundation: cities, organisations, people, partnerships, accounts, audit log, change feed.

CREATE TABLE cities (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_bg TEXT,
    name_de TEXT,
    name_en TEXT,
    country TEXT NOT NULL,
    languages TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    city_id INTEGER NOT NULL REFERENCES cities (id),
    name_bg TEXT,
    name_de TEXT,
    name_en TEXT,
    sort_name TEXT NOT NULL,
    search_text TEXT NOT NULL,
    description TEXT,
    description_lang TEXT,
    website TEXT,
    size_band TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX organisations_by_sort_name ON organisations (sort_name, id);
CREATE INDEX organisations_by_city ON organisations (city_id, sort_name);
CREATE INDEX organisations_by_kind ON organisations (kind, sort_name);
CREATE INDEX organisations_by_created ON organisations (created_at, id);

CREATE TABLE organisation_sectors (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (organisation_id, sector)
);
CREATE INDEX organisation_sectors_by_sector ON organisation_sectors (sector, organisation_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title_bg TEXT,
    title_de TEXT,
    title_en TEXT,
    email TEXT,
    phone TEXT,
    languages TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_by_organisation ON people (organisation_id, name);

CREATE TABLE partnerships (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_bg TEXT,
    name_de TEXT,
    name_en TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE partnership_cities (
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    city_id INTEGER NOT NULL REFERENCES cities (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, city_id)
);

CREATE TABLE partnership_parties (
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    role TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);

CREATE TABLE agreement_events (
    id INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    event_date TEXT NOT NULL,
    term_end TEXT,
    areas TEXT NOT NULL,
    sectors TEXT NOT NULL,
    note_bg TEXT,
    note_de TEXT,
    note_en TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX agreement_events_by_partnership ON agreement_events (partnership_id, event_date, id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    lang TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_user_id INTEGER,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

-- Monotonic sequence of what changed, read in order to keep derived data in sync.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    at TEXT NOT NULL
);
