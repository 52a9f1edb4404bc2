-- Hierarchy: topic (level 1) > subtopic (2) > leaf (3) > facet (4). `path` joins the codes with "__".
CREATE TABLE hierarchy_nodes (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT       NULL,
    level       TINYINT      NOT NULL,
    code        VARCHAR(64)  NOT NULL,
    path        VARCHAR(300) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    is_active   TINYINT(1)   NOT NULL DEFAULT 1,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY ux_hierarchy_nodes_path (path),
    KEY ix_hierarchy_nodes_parent (parent_id, sort_order),
    CONSTRAINT fk_hierarchy_nodes_parent FOREIGN KEY (parent_id) REFERENCES hierarchy_nodes (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The current version of each question, denormalised for reads and search; every version's
-- full content stays in question_versions so attempts can point at what the learner saw.
CREATE TABLE questions (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_id            VARCHAR(128) NOT NULL,
    facet_id               BIGINT       NOT NULL,
    type                   VARCHAR(16)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    version                INT          NOT NULL,
    content                JSON         NOT NULL,
    content_hash           CHAR(64)     NOT NULL,
    search_text            MEDIUMTEXT   NOT NULL,
    difficulty             TINYINT      NOT NULL,
    irt_a                  DOUBLE       NOT NULL,
    irt_b                  DOUBLE       NOT NULL,
    irt_c                  DOUBLE       NOT NULL,
    irt_calibrated         TINYINT(1)   NOT NULL DEFAULT 0,
    created_by             CHAR(36)     NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    UNIQUE KEY ux_questions_external_id (external_id),
    KEY ix_questions_facet_status (facet_id, status, id),
    KEY ix_questions_status (status, id),
    FULLTEXT KEY ft_questions_search (search_text),
    CONSTRAINT fk_questions_facet FOREIGN KEY (facet_id) REFERENCES hierarchy_nodes (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_versions (
    question_id  BIGINT      NOT NULL,
    version      INT         NOT NULL,
    facet_id     BIGINT      NOT NULL,
    content      JSON        NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    created_by   CHAR(36)    NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, version),
    CONSTRAINT fk_question_versions_question FOREIGN KEY (question_id) REFERENCES questions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_tags (
    question_id BIGINT      NOT NULL,
    tag         VARCHAR(64) NOT NULL,
    PRIMARY KEY (question_id, tag),
    KEY ix_question_tags_tag (tag, question_id),
    CONSTRAINT fk_question_tags_question FOREIGN KEY (question_id) REFERENCES questions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
