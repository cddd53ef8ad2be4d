-- The Shadowsocks-2022 server key (PSK) of a sort-1 node: base64 of random bytes, 16 or 32 as the
-- node's cipher needs. Two nodes never share one. Existing sort-1 nodes get theirs in V6_1.
ALTER TABLE nodes ADD COLUMN server_key varchar(64);
ALTER TABLE nodes ADD CONSTRAINT nodes_server_key_key UNIQUE (server_key);
