-- Running tallies behind the badge metrics (ADR 0028), so evaluating badges after an answer reads a learner's days and
-- one row instead of summing the whole ledger and attempt log.
--
-- points_ledger_days: the ledger summed per learner day. Kept by a trigger because only the database knows which ledger
-- rows an insert really appended: the ledger keeps the first row per source key and ignores repeats (a second
-- first-answer-of-day bonus, a retried session bonus), and an AFTER INSERT trigger fires for exactly the appended rows.
CREATE TABLE points_ledger_days (
    user_id   CHAR(36) NOT NULL,
    local_day DATE     NOT NULL,
    answers   INT      NOT NULL,
    points    INT      NOT NULL,
    PRIMARY KEY (user_id, local_day),
    CONSTRAINT fk_points_ledger_days_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- learner_correctness: graded and right answers that count, on the terms of the correct_total and accuracy badges:
-- not undone, and a mock test's answers only once the test has ended (a running mock test never reveals correctness).
CREATE TABLE learner_correctness (
    user_id CHAR(36) NOT NULL PRIMARY KEY,
    correct INT      NOT NULL,
    graded  INT      NOT NULL,
    CONSTRAINT fk_learner_correctness_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO points_ledger_days (user_id, local_day, answers, points)
SELECT user_id, local_day, SUM(answers), SUM(points) FROM points_ledger GROUP BY user_id, local_day;

INSERT INTO learner_correctness (user_id, correct, graded)
SELECT a.user_id, SUM(a.correct = 1), COUNT(*)
FROM attempts a LEFT JOIN learning_sessions s ON s.id = a.session_id
WHERE a.correct IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)
  AND (a.mode <> 'mock_test' OR s.id IS NULL OR s.ended_at IS NOT NULL)
GROUP BY a.user_id;

CREATE TRIGGER tr_points_ledger_days AFTER INSERT ON points_ledger FOR EACH ROW
    INSERT INTO points_ledger_days (user_id, local_day, answers, points)
    VALUES (NEW.user_id, NEW.local_day, NEW.answers, NEW.points)
    ON DUPLICATE KEY UPDATE answers = points_ledger_days.answers + NEW.answers, points = points_ledger_days.points + NEW.points;

-- The ledger is append-only, but a row changed or removed by hand (a repair, a tamper the rebuild report is meant to
-- find) moves its days with it, so the days mirror the ledger whatever wrote it. The no-op update of a repeated insert
-- changes nothing and is skipped.
CREATE TRIGGER tr_points_ledger_days_update AFTER UPDATE ON points_ledger FOR EACH ROW
    INSERT INTO points_ledger_days (user_id, local_day, answers, points)
    SELECT t.user_id, t.local_day, t.answers, t.points FROM (
        SELECT OLD.user_id AS user_id, OLD.local_day AS local_day, -OLD.answers AS answers, -OLD.points AS points
        UNION ALL
        SELECT NEW.user_id, NEW.local_day, NEW.answers, NEW.points) t
    WHERE NOT (OLD.user_id <=> NEW.user_id AND OLD.local_day <=> NEW.local_day AND OLD.answers <=> NEW.answers AND OLD.points <=> NEW.points)
    ON DUPLICATE KEY UPDATE answers = points_ledger_days.answers + VALUES(answers), points = points_ledger_days.points + VALUES(points);

CREATE TRIGGER tr_points_ledger_days_delete AFTER DELETE ON points_ledger FOR EACH ROW
    UPDATE points_ledger_days SET answers = answers - OLD.answers, points = points - OLD.points
    WHERE user_id = OLD.user_id AND local_day = OLD.local_day;

-- An answer counts when it is graded, unless it belongs to a mock test that is still running.
CREATE TRIGGER tr_attempts_correctness AFTER INSERT ON attempts FOR EACH ROW
    INSERT INTO learner_correctness (user_id, correct, graded)
    SELECT NEW.user_id, NEW.correct = 1, 1 FROM DUAL
    WHERE NEW.correct IS NOT NULL
      AND (NEW.mode <> 'mock_test' OR NEW.session_id IS NULL
           OR EXISTS (SELECT 1 FROM learning_sessions s WHERE s.id = NEW.session_id AND s.ended_at IS NOT NULL))
    ON DUPLICATE KEY UPDATE correct = learner_correctness.correct + (NEW.correct = 1), graded = learner_correctness.graded + 1;

-- Undo takes back what the answer added, if it had counted.
CREATE TRIGGER tr_attempt_undos_correctness AFTER INSERT ON attempt_undos FOR EACH ROW
    INSERT INTO learner_correctness (user_id, correct, graded)
    SELECT t.user_id, t.correct, t.graded FROM (
        SELECT a.user_id, -(a.correct = 1) AS correct, -1 AS graded
        FROM attempts a LEFT JOIN learning_sessions s ON s.id = a.session_id
        WHERE a.id = NEW.attempt_id AND a.correct IS NOT NULL
          AND (a.mode <> 'mock_test' OR s.id IS NULL OR s.ended_at IS NOT NULL)) t
    ON DUPLICATE KEY UPDATE correct = learner_correctness.correct + VALUES(correct), graded = learner_correctness.graded + VALUES(graded);

-- Ending a mock test reveals its answers' correctness: they count from now on.
CREATE TRIGGER tr_learning_sessions_mock_ended AFTER UPDATE ON learning_sessions FOR EACH ROW
    INSERT INTO learner_correctness (user_id, correct, graded)
    SELECT t.user_id, t.correct, t.graded FROM (
        SELECT NEW.user_id AS user_id, CAST(SUM(a.correct = 1) AS SIGNED) AS correct, COUNT(*) AS graded
        FROM attempts a
        WHERE OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL AND NEW.mode = 'mock_test'
          AND a.session_id = NEW.id AND a.correct IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)) t
    WHERE t.graded > 0
    ON DUPLICATE KEY UPDATE correct = learner_correctness.correct + VALUES(correct), graded = learner_correctness.graded + VALUES(graded);
