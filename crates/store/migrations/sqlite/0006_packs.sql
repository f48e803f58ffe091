-- Information packs: articles per host city, topic and language (Markdown), kept by an
-- organisation of the city; and which packs were sent to which case.

CREATE TABLE packs (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    city_id INTEGER NOT NULL REFERENCES cities (id),
    topic TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    owner_id INTEGER NOT NULL REFERENCES organisations (id),
    public BOOLEAN NOT NULL,
    last_reviewed TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (city_id, topic, lang)
);

CREATE TABLE case_packs (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    pack_id INTEGER NOT NULL REFERENCES packs (id),
    sent_at TEXT NOT NULL,
    sent_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The sender's name as it was.
    actor TEXT,
    UNIQUE (case_id, pack_id)
);
