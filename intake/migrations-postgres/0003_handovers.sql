-- Drafts handed from a counsellor to a client (and back) with a resume code. The draft is
-- encrypted in the browser with a key derived from the code's secret part, which never
-- reaches the server; the server knows the code's id part and the SHA-256 of a token derived
-- from the same secret (so only the holder of the code can fetch or delete the draft).
CREATE TABLE handovers (
    id            TEXT PRIMARY KEY NOT NULL,  -- the code's id part, canonical form
    token_sha256  TEXT NOT NULL,
    ciphertext    BYTEA NOT NULL,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);

CREATE INDEX handovers_expiry ON handovers (expires_at);

UPDATE meta SET value = '3' WHERE key = 'schema_version';
