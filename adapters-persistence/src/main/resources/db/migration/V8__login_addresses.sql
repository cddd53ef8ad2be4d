-- The client addresses each account logged in from with its password (kept 90 days after the last
-- such log-in). The per-email log-in limit does not refuse them, so a stranger guessing at an
-- email cannot lock its owner out of where they usually log in.
CREATE TABLE login_addresses (
    user_id     bigint       NOT NULL,
    address     varchar(64)  NOT NULL,
    last_login  timestamp with time zone NOT NULL,
    CONSTRAINT login_addresses_pkey PRIMARY KEY (user_id, address),
    CONSTRAINT login_addresses_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
