CREATE TABLE users (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    username           VARCHAR(64)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    role               TINYINT      NOT NULL DEFAULT 0,
    display_name       VARCHAR(100) NULL,
    time_zone          VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    language           VARCHAR(16)  NOT NULL DEFAULT 'en',
    settings           JSON         NOT NULL,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    -- utf8mb4_unicode_ci compares case-insensitively, so these keys enforce case-insensitive uniqueness.
    UNIQUE KEY ux_users_email (email),
    UNIQUE KEY ux_users_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE refresh_tokens (
    id         CHAR(36)    NOT NULL PRIMARY KEY,
    user_id    CHAR(36)    NOT NULL,
    family_id  CHAR(36)    NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    revoked_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    UNIQUE KEY ux_refresh_tokens_hash (token_hash),
    KEY ix_refresh_tokens_family (family_id),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
