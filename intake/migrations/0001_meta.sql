-- Facts about the database itself, as key/value pairs. `schema_version` is the number of the
-- last migration that ran; migrations that follow update it.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

INSERT INTO meta (key, value) VALUES ('schema_version', '1');
