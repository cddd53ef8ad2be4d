-- How many times an operator has lifted an account's log-in limits (./spanel user unlock): the
-- limits' counters are keyed on it, so raising it starts them afresh in Redis and in-process alike.
ALTER TABLE users ADD COLUMN login_unlocks bigint NOT NULL DEFAULT 0;
