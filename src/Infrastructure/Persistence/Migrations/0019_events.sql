-- Domain events leave the system through a transactional outbox (ADR 0021): the change that causes an event inserts its
-- row in the same transaction, so an event exists exactly when its change committed. One publisher at a time (a
-- ClusterLock) numbers each aggregate's events in `seq` order, fans them out to webhook deliveries and the learners'
-- Redis streams, and stamps published_at in one transaction; a crash before that commit publishes the same rows again.
CREATE TABLE outbox_events (
    seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id           CHAR(36)     NOT NULL,
    type         VARCHAR(60)  NOT NULL,
    -- What the event is about, as kind/id ('learner/<uuid>', 'question/42'); events of one aggregate keep their order.
    aggregate    VARCHAR(80)  NOT NULL,
    -- 1, 2, 3 … per aggregate, assigned when published (NULL before).
    sequence     BIGINT       NULL,
    -- The learner whose own stream shows the event, if any.
    user_id      CHAR(36)     NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    published_at DATETIME(6)  NULL,
    UNIQUE KEY ux_outbox_events_id (id),
    UNIQUE KEY ux_outbox_events_aggregate_sequence (aggregate, sequence),
    KEY ix_outbox_events_unpublished (published_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhooks (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    -- The admin or service account that created it; a service account sees only its own.
    owner_id             CHAR(36)      NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    description          VARCHAR(200)  NULL,
    -- Event types it receives, separated by spaces.
    event_types          VARCHAR(1000) NOT NULL,
    -- The signing secret, encrypted at rest (AES-GCM with the webhook id as associated data).
    secret               VARCHAR(300)  NOT NULL,
    active               TINYINT(1)    NOT NULL DEFAULT 1,
    disabled_reason      VARCHAR(200)  NULL,
    consecutive_failures INT           NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    seq                  BIGINT        NOT NULL AUTO_INCREMENT,
    UNIQUE KEY ux_webhooks_seq (seq),
    KEY ix_webhooks_owner (owner_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per (webhook, event): its state, attempts and the latest response, which is the delivery log users read.
CREATE TABLE webhook_deliveries (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    webhook_id       CHAR(36)     NOT NULL,
    event_seq        BIGINT       NOT NULL,
    aggregate        VARCHAR(80)  NOT NULL,
    sequence         BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    lease_owner      VARCHAR(200) NULL,
    lease_expires_at DATETIME(6)  NULL,
    last_status_code INT          NULL,
    last_duration_ms INT          NULL,
    last_error       VARCHAR(500) NULL,
    last_attempt_at  DATETIME(6)  NULL,
    delivered_at     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    seq              BIGINT       NOT NULL AUTO_INCREMENT,
    UNIQUE KEY ux_webhook_deliveries_seq (seq),
    UNIQUE KEY ux_webhook_deliveries_event (webhook_id, event_seq),
    KEY ix_webhook_deliveries_due (status, next_attempt_at),
    KEY ix_webhook_deliveries_order (webhook_id, aggregate, sequence),
    CONSTRAINT fk_webhook_deliveries_webhook FOREIGN KEY (webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_deliveries_event FOREIGN KEY (event_seq) REFERENCES outbox_events (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
