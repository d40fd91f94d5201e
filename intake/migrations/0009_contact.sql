-- Booking without an application (docs/APPOINTMENTS.md, "Booking without an application"):
-- an email address proven by a one-time code. Kept of the address: a keyed digest of its one
-- spelling (the person, as in bookings.person_sha256) and a JWE to the office key. The code
-- only as a keyed digest; a check dies after 5 wrong tries or 30 minutes.
CREATE TABLE contact_checks (
    id             TEXT PRIMARY KEY NOT NULL,  -- UUID v4
    person_sha256  TEXT NOT NULL,
    contact_jwe    TEXT NOT NULL,
    code_mac       TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL
);
CREATE INDEX contact_checks_person ON contact_checks (person_sha256, created_at);
CREATE INDEX contact_checks_expiry ON contact_checks (expires_at);

-- How the office reaches a person who booked with an email address (a JWE to its key).
ALTER TABLE bookings ADD COLUMN contact_jwe TEXT;

UPDATE meta SET value = '9' WHERE key = 'schema_version';
