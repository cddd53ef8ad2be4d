-- pgbench: one 1,000-user traffic report as spanel applies it (node read, users locked in id order, one statement adds). Variables: node, u0 (first user id).
\set start random(0, 9) * 1000 + :u0
BEGIN;
SELECT * FROM nodes WHERE id = :node;
SELECT id FROM users WHERE id = ANY(ARRAY(SELECT generate_series(:start, :start + 999)::bigint)) ORDER BY id FOR UPDATE;
WITH v AS (SELECT g::bigint AS id, (1000 + g % 1000)::bigint AS u, (5000 + g % 4000)::bigint AS d FROM generate_series(:start, :start + 999) g),
added AS (
    UPDATE users SET u = users.u + (v.u * 3) / 2, d = users.d + (v.d * 3) / 2,
           transfer_total = users.transfer_total + v.u + v.d, t = extract(epoch from now())::bigint
    FROM v WHERE users.id = v.id),
logged AS (
    INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
    SELECT id, :node, date_trunc('hour', now()), u, d, (v.u * 3) / 2 + (v.d * 3) / 2 FROM v
    ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
        u = traffic_hourly.u + excluded.u,
        d = traffic_hourly.d + excluded.d,
        billed = traffic_hourly.billed + excluded.billed)
UPDATE nodes SET node_bandwidth = nodes.node_bandwidth + (SELECT sum(u + d) FROM v) WHERE nodes.id = :node;
COMMIT;
