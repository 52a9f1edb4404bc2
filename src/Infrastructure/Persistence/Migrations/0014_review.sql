-- Review workflow (ADR 0016): when a question entered review, and every status change as an append-only trail.
ALTER TABLE questions
    -- Set whenever the question enters in_review; the review queue pages by it, oldest first.
    ADD COLUMN submitted_at DATETIME(6) NULL,
    ADD KEY ix_questions_review_queue (status, submitted_at, id);

UPDATE questions SET submitted_at = updated_at WHERE status = 'in_review';

-- Append-only: written in the same transaction as the status change it records; no statement updates or deletes a
-- row. No foreign keys, like security_audit, so the trail outlives the accounts it names.
CREATE TABLE question_status_changes (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    CHAR(36)     NULL,
    from_status VARCHAR(16)  NOT NULL,
    to_status   VARCHAR(16)  NOT NULL,
    -- The question's version when it changed status: what was approved or rejected.
    version     INT          NOT NULL,
    reason      VARCHAR(1000) NULL,
    KEY ix_question_status_changes_question (question_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
