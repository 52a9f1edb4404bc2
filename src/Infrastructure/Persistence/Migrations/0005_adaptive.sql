-- BKT parameters per facet (the skill), fitted by EM from the attempt log. Facets without a row,
-- or with too few responses to fit, use BktParameters.Default.
CREATE TABLE bkt_parameters (
    facet_id   BIGINT      NOT NULL PRIMARY KEY,
    prior      DOUBLE      NOT NULL,
    learn      DOUBLE      NOT NULL,
    guess      DOUBLE      NOT NULL,
    slip       DOUBLE      NOT NULL,
    forget     DOUBLE      NOT NULL,
    responses  INT         NOT NULL,
    fitted_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_bkt_parameters_facet FOREIGN KEY (facet_id) REFERENCES hierarchy_nodes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's own starting P(known) of a facet, set by a placement test; replaces the facet's fitted prior.
CREATE TABLE learner_facet_priors (
    user_id  CHAR(36)    NOT NULL,
    facet_id BIGINT      NOT NULL,
    p_known  DOUBLE      NOT NULL,
    set_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, facet_id),
    CONSTRAINT fk_learner_facet_priors_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_learner_facet_priors_facet FOREIGN KEY (facet_id) REFERENCES hierarchy_nodes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per completed placement test: its final ability estimate. The primary key makes
-- completing a placement (priors, known cards) happen once, however many requests race to it.
CREATE TABLE placement_results (
    session_id     CHAR(36)    NOT NULL PRIMARY KEY,
    user_id        CHAR(36)    NOT NULL,
    theta          DOUBLE      NOT NULL,
    standard_error DOUBLE      NOT NULL,
    items          INT         NOT NULL,
    known_cards    INT         NOT NULL,
    completed_at   DATETIME(6) NOT NULL,
    KEY ix_placement_results_user (user_id, completed_at),
    CONSTRAINT fk_placement_results_session FOREIGN KEY (session_id) REFERENCES learning_sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_placement_results_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's FSRS-6 weights fitted on their own review log (JSON array of 21 numbers).
CREATE TABLE user_fsrs_parameters (
    user_id          CHAR(36)    NOT NULL PRIMARY KEY,
    parameters       JSON        NOT NULL,
    fit_scope        VARCHAR(32) NOT NULL,
    scored_reviews   INT         NOT NULL,
    log_loss         DOUBLE      NULL,
    default_log_loss DOUBLE      NULL,
    fitted_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_user_fsrs_parameters_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
