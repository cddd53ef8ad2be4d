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
 * The scripts follow JooqTrafficLedger's PostgreSQL path: the node read (the key check), for more
 * than one user the users locked in id order, then the statement that adds to the users and the
 * hourly log, the one that adds to the node's counter, and the commit. The increments come from
 * generate_series instead of bound arrays, which only spares PostgreSQL the arrays' decoding.
 */
final class Pgbench {

    /** A report of users {@code :from} … {@code :from + :batch - 1} for {@code :node}, in one transaction. */
    static final String REPORT = """
            BEGIN;
            SELECT * FROM nodes WHERE id = :node::bigint;
            %s
            WITH v AS (
                SELECT g AS id, 1000 + g %% 1048576 AS u, 5000 + g %% 4194304 AS d,
                       1000 + g %% 1048576 AS bu, 5000 + g %% 4194304 AS bd
                FROM generate_series(:from::bigint, :from::bigint + :batch::bigint - 1) g),
            added AS (
                UPDATE users SET u = users.u + v.bu, d = users.d + v.bd,
                       transfer_total = users.transfer_total + v.u + v.d, t = extract(epoch FROM now())::bigint
                FROM v WHERE users.id = v.id
                RETURNING users.id, v.u, v.d, v.bu + v.bd AS billed)
            INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)
            SELECT id, :node::bigint, date_trunc('hour', now()), u, d, billed FROM added
            ON CONFLICT (user_id, node_id, hour_start) DO UPDATE SET
                u = traffic_hourly.u + excluded.u,
                d = traffic_hourly.d + excluded.d,
                billed = traffic_hourly.billed + excluded.billed;
            UPDATE nodes SET node_bandwidth = nodes.node_bandwidth
                + (SELECT sum(1000 + g %% 1048576 + 5000 + g %% 4194304)
                   FROM generate_series(:from::bigint, :from::bigint + :batch::bigint - 1) g)
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

    /** One-user reports, each for a random node and user of the seeded ranges (as bench/small-report.lua). */
    static final String SMALL = """
            \\set node :first_node + random(0, :nodes - 1)
            \\set from :first_user + random(0, :users - 1)
            \\set batch 1
            """ + REPORT.formatted("");

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
