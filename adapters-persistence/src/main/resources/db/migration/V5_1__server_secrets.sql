-- Secrets the server generates once and every instance must share (the key subscription links are
-- derived with, a generated node key): the first instance to store one wins, the others read it.
CREATE TABLE server_secrets (
    name        varchar(64)   NOT NULL,
    secret      varchar(512)  NOT NULL,
    created_at  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT server_secrets_pkey PRIMARY KEY (name)
);
