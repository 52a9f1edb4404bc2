-- A learner's study sessions. `scope` holds hierarchy paths; `question_ids` is the fixed set of a mock test.
CREATE TABLE learning_sessions (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    user_id      CHAR(36)    NOT NULL,
    mode         VARCHAR(16) NOT NULL,
    scope        JSON        NOT NULL,
    limits       JSON        NOT NULL,
    question_ids JSON        NULL,
    started_at   DATETIME(6) NOT NULL,
    ended_at     DATETIME(6) NULL,
    KEY ix_learning_sessions_user (user_id, started_at),
    CONSTRAINT fk_learning_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One spaced-repetition card per learner per question: the scheduler's MemoryState plus the learner's flags.
-- A new version of a question keeps its card.
CREATE TABLE cards (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       CHAR(36)    NOT NULL,
    question_id   BIGINT      NOT NULL,
    state         TINYINT     NOT NULL,
    step          INT         NULL,
    stability     DOUBLE      NULL,
    difficulty    DOUBLE      NULL,
    ease_factor   DOUBLE      NOT NULL,
    interval_days DOUBLE      NOT NULL,
    reps          INT         NOT NULL,
    lapses        INT         NOT NULL,
    due           DATETIME(6) NULL,
    last_review   DATETIME(6) NULL,
    suspended     TINYINT(1)  NOT NULL DEFAULT 0,
    buried_until  DATETIME(6) NULL,
    leech         TINYINT(1)  NOT NULL DEFAULT 0,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    UNIQUE KEY ux_cards_user_question (user_id, question_id),
    KEY ix_cards_user_due (user_id, due),
    CONSTRAINT fk_cards_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_cards_question FOREIGN KEY (question_id) REFERENCES questions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every answer, never updated: what was answered against which question version, and the card
-- before and after (JSON snapshots), so undo and audits replay from here.
CREATE TABLE attempts (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id           CHAR(36)    NOT NULL,
    client_attempt_id VARCHAR(64) NOT NULL,
    session_id        CHAR(36)    NULL,
    card_id           BIGINT      NOT NULL,
    question_id       BIGINT      NOT NULL,
    question_version  INT         NOT NULL,
    mode              VARCHAR(16) NOT NULL,
    selected          JSON        NULL,
    answer_text       TEXT        NULL,
    correct           TINYINT(1)  NULL,
    grading           VARCHAR(16) NOT NULL,
    rating            TINYINT     NOT NULL,
    rating_derived    TINYINT(1)  NOT NULL,
    time_spent_ms     INT         NOT NULL,
    answered_at       DATETIME(6) NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    affects_schedule  TINYINT(1)  NOT NULL,
    state_before      TINYINT     NOT NULL,
    card_before       JSON        NOT NULL,
    card_after        JSON        NOT NULL,
    UNIQUE KEY ux_attempts_client (user_id, client_attempt_id),
    KEY ix_attempts_user_answered (user_id, answered_at),
    KEY ix_attempts_card (card_id, id),
    KEY ix_attempts_session (session_id, id),
    CONSTRAINT fk_attempts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempts_session FOREIGN KEY (session_id) REFERENCES learning_sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempts_card FOREIGN KEY (card_id) REFERENCES cards (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Undo marks an attempt as taken back instead of editing it, so attempts stay append-only.
CREATE TABLE attempt_undos (
    attempt_id BIGINT      NOT NULL PRIMARY KEY,
    user_id    CHAR(36)    NOT NULL,
    undone_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_attempt_undos_attempt FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempt_undos_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
