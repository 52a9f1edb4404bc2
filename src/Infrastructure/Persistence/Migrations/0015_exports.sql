-- Import jobs are listed newest first with keyset paging (GET /imports): their ids are random UUIDs, so a sequence
-- gives the list a stable order and the cursor an integer key. Exports need no table: they are rows of `jobs`.
ALTER TABLE import_jobs
    ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY ux_import_jobs_seq (seq),
    ADD KEY ix_import_jobs_author_seq (created_by, seq);
