-- Learners' adaptive state is kept between requests and caught up with the attempts stored since it was
-- last read (WHERE user_id = ? AND id > ?): this index makes that read cost the new rows, not the history.
ALTER TABLE attempts ADD KEY ix_attempts_user_id (user_id, id);

-- Every transaction that stores a learner's attempts updates this column first, so one learner's answer
-- transactions commit one after another (on Galera too: the row is in every write set and conflicts are
-- certified) and their attempt ids increase in commit order, which the catch-up read relies on.
ALTER TABLE users ADD COLUMN last_answer_recorded_at DATETIME(6) NULL;
