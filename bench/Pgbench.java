import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The raw floor: pgbench, PostgreSQL's own load generator, running the statements spanel runs for a
 * traffic report with nothing in between (no HTTP, JSON, JVM or pool), on the same database and
 * tables as the benchmark that calls it. bench/run passes the connection as BENCH_PG_HOST,
 * BENCH_PG_PORT, BENCH_PG_DB, BENCH_PG_USER and PGPASSWORD.
 *
 * The scripts follow JooqNodeRegistry's batch read and JooqTrafficLedger's PostgreSQL path, with
 * its saturating additions: the node read (the key check), for more than one user the users locked
 * in id order, then the statement that adds to the users and the hourly log, for more than one node
 * the nodes locked in id order, the one that adds to the nodes' counters, and the commit. The increments come from
 * generate_series instead of bound arrays, which only spares PostgreSQL the arrays' decoding.
 */
final class Pgbench {

    /** A report of users {@code :from} … {@code :from + :batch - 1} for {@code :node}, in one transaction. */
    static final String REPORT = """
            BEGIN;
            SELECT id, name, server, sort, custom_config, method, traffic_rate, node_class, node_group, node_speedlimit,
                   node_bandwidth, node_bandwidth_limit, enabled, node_key_hash, node_heartbeat, server_key
            FROM nodes WHERE id = ANY(ARRAY[:node::bigint]);
            %s
            WITH v AS (
                SELECT g AS id, 1000 + g %% 1048576 AS u, 5000 + g %% 4194304 AS d,
                       1000 + g %% 1048576 AS bu, 5000 + g %% 4194304 AS bd
                FROM generate_series(:from::bigint, :from::bigint + :batch::bigint - 1) g),
            added AS (
                UPDATE users SET u = LEAST(users.u, 9223372036854775807 - v.bu) + v.bu, d = LEAST(users.d, 9223372036854775807 - v.bd) + v.bd,
                       transfer_total = LEAST(users.transfer_total, 9223372036854775807 - (v.u + v.d)) + (v.u + v.d),
                       t = extract(epoch FROM now())::bigint
                FROM v WHERE users.id = v.id
                RETURNING users.id, v.u, v.d, v.bu + v.bd AS billed)
            INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
            SELECT id, :node::bigint, date_trunc('hour', now()), u, d, billed FROM added
            ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
                u = LEAST(traffic_hourly.u, 9223372036854775807 - excluded.u) + excluded.u,
                d = LEAST(traffic_hourly.d, 9223372036854775807 - excluded.d) + excluded.d,
                billed = LEAST(traffic_hourly.billed, 9223372036854775807 - excluded.billed) + excluded.billed;
            UPDATE nodes SET node_bandwidth = LEAST(nodes.node_bandwidth, 9223372036854775807 - n.raw) + n.raw
            FROM (SELECT sum(1000 + g %% 1048576 + 5000 + g %% 4194304)::bigint AS raw
                  FROM generate_series(:from::bigint, :from::bigint + :batch::bigint - 1) g) n
            WHERE nodes.id = :node::bigint;
            END;
            """;

    static final String LOCK = "SELECT id FROM users WHERE id BETWEEN :from::bigint AND :from::bigint + :batch::bigint - 1 ORDER BY id FOR UPDATE;";

    /**
     * 1,000-user reports, each client a node of its own ({@code :first_node + :client_id}) and
     * windows of its own (client c the windows c, c + clients, …), as on the HTTP side.
     */
    static final String INGEST = """
            \\set node :first_node + :client_id
            \\set w :client_id + :clients * random(0, :windows / :clients - 1)
            \\set from :first_user + :batch * :w
            """ + REPORT.formatted(LOCK);

    /** Reports of users {@code :first_user} … {@code :first_user + :batch - 1}, each client a node of its own. */
    static final String LARGE = """
            \\set node :first_node + :client_id
            \\set from :first_user
            """ + REPORT.formatted(LOCK);

    /** One-user reports, each for a random node and user of the seeded ranges (as bench/small-report.lua). */
    static final String SMALL = """
            \\set node :first_node + random(0, :nodes - 1)
            \\set from :first_user + random(0, :users - 1)
            \\set batch 1
            """ + REPORT.formatted("");

