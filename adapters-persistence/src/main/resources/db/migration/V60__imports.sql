-- Imports from other panels (./spanel import). Each row an import wrote is marked here under its
-- source's id, in the same transaction, so a second run brings nothing twice.
CREATE TABLE imported_rows (
    source       varchar(16) NOT NULL,
    kind         varchar(16) NOT NULL,
    source_id    varchar(64) NOT NULL,
    target_id    bigint      NOT NULL,
    imported_at  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT imported_rows_pkey PRIMARY KEY (source, kind, source_id)
);

-- The subscription tokens users of the old panel hold in their clients, as SHA-256: looked up only
-- when spanel's own token misses, and dropped when the user resets the subscription.
CREATE TABLE legacy_sub_tokens (
    token_hash  varchar(64) NOT NULL,
    user_id     bigint      NOT NULL,
    source      varchar(16) NOT NULL,
    CONSTRAINT legacy_sub_tokens_pkey PRIMARY KEY (token_hash),
    CONSTRAINT legacy_sub_tokens_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX legacy_sub_tokens_user_idx ON legacy_sub_tokens (user_id);

-- V2board numbers nodes per protocol table: (node type, id) as its nodes are configured with.
CREATE TABLE legacy_node_ids (
    node_type  varchar(16) NOT NULL,
    legacy_id  bigint      NOT NULL,
    node_id    bigint      NOT NULL,
    CONSTRAINT legacy_node_ids_pkey PRIMARY KEY (node_type, legacy_id),
    CONSTRAINT legacy_node_ids_node_fkey FOREIGN KEY (node_id) REFERENCES nodes (id) ON DELETE CASCADE
);
