-- Playbooks: a host city's guidance as steps, versioned (each save is a new version), and the
-- checklists made by applying a version to a case (steps copied, so edits never change them).

CREATE TABLE playbooks (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    city_id BIGINT NOT NULL REFERENCES cities (id),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX playbooks_by_city ON playbooks (city_id);

CREATE TABLE playbook_versions (
    id BIGSERIAL PRIMARY KEY,
    playbook_id BIGINT NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    -- The content (JSON: title, summary, last reviewed, steps).
    content TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- The author's name as it was.
    author TEXT,
    saved_at TIMESTAMPTZ NOT NULL,
    UNIQUE (playbook_id, version)
);

CREATE TABLE case_steps (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    playbook_version_id BIGINT NOT NULL REFERENCES playbook_versions (id),
    -- 1-based across all playbooks applied to the case.
    number BIGINT NOT NULL,
    -- The playbook step as it was (JSON).
    step TEXT NOT NULL,
    -- Case step numbers it waits for, comma-separated.
    waits_for TEXT NOT NULL,
    done_at TIMESTAMPTZ,
    done_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    done_actor TEXT,
    UNIQUE (case_id, number)
);
