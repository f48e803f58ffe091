-- Information packs: articles per host city, topic and language (Markdown), kept by an
-- organisation of the city; and which packs were sent to which case.

CREATE TABLE packs (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    topic TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES organisations (id),
    public BOOLEAN NOT NULL,
    last_reviewed DATE NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (city_id, topic, lang)
);

CREATE TABLE case_packs (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    pack_id BIGINT NOT NULL REFERENCES packs (id),
    sent_at TIMESTAMPTZ NOT NULL,
    sent_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The sender's name as it was.
    actor TEXT,
    UNIQUE (case_id, pack_id)
);
