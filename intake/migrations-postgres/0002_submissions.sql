-- Submissions: everything here is routing data or ciphertext bookkeeping. The ciphertexts
-- themselves are in the blob store (see intake/src/blobs.rs); nothing in this file is
-- personal data in the clear. Times are Unix seconds (UTC).

CREATE TABLE submissions (
    id            TEXT PRIMARY KEY NOT NULL,  -- UUID v4 chosen by the client
    form_id       TEXT NOT NULL,
    form_version  TEXT NOT NULL,
    -- The announcement as received (canonical JSON), so a repeated one is recognised.
    announce      TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    -- Incomplete submissions are deleted after this; cleared on submit.
    expires_at    BIGINT,
    state         TEXT NOT NULL CHECK (state IN ('announced', 'submitted', 'fetched')),
    reference     TEXT UNIQUE,                -- set on submit (engine::submission::reference)
    submitted_at  BIGINT,
    -- SHA-256 of the submit request body, so a retried submit gets the same receipt.
    submit_sha256 TEXT,
    receipt       TEXT,                       -- JSON of engine::submission::Receipt
    fetched_at    BIGINT
);

CREATE INDEX submissions_state ON submissions (state, submitted_at);
CREATE INDEX submissions_expiry ON submissions (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE attachments (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,              -- UUID v4 chosen by the client
    position      BIGINT NOT NULL,           -- order in the announcement
    length        BIGINT NOT NULL,           -- announced ciphertext bytes
    sha256        TEXT,                       -- of the ciphertext, set when complete
    PRIMARY KEY (submission_id, id)
);

-- Office API tokens: only the SHA-256 of each token is stored.
CREATE TABLE office_tokens (
    token_sha256  TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL
);

UPDATE meta SET value = '2' WHERE key = 'schema_version';
