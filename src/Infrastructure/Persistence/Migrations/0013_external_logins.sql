-- Sign-in with external OpenID Connect providers (ADR 0015). An identity is (issuer, subject): the provider
-- promises the subject never changes or moves to another person, unlike an email. Binary collation because
-- subjects are case-sensitive. Erasing the account erases its links.
CREATE TABLE external_logins (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    user_id      CHAR(36)     NOT NULL,
    provider     VARCHAR(64)  NOT NULL,
    issuer       VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    subject      VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    email        VARCHAR(254) NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    UNIQUE KEY ux_external_logins_identity (issuer, subject),
    KEY ix_external_logins_user (user_id),
    CONSTRAINT fk_external_logins_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
