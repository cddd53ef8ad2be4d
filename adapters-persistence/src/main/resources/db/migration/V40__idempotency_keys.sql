-- Requests sent with an Idempotency-Key: the first claims (user, key) and stores its answer in the
-- same transaction as its work; a repeat within the retention replays the answer. fingerprint is
-- the SHA-256 of method, path and body, to tell a repeat from another request under the same key.
CREATE TABLE idempotency_keys (
    user_id      bigint         NOT NULL,
    request_key  varchar(255)   NOT NULL,
    fingerprint  varchar(64)    NOT NULL,
    answer       varchar(65535),
    created_at   timestamp with time zone NOT NULL,
    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, request_key),
    CONSTRAINT idempotency_keys_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
