-- Durable background jobs shared by every API instance. A worker claims a due row with
-- SELECT ... FOR UPDATE SKIP LOCKED and sets a lease it extends while running; a row still 'running'
-- after its lease expired belonged to an instance that died and is claimed again.
CREATE TABLE jobs (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    kind             VARCHAR(64)  NOT NULL,
    payload          JSON         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    max_attempts     INT          NOT NULL,
    run_after        DATETIME(6)  NOT NULL,
    cancel_requested TINYINT(1)   NOT NULL DEFAULT 0,
    lease_owner      VARCHAR(100) NULL,
    lease_expires_at DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    started_at       DATETIME(6)  NULL,
    finished_at      DATETIME(6)  NULL,
    error_code       VARCHAR(64)  NULL,
    error_message    TEXT         NULL,
    result           JSON         NULL,
    KEY ix_jobs_claim (status, run_after),
    KEY ix_jobs_lease (status, lease_expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
