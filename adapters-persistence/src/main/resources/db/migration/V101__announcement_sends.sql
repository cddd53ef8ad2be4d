-- An announcement an admin asked to send through the outbox. The notice-announcements job raises
-- its notices in batches of users by id, each batch in a transaction of its own that also moves
-- after_user_id on by a guarded update; a crash or a second instance goes on from there, and the
-- notices' unique key keeps any user from being told twice. done_at is set once no user is left.
CREATE TABLE announcement_sends (
    announcement_id  bigint  NOT NULL,
    after_user_id    bigint  DEFAULT 0 NOT NULL,
    requested_at     timestamp with time zone NOT NULL,
    done_at          timestamp with time zone,
    CONSTRAINT announcement_sends_pkey PRIMARY KEY (announcement_id),
    CONSTRAINT announcement_sends_announcement_fkey FOREIGN KEY (announcement_id) REFERENCES announcements (id) ON DELETE CASCADE
);
CREATE INDEX announcement_sends_pending_idx ON announcement_sends (done_at, announcement_id);
