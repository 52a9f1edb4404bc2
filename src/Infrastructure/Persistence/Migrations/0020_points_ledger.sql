-- The points ledger (ADR 0022): append-only, one row per recorded answer (zero points when the rules give none, so the
-- ledger doubles as the learner's dated activity log), bonus rows, and reversing rows written by undo.
-- `local_day` is the learner's day (time zone and day start in force when the row was earned): streaks read it, so a
-- later time-zone change never rewrites a day already lived. `source_key` makes every award idempotent: a replayed
-- answer, a second "first answer of the day" or a second session bonus meets the unique key and adds nothing.
CREATE TABLE points_ledger (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id           CHAR(36)    NOT NULL,
    source            VARCHAR(32) NOT NULL,
    source_key        VARCHAR(96) NOT NULL,
    attempt_client_id VARCHAR(64) NULL,
    session_id        CHAR(36)    NULL,
    points            INT         NOT NULL,
    answers           INT         NOT NULL,
    local_day         DATE        NOT NULL,
    occurred_at       DATETIME(6) NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    UNIQUE KEY ux_points_ledger_source (user_id, source_key),
    KEY ix_points_ledger_user_id (user_id, id),
    KEY ix_points_ledger_user_day (user_id, local_day, answers, points),
    KEY ix_points_ledger_user_occurred (user_id, occurred_at, points),
    KEY ix_points_ledger_attempt (user_id, attempt_client_id),
    KEY ix_points_ledger_session (session_id),
    CONSTRAINT fk_points_ledger_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
