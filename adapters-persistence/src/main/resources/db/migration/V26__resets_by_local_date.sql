-- A monthly reset is done once per user and reset date (the date in TIMEZONE), not per boundary
-- instant: the boundary of a date moves when TIMEZONE changes, and the date must not reset twice.
-- Resets recorded before this column stay guarded by their boundary alone.
ALTER TABLE traffic_resets ADD COLUMN reset_date date;
ALTER TABLE traffic_resets ADD CONSTRAINT traffic_resets_user_date_key UNIQUE (user_id, reset_date);
