-- Told by email when the status changes (docs/STATUS.md, "Told by email"): the applicant's
-- address and language as a JWE to the office key, made in the browser. The server cannot
-- read it; `pforte office status` opens it with the office key and sends the notice. Set and
-- cleared by the applicant with reference and status code; cleared when the case is closed.
ALTER TABLE submissions ADD COLUMN notice_jwe TEXT;

UPDATE meta SET value = '8' WHERE key = 'schema_version';
