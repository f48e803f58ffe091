-- Playbooks: a host city's guidance as steps, versioned (each save is a new version), and the
-- checklists made by applying a version to a case (steps copied, so edits never change them).

CREATE TABLE playbooks (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    city_id INTEGER NOT NULL REFERENCES cities (id),
    created_at TEXT NOT NULL
);
CREATE INDEX playbooks_by_city ON playbooks (city_id);

CREATE TABLE playbook_versions (
    id INTEGER PRIMARY KEY,
    playbook_id INTEGER NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    -- The content (JSON: title, summary, last reviewed, steps).
    content TEXT NOT NULL,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The author's name as it was.
    author TEXT,
    saved_at TEXT NOT NULL,
    UNIQUE (playbook_id, version)
);

CREATE TABLE case_steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    playbook_version_id INTEGER NOT NULL REFERENCES playbook_versions (id),
    -- 1-based across all playbooks applied to the case.
    number INTEGER NOT NULL,
    -- The playbook step as it was (JSON).
    step TEXT NOT NULL,
    -- Case step numbers it waits for, comma-separated.
    waits_for TEXT NOT NULL,
    done_at TEXT,
    done_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    done_actor TEXT,
    UNIQUE (case_id, number)
);
