-- A session started for a goal (issue #16 item 5) keeps what it read of the goal's plan when it started: the goal, its
-- target date and the day's new-card quota, so next-questions never reads the goal or recomputes the plan.
ALTER TABLE learning_sessions ADD COLUMN goal JSON NULL AFTER question_ids;
