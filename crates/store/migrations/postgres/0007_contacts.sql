-- The contact directory (service providers and experts, with their consent to be introduced)
-- and introductions of a case's company to a contact.

CREATE TABLE contacts (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    organisation TEXT,
    kind TEXT NOT NULL,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    expertise TEXT NOT NULL,
    -- Language codes and sector slugs, comma-separated.
    languages TEXT NOT NULL,
    sectors TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    website TEXT,
    consent BOOLEAN NOT NULL,
    consent_date DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX contacts_by_city ON contacts (city_id, kind);

CREATE TABLE introductions (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL REFERENCES contacts (id),
    status TEXT NOT NULL,
    outcome TEXT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The requester's name as it was.
    actor TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, contact_id)
);
