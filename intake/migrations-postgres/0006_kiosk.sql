-- The entrance kiosk's concerns and the staff who answer them (docs/KIOSK.md). A concern's
-- words are a JWE to its team's key; the server keeps in clear only the team, the concern
-- type, the ticket number and the state. The note to the visitor is a JWE under a key derived
-- from the visitor's ticket code, of which the server keeps only a digest.
CREATE TABLE concerns (
    id             TEXT PRIMARY KEY NOT NULL,
    day            TEXT NOT NULL,              -- YYYY-MM-DD, the office's date
    seq            BIGINT NOT NULL,           -- the day's running number: the ticket
    team           TEXT NOT NULL,
    concern        TEXT NOT NULL,
    encrypted      TEXT NOT NULL,
    ticket_digest  TEXT NOT NULL UNIQUE,
    state          TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'in-progress', 'done')),
    note           TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    updated_by     TEXT,
    UNIQUE (day, seq)
);

CREATE INDEX concerns_team ON concerns (team, state, created_at);
CREATE INDEX concerns_age ON concerns (updated_at);

-- One row per person. The password is an argon2id PHC string; the teams are those whose
-- queues the person sees.
CREATE TABLE staff (
    name           TEXT PRIMARY KEY NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

CREATE TABLE staff_teams (
    name  TEXT NOT NULL REFERENCES staff (name) ON DELETE CASCADE,
    team  TEXT NOT NULL,
    PRIMARY KEY (name, team)
);

-- Sessions by the SHA-256 of their bearer token; they end at expires_at, at sign-out, or
-- when the person is removed.
CREATE TABLE staff_sessions (
    token_sha256  TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL REFERENCES staff (name) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);

CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

UPDATE meta SET value = '6' WHERE key = 'schema_version';
