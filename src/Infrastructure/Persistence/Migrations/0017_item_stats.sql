-- Item statistics (ADR 0019): sums a durable job adds to from a watermark on attempts.id and subtracts from when an
-- answer is undone, so reads never scan the attempt log. Every row belongs to one question version.
CREATE TABLE item_stats_versions (
    question_id         BIGINT NOT NULL,
    version             INT    NOT NULL,
    attempts            BIGINT NOT NULL,
    correct             BIGINT NOT NULL,
    ability_attempts    BIGINT NOT NULL,
    ability_correct     BIGINT NOT NULL,
    ability_sum         DOUBLE NOT NULL,
    ability_sum_sq      DOUBLE NOT NULL,
    ability_correct_sum DOUBLE NOT NULL,
    PRIMARY KEY (question_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Response times in logarithmic buckets (ResponseTimes): a median that can be added to and subtracted from.
CREATE TABLE item_stats_times (
    question_id BIGINT   NOT NULL,
    version     INT      NOT NULL,
    bucket      SMALLINT NOT NULL,
    answers     BIGINT   NOT NULL,
    PRIMARY KEY (question_id, version, bucket)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers per ability band (-1: the learner had no ability yet; 0..4: rest-score quintiles).
CREATE TABLE item_stats_bands (
    question_id BIGINT  NOT NULL,
    version     INT     NOT NULL,
    band        TINYINT NOT NULL,
    answers     BIGINT  NOT NULL,
    correct     BIGINT  NOT NULL,
    PRIMARY KEY (question_id, version, band)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Option picks per ability band: distractor analysis, overall and in the top group.
CREATE TABLE item_stats_options (
    question_id BIGINT      NOT NULL,
    version     INT         NOT NULL,
    option_key  VARCHAR(64) NOT NULL COLLATE utf8mb4_bin,
    band        TINYINT     NOT NULL,
    picks       BIGINT      NOT NULL,
    PRIMARY KEY (question_id, version, option_key, band)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each learner's counted answers so far: their rest-score when their next answer is counted.
CREATE TABLE item_stats_learners (
    user_id  CHAR(36) NOT NULL PRIMARY KEY,
    attempts BIGINT   NOT NULL,
    correct  BIGINT   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The attempts counted, with the ability they were counted with: an undo subtracts exactly that, once (the row goes).
CREATE TABLE item_stats_counted (
    attempt_id BIGINT NOT NULL PRIMARY KEY,
    ability    DOUBLE NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per question: its current version's numbers and flags, for GET /analytics/items. `dirty` marks rows whose
-- sums changed since they were summarised (set in the same transaction as the sums, so a crash loses nothing).
CREATE TABLE item_stats_questions (
    question_id        BIGINT      NOT NULL PRIMARY KEY,
    dirty              TINYINT(1)  NOT NULL DEFAULT 1,
    version            INT         NOT NULL DEFAULT 0,
    attempts           BIGINT      NOT NULL DEFAULT 0,
    proportion_correct DOUBLE      NULL,
    discrimination     DOUBLE      NULL,
    studied_cards      BIGINT      NOT NULL DEFAULT 0,
    reviews            BIGINT      NOT NULL DEFAULT 0,
    lapses             BIGINT      NOT NULL DEFAULT 0,
    leeches            BIGINT      NOT NULL DEFAULT 0,
    lapse_rate         DOUBLE      NULL,
    leech_rate         DOUBLE      NULL,
    flag_count         INT         NOT NULL DEFAULT 0,
    flags              JSON        NOT NULL DEFAULT '[]',
    computed_at        DATETIME(6) NULL,
    KEY ix_item_stats_questions_dirty (dirty),
    KEY ix_item_stats_questions_flags (flag_count, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The job's progress: attempts up to the watermark are counted; computed_at is when the last run finished.
CREATE TABLE item_stats_state (
    id                TINYINT     NOT NULL PRIMARY KEY,
    attempt_watermark BIGINT      NOT NULL,
    computed_at       DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
