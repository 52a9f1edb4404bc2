-- Upload imports run as background jobs; their status and final report are kept here for polling.
CREATE TABLE import_jobs (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    status      VARCHAR(32) NOT NULL,
    created_by  CHAR(36)    NULL,
    file_count  INT         NOT NULL,
    dry_run     TINYINT(1)  NOT NULL,
    publish     TINYINT(1)  NOT NULL,
    report      JSON        NULL,
    error       TEXT        NULL,
    created_at  DATETIME(6) NOT NULL,
    started_at  DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    KEY ix_import_jobs_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
