-- Study groups, their members and challenges (ADR 0026). Leaderboards themselves live in Redis and are rebuilt from
-- points_ledger, so they need no table. A group is deleted with its owner (and takes its challenges with it); a
-- member's rows go with their account. `shares_progress` is the member's own choice (default off): only then may an
-- educating owner see their progress.
CREATE TABLE study_groups (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    owner_id    CHAR(36)     NOT NULL,
    invite_code VARCHAR(32)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY ux_study_groups_invite (invite_code),
    KEY ix_study_groups_owner (owner_id),
    CONSTRAINT fk_study_groups_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE group_members (
    group_id        CHAR(36)    NOT NULL,
    user_id         CHAR(36)    NOT NULL,
    role            VARCHAR(16) NOT NULL,
    shares_progress TINYINT(1)  NOT NULL DEFAULT 0,
    joined_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (group_id, user_id),
    KEY ix_group_members_user (user_id),
    CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES study_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- `result` is written once, by the first read after `ends_at` (ADR 0026): the standings frozen at that moment.
CREATE TABLE group_challenges (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    group_id    CHAR(36)     NOT NULL,
    name        VARCHAR(100) NOT NULL,
    metric      VARCHAR(24)  NOT NULL,
    scope       JSON         NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    created_by  CHAR(36)     NULL,
    created_at  DATETIME(6)  NOT NULL,
    result      JSON         NULL,
    ended_at    DATETIME(6)  NULL,
    KEY ix_group_challenges_group (group_id, starts_at),
    CONSTRAINT fk_group_challenges_group FOREIGN KEY (group_id) REFERENCES study_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_challenges_creator FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
