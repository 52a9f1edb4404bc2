-- A learner's study goals (issue #16): a scope known by a target date. Plans are computed on demand, never stored.
-- `study_days` is a bit set over DayOfWeek (bit 0 = Sunday … bit 6 = Saturday).
CREATE TABLE study_goals (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    user_id           CHAR(36)     NOT NULL,
    name              VARCHAR(100) NOT NULL,
    scope             JSON         NOT NULL,
    target_date       DATE         NOT NULL,
    desired_retention DOUBLE       NOT NULL,
    study_days        TINYINT UNSIGNED NOT NULL,
    minutes_per_day   SMALLINT     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    KEY ix_study_goals_user (user_id, target_date),
    CONSTRAINT fk_study_goals_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
