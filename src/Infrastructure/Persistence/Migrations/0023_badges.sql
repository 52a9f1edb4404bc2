-- Badges as data (ADR 0025): definitions admins manage, and the awards learners hold. An award is idempotent by its
-- primary key (a learner holds a badge once); it is written with its `badge.earned` outbox event in one transaction.
-- A definition somebody holds is retired (no longer awarded or listed), never deleted, so awards keep their meaning.
CREATE TABLE badges (
    badge_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL,
    icon        VARCHAR(200) NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    rarity      VARCHAR(16)  NOT NULL,
    metric      VARCHAR(32)  NOT NULL,
    threshold   DOUBLE       NOT NULL,
    min_answers INT          NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    retired_at  DATETIME(6)  NULL,
    KEY ix_badges_metric (metric, retired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_badges (
    user_id   CHAR(36)    NOT NULL,
    badge_key VARCHAR(64) NOT NULL,
    earned_at DATETIME(6) NOT NULL,
    value     DOUBLE      NOT NULL,
    PRIMARY KEY (user_id, badge_key),
    KEY ix_user_badges_badge (badge_key),
    CONSTRAINT fk_user_badges_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_badges_badge FOREIGN KEY (badge_key) REFERENCES badges (badge_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default set; admins change or retire them like any other.
INSERT INTO badges (badge_key, name, description, icon, category, rarity, metric, threshold, min_answers, created_at, updated_at) VALUES
    ('first-answer', 'First steps', 'Answer your first question.', 'footprints', 'practice', 'common', 'answers_total', 1, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('answers-100', 'Centurion', 'Answer 100 questions.', 'hundred', 'practice', 'uncommon', 'answers_total', 100, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('answers-1000', 'Thousand questions', 'Answer 1,000 questions.', 'mountain', 'practice', 'rare', 'answers_total', 1000, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('correct-50', 'Getting it right', 'Answer 50 questions correctly.', 'check', 'mastery', 'common', 'correct_total', 50, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('sharpshooter', 'Sharpshooter', 'Keep 90% accuracy over at least 100 graded answers.', 'target', 'mastery', 'rare', 'accuracy', 0.9, 100, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('streak-7', 'One week strong', 'Study 7 days in a row.', 'flame', 'streak', 'uncommon', 'streak_longest', 7, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('streak-30', 'Habit formed', 'Study 30 days in a row.', 'flame-double', 'streak', 'rare', 'streak_longest', 30, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('streak-100', 'Unstoppable', 'Study 100 days in a row.', 'flame-triple', 'streak', 'epic', 'streak_longest', 100, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('active-30', 'Regular', 'Study on 30 different days.', 'calendar', 'streak', 'uncommon', 'active_days', 30, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('level-5', 'Level 5', 'Reach level 5.', 'star', 'points', 'uncommon', 'level', 5, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('level-10', 'Level 10', 'Reach level 10.', 'star-double', 'points', 'rare', 'level', 10, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('points-10000', 'Point collector', 'Earn 10,000 points.', 'gem', 'points', 'epic', 'points_total', 10000, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('placed', 'Placed', 'Complete a placement test.', 'compass', 'onboarding', 'common', 'placement_completed', 1, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
