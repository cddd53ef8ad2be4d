-- pgbench: one one-user traffic report in a transaction of its own. Variables: n0, n1 (node ids), u0, u1 (user ids).
\set node random(:n0, :n1)
\set user random(:u0, :u1)
BEGIN;
SELECT * FROM nodes WHERE id = :node;
WITH v AS (
    SELECT * FROM unnest(ARRAY[:user]::bigint[], ARRAY[1024]::bigint[], ARRAY[4096]::bigint[], ARRAY[1024]::bigint[], ARRAY[4096]::bigint[])
        AS v(id, u, d, bu, bd)),
added AS (
    UPDATE users SET u = users.u + v.bu, d = users.d + v.bd,
           transfer_total = users.transfer_total + v.u + v.d, t = extract(epoch from now())::bigint
    FROM v WHERE users.id = v.id
    RETURNING users.id, v.u, v.d, v.bu + v.bd AS billed),
logged AS (
    INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
    SELECT id, :node, date_trunc('hour', now()), u, d, billed FROM added
    ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
        u = traffic_hourly.u + excluded.u,
        d = traffic_hourly.d + excluded.d,
        billed = traffic_hourly.billed + excluded.billed)
UPDATE nodes SET node_bandwidth = nodes.node_bandwidth
        + (SELECT coalesce(sum(u + d), 0) FROM added)
WHERE nodes.id = :node
RETURNING (SELECT count(*) FROM added), (SELECT coalesce(sum(u + d), 0) FROM added);
COMMIT;
