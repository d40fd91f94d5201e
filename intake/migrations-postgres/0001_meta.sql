-- PostgreSQL twin of intake/migrations/ (same versions, same schema): BIGINT for
-- INTEGER (the server reads i64), BYTEA for BLOB, PL/pgSQL for the refusing triggers.
-- A change to one folder needs the same change in the other (intake/tests/server.rs checks
-- that both have the same files).
-- Facts about the database itself, as key/value pairs. `schema_version` is the number of the
-- last migration that ran; migrations that follow update it.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

INSERT INTO meta (key, value) VALUES ('schema_version', '1');
