-- A port of one's own is needed only by nodes that open one Shadowsocks port per user, and a panel
-- has more users than ports: a user may have none. Ports held stay, and stay unique (several NULLs
-- never clash under a unique constraint, on PostgreSQL and H2 alike).
ALTER TABLE users ALTER COLUMN port DROP NOT NULL;
