-- In-app notifications and reminders (issue #17 item 4). One row per learner, type and period (the learner day of a
-- reminder): the unique key is what keeps a rerun or two concurrent reminder jobs from notifying twice. A row is kept
-- also when the learner turned the in-app channel off (in_app = 0, hidden from the feed), as the record that the
-- period's email went out.
CREATE TABLE notifications (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    CHAR(36)      NOT NULL,
    type       VARCHAR(32)   NOT NULL,
    period     VARCHAR(16)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(1000) NOT NULL,
    data       JSON          NOT NULL,
    in_app     TINYINT(1)    NOT NULL,
    emailed    TINYINT(1)    NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6)   NULL,
    UNIQUE KEY ux_notifications_reason (user_id, type, period),
    KEY ix_notifications_feed (user_id, in_app, id),
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's notification preferences; no row means the defaults. `channels` holds every type as last saved (a type
-- added later takes its default): {"reviews_due": {"inApp": true, "email": false}, …}. Quiet hours are local wall-clock
-- times (both null: none).
CREATE TABLE notification_settings (
    user_id     CHAR(36)    NOT NULL PRIMARY KEY,
    channels    JSON        NOT NULL,
    quiet_start TIME        NULL,
    quiet_end   TIME        NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_settings_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
