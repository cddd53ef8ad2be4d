-- pgbench: one 1,000-user traffic report as spanel applies it (node read, users locked in id order, the users and the
-- hourly log in one statement, the node's counter in another). Each client is a node of its own (:node0 + client id).
-- Variables: node0 (first bench-ingest node id), u0 (first user id).
\set node :node0 + :client_id
\set start random(0, 9) * 1000 + :u0
BEGIN;
SELECT * FROM nodes WHERE id = :node;
SELECT id FROM users WHERE id = ANY(ARRAY(SELECT generate_series(:start, :start + 999)::bigint)) ORDER BY id FOR UPDATE;
WITH v AS (SELECT g::bigint AS id, (1000 + g % 1000)::bigint AS u, (5000 + g % 4000)::bigint AS d FROM generate_series(:start, :start + 999) g),
added AS (
    UPDATE users SET u = users.u + (v.u * 3) / 2, d = users.d + (v.d * 3) / 2,
           transfer_total = users.transfer_total + v.u + v.d, t = extract(epoch from now())::bigint
    FROM v WHERE users.id = v.id
    RETURNING users.id, v.u, v.d)
INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
SELECT id, :node, date_trunc('hour', now()), u, d, (u * 3) / 2 + (d * 3) / 2 FROM added
ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
    u = traffic_hourly.u + excluded.u,
    d = traffic_hourly.d + excluded.d,
    billed = traffic_hourly.billed + excluded.billed;
UPDATE nodes SET node_bandwidth = nodes.node_bandwidth
    + (SELECT sum(1000 + g % 1000 + 5000 + g % 4000) FROM generate_series(:start, :start + 999) g)
WHERE nodes.id = :node;
COMMIT;
