-- Administration (ADR 0011): deactivation, immediate token revocation, a keyset for the admin user list,
-- the last-admin guard and the append-only security audit log.
ALTER TABLE users
    ADD COLUMN is_active      TINYINT(1) NOT NULL DEFAULT 1,
    -- Access tokens carry it; bumping it retires every token issued before, checked on each request.
    ADD COLUMN security_stamp INT        NOT NULL DEFAULT 0,
    -- Registration order: the numeric keyset the admin user list pages by (ids are UUIDs).
    ADD COLUMN seq            BIGINT     NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY ux_users_seq (seq),
    ADD KEY ix_users_role_active (role, is_active);

-- One row every role or activation change writes first, in its own transaction. On one server the row lock queues
-- the changes; on Galera both write sets carry the row, so two changes on different nodes fail certification rather
-- than each removing one of the last two admins. The row is upserted, so an emptied table still works.
CREATE TABLE admin_guard (
    id      TINYINT NOT NULL PRIMARY KEY,
    changes BIGINT  NOT NULL
) ENGINE = InnoDB;

-- Append-only: no statement in the application updates or deletes a row. No foreign keys, so the trail of an
-- erased account outlives it.
CREATE TABLE security_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    user_id     CHAR(36)     NULL,
    actor_id    CHAR(36)     NULL,
    client      VARCHAR(64)  NULL,
    detail      VARCHAR(500) NULL,
    KEY ix_security_audit_user (user_id, id),
    KEY ix_security_audit_kind (kind, id),
    KEY ix_security_audit_time (occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
