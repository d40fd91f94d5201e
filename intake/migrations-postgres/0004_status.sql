-- Case status (docs/STATUS.md): the applicant's status secret as a digest, and the signed,
-- append-only event log of every submitted case. Statuses are codes; nothing personal.

-- SHA-256 (hex) of the applicant's status secret (engine::submission::status_secret);
-- NULL for submissions from clients that sent none: their status cannot be looked up.
ALTER TABLE submissions ADD COLUMN status_secret_sha256 TEXT;
-- The end of the latest certificate of fictitious continuation (YYYY-MM-DD), for reminders.
ALTER TABLE submissions ADD COLUMN fiction_valid_until TEXT;

CREATE TABLE case_events (
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    seq           BIGINT NOT NULL,           -- from 1, no gaps
    jws           TEXT NOT NULL,              -- the signed event (SET, engine::status)
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (submission_id, seq)
);

-- Append-only: the database itself refuses to change or drop an event.
CREATE FUNCTION case_events_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'case events are append-only'; END $$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
FOR EACH ROW EXECUTE FUNCTION case_events_no_update();
CREATE FUNCTION case_events_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'case events are append-only'; END $$;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION case_events_no_delete();

CREATE INDEX submissions_fiction ON submissions (fiction_valid_until)
    WHERE fiction_valid_until IS NOT NULL;

UPDATE meta SET value = '4' WHERE key = 'schema_version';
