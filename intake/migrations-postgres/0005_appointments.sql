-- Appointments (docs/APPOINTMENTS.md, "Booking"): bookings against the calendar, and the
-- audit of every booking action per person. Who booked is stored as a digest only.

CREATE TABLE bookings (
    id             TEXT PRIMARY KEY NOT NULL,  -- UUID v4
    service        TEXT NOT NULL,
    counter        TEXT NOT NULL,
    date           TEXT NOT NULL,              -- YYYY-MM-DD, office time
    start          BIGINT NOT NULL,           -- minutes after midnight, office time
    minutes        BIGINT NOT NULL,
    -- Who: SHA-256 of the verified identity (today: "reference:<reference>").
    person_sha256  TEXT NOT NULL,
    -- The application it belongs to, if any (reference numbers are not personal data).
    reference      TEXT,
    cancel_sha256  TEXT NOT NULL,              -- SHA-256 of the cancel token
    state          TEXT NOT NULL CHECK (state IN ('booked', 'cancelled')),
    created_at     BIGINT NOT NULL,
    cancelled_at   BIGINT
);

-- No slot twice, whatever the server's code does: one open booking per counter and start.
CREATE UNIQUE INDEX bookings_slot ON bookings (counter, date, start) WHERE state = 'booked';
-- One open booking per person and service.
CREATE UNIQUE INDEX bookings_person ON bookings (person_sha256, service) WHERE state = 'booked';
CREATE INDEX bookings_day ON bookings (date) WHERE state = 'booked';

-- Every booking action, per person: booked, cancelled, refused (taken, limit, one-open).
CREATE TABLE booking_audit (
    rowid          BIGSERIAL,                  -- SQLite's implicit rowid: insertion order
    person_sha256  TEXT NOT NULL,
    at             BIGINT NOT NULL,
    action         TEXT NOT NULL,
    booking_id     TEXT,
    service        TEXT NOT NULL
);
CREATE INDEX booking_audit_person ON booking_audit (person_sha256, at);

CREATE FUNCTION booking_audit_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the booking audit is append-only'; END $$;
CREATE TRIGGER booking_audit_no_update BEFORE UPDATE ON booking_audit
FOR EACH ROW EXECUTE FUNCTION booking_audit_no_update();
CREATE FUNCTION booking_audit_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the booking audit is append-only'; END $$;
CREATE TRIGGER booking_audit_no_delete BEFORE DELETE ON booking_audit
FOR EACH ROW EXECUTE FUNCTION booking_audit_no_delete();

UPDATE meta SET value = '5' WHERE key = 'schema_version';
