-- Sentence-embedding vectors of opportunities, for semantic matching. Derived data: they are
-- recomputed from the opportunities, so they are neither exported nor audited nor fed as changes.

-- One vector per opportunity: the model that made it, and the opportunity's updated_at when it
-- was made. A vector is current while that equals the opportunity's updated_at.
CREATE TABLE opportunity_vectors (
    opportunity_id INTEGER PRIMARY KEY REFERENCES opportunities (id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    dims INTEGER NOT NULL,
    -- dims little-endian IEEE 754 single-precision floats.
    vector BLOB NOT NULL,
    source_updated_at TEXT NOT NULL,
    embedded_at TEXT NOT NULL
);
CREATE INDEX opportunity_vectors_by_model ON opportunity_vectors (model, opportunity_id);

-- Failed embeddings: how often, the last error, and when to try again.
CREATE TABLE opportunity_vector_attempts (
    opportunity_id INTEGER PRIMARY KEY REFERENCES opportunities (id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL,
    last_error TEXT NOT NULL,
    failed_at TEXT NOT NULL,
    retry_after TEXT NOT NULL
);
