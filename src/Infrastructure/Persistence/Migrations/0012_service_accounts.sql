-- Service accounts and their API keys (ADR 0014). A key is looked up by its id (in the key's text) and checked against
-- the SHA-256 of its secret; the secret itself is never stored.
CREATE TABLE service_accounts (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    -- Wire names separated by spaces (content_read content_write imports): the most any of its keys may do.
    scopes      VARCHAR(200) NOT NULL,
    is_active   TINYINT(1)   NOT NULL DEFAULT 1,
    created_at  DATETIME(6)  NOT NULL,
    created_by  CHAR(36)     NULL,
    KEY ix_service_accounts_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_keys (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    service_account_id CHAR(36)     NOT NULL,
    name               VARCHAR(100) NOT NULL,
    secret_hash        BINARY(32)   NOT NULL,
    scopes             VARCHAR(200) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    -- Always set: every key expires. A rotation moves it forward to the end of the grace period.
    expires_at         DATETIME(6)  NOT NULL,
    revoked_at         DATETIME(6)  NULL,
    -- Written at most once a minute per key, so a busy key costs no write per call.
    last_used_at       DATETIME(6)  NULL,
    replaced_by        CHAR(36)     NULL,
    KEY ix_api_keys_account (service_account_id, created_at),
    CONSTRAINT fk_api_keys_service_account FOREIGN KEY (service_account_id) REFERENCES service_accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
