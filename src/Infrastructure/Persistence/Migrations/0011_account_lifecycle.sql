-- Account lifecycle (ADR 0013): verified email, single-use account tokens, the mail outbox and what the device list shows.
ALTER TABLE users
    -- Null until the owner proves the address (a verification link, or a password reset link sent to it).
    ADD COLUMN email_verified_at DATETIME(6) NULL;

-- What a signed-in device showed when it signed in or last refreshed; the device list reads them.
ALTER TABLE refresh_tokens
    ADD COLUMN user_agent VARCHAR(255) NULL,
    ADD COLUMN client     VARCHAR(64)  NULL,
    ADD KEY ix_refresh_tokens_user (user_id, family_id);

-- Links mailed to the owner: a password reset, an email verification or an email change. Only the SHA-256 of the
-- token is stored, so a database reader cannot use one. used_at makes each single-use.
CREATE TABLE account_tokens (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    user_id    CHAR(36)     NOT NULL,
    purpose    VARCHAR(32)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    -- The address the link proves: the account's email for verification, the new one for a change.
    email      VARCHAR(254) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    UNIQUE KEY ux_account_tokens_hash (token_hash),
    KEY ix_account_tokens_user (user_id, purpose, created_at),
    CONSTRAINT fk_account_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail waiting to go out, written in the transaction of the change that causes it; a durable job (kind mail.send,
-- enqueued in the same transaction) delivers each row and stamps sent_at, so a rerun never sends it twice.
-- No foreign key: a notice to an address must survive the erasure of the account it was about.
CREATE TABLE mail_outbox (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    text_body  TEXT         NOT NULL,
    html_body  TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    sent_at    DATETIME(6)  NULL,
    attempts   INT          NOT NULL DEFAULT 0,
    last_error VARCHAR(500) NULL,
    KEY ix_mail_outbox_unsent (sent_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
