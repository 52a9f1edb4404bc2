-- Question versions (ADR 0018): the status each version was written with, and which version a restore copied.
-- Both NULL for versions written before this migration (and status for versions written by the importer): reads fall
-- back on the status trail of question_status_changes.
ALTER TABLE question_versions
    ADD COLUMN status        VARCHAR(16) NULL,
    ADD COLUMN restored_from INT         NULL;