    /** The saturating additions spanel's statements make (JooqTrafficLedger: LEAST(c, MAX - x) + x). */
    private static String add(String column, String amount) {
        return "LEAST(%1$s, 9223372036854775807 - %2$s) + %2$s".formatted(column, amount);
    }

    /**
     * One batch of {@code :batch} one-user reports from as many nodes, in one transaction, as
     * spanel's group commit applies them (JooqNodeRegistry's batch read, then JooqTrafficLedger's
     * PostgreSQL path): the nodes read, the users locked in id order, the users and the hourly log
     * in one statement, the nodes locked in id order and their counters, the commit. Each client
     * takes {@code :batch} consecutive users from a random place and as many consecutive nodes
     * (wrapping) from a random one; the arrays spanel binds come from generate_series.
     */
    static final String SMALL_BATCH = """
            \\set start random(0, :nodes - 1)
            \\set from :first_user + random(0, :users - :batch)
            BEGIN;
            SELECT id, name, server, sort, custom_config, method, traffic_rate, node_class, node_group, node_speedlimit,
                   node_bandwidth, node_bandwidth_limit, enabled, node_key_hash, node_heartbeat, server_key
            FROM nodes WHERE id = ANY(ARRAY(SELECT :first_node::bigint + (:start::int + g) %% :nodes::int FROM generate_series(0, :batch::int - 1) g));
            SELECT id FROM users WHERE id = ANY(ARRAY(SELECT generate_series(:from::bigint, :from::bigint + :batch::int - 1))) ORDER BY id FOR UPDATE;
            WITH added AS (
                UPDATE users SET u = %1$s, d = %2$s, transfer_total = %3$s, t = extract(epoch FROM now())::bigint
                FROM generate_series(:from::bigint, :from::bigint + :batch::int - 1) v(id)
                WHERE users.id = v.id)
            INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
            SELECT :from::bigint + g, :first_node::bigint + (:start::int + g) %% :nodes::int, date_trunc('hour', now()), 1024, 4096, 5120
            FROM generate_series(0, :batch::int - 1) g
            ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
                u = %4$s, d = %5$s, billed = %6$s;
            SELECT id FROM nodes WHERE id = ANY(ARRAY(SELECT :first_node::bigint + (:start::int + g) %% :nodes::int FROM generate_series(0, :batch::int - 1) g))
            ORDER BY id FOR NO KEY UPDATE;
            UPDATE nodes SET node_bandwidth = %7$s
            WHERE id = ANY(ARRAY(SELECT :first_node::bigint + (:start::int + g) %% :nodes::int FROM generate_series(0, :batch::int - 1) g));
            END;
            """.formatted(add("users.u", "1024"), add("users.d", "4096"), add("users.transfer_total", "5120"),
            add("traffic_hourly.u", "excluded.u"), add("traffic_hourly.d", "excluded.d"),
            add("traffic_hourly.billed", "excluded.billed"), add("node_bandwidth", "5120"));

    /** The result pgbench prints: transactions per second (without connection time), and the run's transactions. */
    record Result(double tps, long transactions, double latencyMillis, double seconds) {
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs {@code script} with {@code clients} connections; {@code limit} is "-T seconds" or "-t transactions per client". */
    static Result run(String script, int clients, List<String> limit, Map<String, Object> variables) throws Exception {
        Path file = Files.createTempFile("pgbench", ".sql");
        Files.writeString(file, script);
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-h", env("BENCH_PG_HOST"),
                "-p", env("BENCH_PG_PORT"), "-U", env("BENCH_PG_USER"), "-c", String.valueOf(clients),
                "-j", String.valueOf(Math.min(clients, 2)), "-f", file.toString(), "-D", "clients=" + clients));
        command.addAll(limit);
        variables.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
        command.add(env("BENCH_PG_DB"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(file);
        if (process.waitFor() != 0 || !output.contains("tps = ")) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return new Result(Double.parseDouble(find(output, "tps = ([0-9.]+)")),
                Long.parseLong(find(output, "actually processed: (\\d+)")),
                Double.parseDouble(find(output, "latency average = ([0-9.]+) ms")), seconds);
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this through bench/run");
        }
        return value;
    }

    static String find(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench output without " + regex + ":\n" + text);
        }
        return matcher.group(1);
    }
}
