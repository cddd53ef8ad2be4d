-- Subscription links. The token in a user's URL is derived (an HMAC under a server secret over the
-- user id and sub_generation), so it is never stored; only its SHA-256 is, to find the user by it.
-- Rotating bumps sub_generation and replaces the hash: the old URL then matches nobody.
ALTER TABLE users ADD COLUMN sub_generation bigint DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN sub_token_hash varchar(64);
ALTER TABLE users ADD CONSTRAINT users_sub_token_hash_key UNIQUE (sub_token_hash);
