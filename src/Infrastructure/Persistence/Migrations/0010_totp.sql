-- Second factor (issue #14, ADR 0012). The TOTP secret is kept encrypted (AES-GCM, key from configuration), so a
-- copy of the database alone cannot mint codes. A row without confirmed_at is an enrolment not yet proven with a
-- code; it changes nothing about login. last_used_step is the newest accepted time step: a code is accepted only
-- for a later step, so an observed code cannot be replayed.
CREATE TABLE user_totp (
    user_id          CHAR(36)     NOT NULL PRIMARY KEY,
    secret_protected VARCHAR(255) NOT NULL,
    confirmed_at     DATETIME(6)  NULL,
    last_used_step   BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_user_totp_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use recovery codes, stored as SHA-256 of 80 random bits (too many to search offline).
CREATE TABLE mfa_recovery_codes (
    user_id   CHAR(36)    NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_mfa_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The short-lived, single-use challenge a correct password earns when the account has a second factor.
CREATE TABLE mfa_challenges (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    user_id    CHAR(36)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    -- wrong codes given for this challenge; the last one allowed spends it (Auth:Mfa:CodeAttemptsPerChallenge)
    failed_attempts INT    NOT NULL DEFAULT 0,
    KEY ix_mfa_challenges_expiry (expires_at),
    CONSTRAINT fk_mfa_challenges_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
