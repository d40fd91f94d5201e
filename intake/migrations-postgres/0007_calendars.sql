-- The appointment calendar in force and every one before it (docs/APPOINTMENTS.md,
-- "Changing the calendar"). The newest version is the one in force; every intake process
-- reads it from here, so a change published by the office reaches all of them at once.
-- Nothing in a calendar is personal; the history is append-only.
CREATE TABLE calendars (
    version       BIGINT PRIMARY KEY NOT NULL,   -- 1, 2, …
    text          TEXT NOT NULL,                 -- the JSON as published
    published_at  BIGINT NOT NULL,
    published_by  TEXT NOT NULL                  -- an office token's name, or "--calendar FILE"
);

CREATE FUNCTION calendars_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'published calendars are kept as they were'; END $$;
CREATE TRIGGER calendars_no_update BEFORE UPDATE ON calendars
FOR EACH ROW EXECUTE FUNCTION calendars_unchanged();
CREATE TRIGGER calendars_no_delete BEFORE DELETE ON calendars
FOR EACH ROW EXECUTE FUNCTION calendars_unchanged();

UPDATE meta SET value = '7' WHERE key = 'schema_version';
