import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tier L, run by bench/run tier: 100,000 users and 1,000 nodes (BENCH_USERS, BENCH_NODES) on
 * PostgreSQL and Redis. Measured, each beside its baseline where one exists: the node user list
 * (the cold build after a change and the warm full list against the eligibility query over JDBC,
 * the 304 over one real polling interval), what one user's change costs the fleet, a report storm
 * of every node at once against pgbench running the same reports, spanel's RSS after each part,
 * and the time of the jobs whose work grows with the users: monthly reset, expiry sweep, traffic-log
 * roll-up. Arguments name the parts to run (list, storm, jobs); none runs all three.
 * Environment: as StormBench, and BENCH_SERVER_PID, BENCH_POLL_SECONDS (60), BENCH_LOG_HOURS (24).
 */
public class TierBench {

    static final int USERS = Integer.parseInt(System.getenv().getOrDefault("BENCH_USERS", "100000"));
    static final int NODES = Integer.parseInt(System.getenv().getOrDefault("BENCH_NODES", "1000"));
    /** Users in each node's storm report: 100 each, so 1,000 nodes report every one of 100,000 users once. */
    static final int STORM_BATCH = 100;
    /** The ingest pool's connections (a quarter of DATABASE_POOL_SIZE=16): the storm's floor gets as many. */
    static final int FLOOR_CLIENTS = 4;
    /** Concurrent pollers when every node fetches at once (the first pass, and after a change). */
    static final int PARALLEL_POLLS = 16;
    static final Duration POLL_INTERVAL = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_POLL_SECONDS", "60")));
    /** Hours of the day rolled up by the traffic-log job, per user (every user on one node all day). */
    static final int LOG_HOURS = Integer.parseInt(System.getenv().getOrDefault("BENCH_LOG_HOURS", "24"));
    static final long SERVER = Long.parseLong(System.getenv("BENCH_SERVER_PID"));
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final String URL = System.getenv("BENCH_URL");

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        long start = System.nanoTime();
        long[] ids = seedUsers();
        long[] nodes = NodeBench.listNodes(NODES);
        String admin = StormBench.token(ids[ids.length - 1], true);
        System.out.printf(Locale.ROOT, "# Tier: %,d users, %,d nodes, seeded in %.1f s; %s%n%n", USERS, NODES, NodeBench.seconds(start), rss());
        if (only.isEmpty() || only.contains("list")) {
            userList(ids, nodes, admin);
        }
        if (only.isEmpty() || only.contains("storm")) {
            storm(ids, nodes);
        }
        if (only.isEmpty() || only.contains("jobs")) {
            jobs(nodes);
        }
    }

    // --- the node user list --------------------------------------------------------------------

    static void userList(long[] ids, long[] nodes, String admin) throws Exception {
        System.out.println("## User list: " + String.format(Locale.ROOT, "%,d", USERS) + " eligible users, " + NODES
                + " nodes on mod_mu (gzip), polling every " + POLL_INTERVAL.toSeconds() + " s with If-None-Match\n");
        // The cold list is the first poll after a change of a listed user; the warm one a second node's
        // poll right after it (the same listing); the baseline the eligibility query with every row fetched.
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> query = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 8; i++) {
            change(admin, ids[i], i);
            long t = System.nanoTime();
            bytes = full(nodes[0]);
            cold.add(System.nanoTime() - t);
            t = System.nanoTime();
            full(nodes[1]);
            warm.add(System.nanoTime() - t);
            t = System.nanoTime();
            NodeBench.rawEligibility();
            query.add(System.nanoTime() - t);
        }
        // The first two rounds warm the JIT and the tables; the table gives the other six.
        cold = cold.subList(2, cold.size());
        warm = warm.subList(2, warm.size());
        query = query.subList(2, query.size());
        System.out.println("| request | p50 | max | baseline (JDBC, same run) p50 | p50 / baseline |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| full list, first poll after a change (cold, %,d bytes gzip) | %.1f ms | %.1f ms | eligibility query, all rows fetched: %.1f ms | %.1f× |%n",
                bytes, p(cold, 50), p(cold, 100), p(query, 50), p(cold, 50) / p(query, 50));
        System.out.printf(Locale.ROOT, "| full list, another node right after (warm) | %.1f ms | %.1f ms | eligibility query: %.1f ms | %.1f× |%n%n",
                p(warm, 50), p(warm, 100), p(query, 50), p(warm, 50) / p(query, 50));

        String[] tags = new String[nodes.length];
        Polls first = polls(nodes, tags, Duration.ZERO);
        Polls held = polls(nodes, tags, POLL_INTERVAL);
        change(admin, ids[ids.length / 2], 99);
        Polls after = polls(nodes, tags, Duration.ZERO);
        System.out.println("| pass | answers | p50 / p99 | bytes sent (gzip) | wall time | spanel CPU | database backends' CPU |");
        System.out.println("|---|---|---|---|---|---|---|");
        first.print("every node fetches its list, " + PARALLEL_POLLS + " at once");
        held.print("every node holds its list: one real interval, paced");
        after.print("after one user's change (admin PUT), " + PARALLEL_POLLS + " at once");
        System.out.printf(Locale.ROOT, "%nOne user's change made %d of %d nodes download the list again: %,d bytes, %.1f s until every"
                + " node was current at %d polls at once (at one poll per node per %d s, one interval).%n",
                after.ok(), NODES, after.bytes(), after.seconds(), PARALLEL_POLLS, POLL_INTERVAL.toSeconds());
        System.out.println("The 304s cost " + String.format(Locale.ROOT, "%.1f%%", 100 * (held.serverCpu() + held.backendsCpu())
                / POLL_INTERVAL.toSeconds()) + " of one core over the interval. After the list: " + rss() + "\n");
    }

    /** A change a node list shows: the user's speed limit, through the admin route. */
    static void change(String admin, long user, int round) throws Exception {
        HttpResponse<String> response = NodeBench.HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/app/api/v0/admin/users/" + user))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"node_speedlimit\":" + (100 + round) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("admin PUT answered " + response.statusCode() + " " + response.body());
        }
    }

    static long full(long node) throws Exception {
        HttpResponse<byte[]> reply = poll(node, null);
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("the list answered " + reply.statusCode());
        }
        return reply.body().length;
    }

    record Polls(long ok, long unchanged, long failed, long bytes, double seconds, double serverCpu, double backendsCpu,
            List<Long> latencies) {
        void print(String pass) {
            System.out.printf(Locale.ROOT, "| %s | %d × 200, %d × 304, %d other | %.1f ms / %.1f ms | %,d | %.1f s | %.2f s | %.2f s |%n",
                    pass, ok, unchanged, failed, p(latencies, 50), p(latencies, 99), bytes, seconds, serverCpu, backendsCpu);
        }
    }

    /**
     * Each node polls once with the ETag it holds, keeping the one it gets: evenly over {@code spread}
     * on virtual threads, or with no spread as fast as PARALLEL_POLLS threads go.
     */
    static Polls polls(long[] nodes, String[] tags, Duration spread) throws Exception {
        List<Long> backends = NodeBench.backendPids();
        double serverBefore = NodeBench.cpuSeconds(SERVER);
        double backendsBefore = backends.stream().mapToDouble(NodeBench::cpuSeconds).sum();
        AtomicLong ok = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long spacing = spread.toNanos() / nodes.length;
        long start = System.nanoTime();
        try (var pollers = spread.isZero() ? Executors.newFixedThreadPool(PARALLEL_POLLS) : Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < nodes.length; i++) {
                long due = start + i * spacing;
                while (System.nanoTime() < due) {
                    Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
                }
                int n = i;
                pollers.submit(() -> {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> reply;
                    try {
                        reply = poll(nodes[n], tags[n]);
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet(); // no answer within POLL_TIMEOUT, or the connection failed
                        return null;
                    }
                    latencies.add(System.nanoTime() - sent);
                    bytes.addAndGet(reply.body().length);
                    switch (reply.statusCode()) {
                        case 200 -> ok.incrementAndGet();
                        case 304 -> unchanged.incrementAndGet();
                        default -> failed.incrementAndGet();
                    }
                    reply.headers().firstValue("ETag").ifPresent(tag -> tags[n] = tag);
                    return null;
                });
            }
        }
        double seconds = NodeBench.seconds(start);
        double backendsCpu = NodeBench.backendPids().stream().filter(backends::contains).mapToDouble(NodeBench::cpuSeconds).sum()
                - backendsBefore;
        return new Polls(ok.get(), unchanged.get(), failed.get(), bytes.get(), seconds, NodeBench.cpuSeconds(SERVER) - serverBefore,
                backendsCpu, List.copyOf(latencies));
    }

    /** A poll with no answer by then is given up and counted among the other answers. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(60);

    static HttpResponse<byte[]> poll(long node, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + NodeBench.listPath(node))).timeout(POLL_TIMEOUT)
                .header("Key", NodeBench.KEY).header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return NodeBench.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // --- the report storm ----------------------------------------------------------------------

    static void storm(long[] ids, long[] nodes) throws Exception {
        // Warm-up: the JIT and the pools, on two storms of a tenth of the fleet.
        for (int w = 0; w < 2; w++) {
            storm(ids, nodes, Math.max(1, NODES / 10), "warm" + w);
        }
        StormBench.vacuum();
        StormBench.Totals before = StormBench.totals();
        StormBench.Storm storm = storm(ids, nodes, NODES, "storm");
        StormBench.Totals applied = StormBench.totals().minus(before);
        StormBench.vacuum();
        Pgbench.Result floor = floor(ids, nodes);
        long expectedU = 0;
        long expectedD = 0;
        for (int n = 0; n < NODES; n++) {
            for (int i = 0; i < STORM_BATCH; i++) {
                expectedU += StormBench.u(n, i);
                expectedD += StormBench.d(n, i);
            }
        }
        System.out.printf(Locale.ROOT, "## Storm: %,d nodes post a %d-user report each at once (%,d rows), resending after Retry-After%n%n",
                NODES, STORM_BATCH, (long) NODES * STORM_BATCH);
        System.out.println("| | time until every report is applied | rows/s |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| spanel over HTTP | %.1f s | %,.0f |%n", storm.seconds(), NODES * STORM_BATCH / storm.seconds());
        System.out.printf(Locale.ROOT, "| **floor**: pgbench, the same %,d reports with their report ids, %d connections | %.1f s | %,.0f |%n%n",
                NODES, FLOOR_CLIENTS, floor.seconds(), floor.tps() * STORM_BATCH);
        System.out.printf(Locale.ROOT, "spanel drains in %.1f× the floor's time. First answers: %s; every answer: %s; connection failures: %d;"
                + " reports sent per node: at most %d; Retry-After of the first refusals (seconds: refusals): %s; a node's report"
                + " applied after p50 %.1f s, p99 %.1f s.%n", storm.seconds() / floor.seconds(), storm.firstAnswers(), storm.answers(),
                storm.failures(), storm.maxAttempts(), storm.firstRetryAfters(), storm.applied(50), storm.applied(99));
        System.out.printf(Locale.ROOT, "Totals in SQL afterwards: users' u %s, users' d %s, the nodes' counters %s, reports recorded %s.%n",
                StormBench.check(applied.u(), expectedU), StormBench.check(applied.d(), expectedD),
                StormBench.check(applied.bandwidth(), expectedU + expectedD), StormBench.check(applied.reports(), NODES));
        System.out.println("After the storm: " + rss() + "\n");
    }

    /** Node n's report: STORM_BATCH users from (n × STORM_BATCH) mod USERS, increments as StormBench's. */
    static String report(long node, int n, long[] ids, String reportId) {
        StringBuilder body = new StringBuilder(STORM_BATCH * 48).append("{\"node_id\":").append(node)
                .append(",\"report_id\":\"").append(reportId).append("\",\"data\":[");
        int from = (n % (USERS / STORM_BATCH)) * STORM_BATCH;
        for (int i = 0; i < STORM_BATCH; i++) {
            body.append(i > 0 ? "," : "").append("{\"user_id\":").append(ids[from + i]).append(",\"u\":").append(StormBench.u(n, i))
                    .append(",\"d\":").append(StormBench.d(n, i)).append('}');
        }
        return body.append("]}").toString();
    }

    /** A storm that has not drained by then will not: spanel is stuck, and the benchmark says how and ends. */
    static final Duration STORM_LIMIT = Duration.ofMinutes(10);

    static StormBench.Storm storm(long[] ids, long[] nodes, int count, String round) throws Exception {
        var storm = CompletableFuture.supplyAsync(() -> {
            try {
                return StormBench.storm(count, n -> report(nodes[n], n, ids, round + "-" + n));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return storm.get(STORM_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.out.printf(Locale.ROOT, "The storm %s of %,d nodes did not drain within %d minutes. %s; the database's"
                    + " sessions: %s.%n", round, count, STORM_LIMIT.toMinutes(), rss(), sessions());
            System.out.flush();
            System.exit(1);
            throw e;
        }
    }

    /** This database's sessions by state, and the longest time one has been in it. */
    static String sessions() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT state, count(*), max(now() - state_change) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() GROUP BY state ORDER BY state")) {
            List<String> states = new ArrayList<>();
            while (rs.next()) {
                states.add(rs.getString(1) + ": " + rs.getLong(2) + " (longest " + rs.getString(3) + ")");
            }
            return String.join(", ", states);
        }
    }

    /** pgbench applies the same reports once each, claiming and answering their report ids as spanel does. */
    static Pgbench.Result floor(long[] ids, long[] nodes) throws Exception {
        String script = """
                \\set n :client_id + :clients * :round
                \\set round :round + 1
                \\set node :first_node + :n
                \\set from :first_user + :batch * (:n % :windows)
                """ + Pgbench.REPORT.formatted(StormBench.CLAIM + "\n" + Pgbench.LOCK).replace("END;", StormBench.ANSWER + "\nEND;");
        return Pgbench.run(script, FLOOR_CLIENTS, List.of("-t", String.valueOf(NODES / FLOOR_CLIENTS)),
                Map.of("round", 0, "first_node", nodes[0], "first_user", ids[0], "batch", STORM_BATCH, "windows", USERS / STORM_BATCH));
    }

    // --- jobs ----------------------------------------------------------------------------------

    /**
     * Each job is run by spanel's own job runner: its last boundary is moved back one period (and
     * that boundary's run record deleted), so the runner's next tick (at most 15 s) runs it again;
     * the time is the run's own started and finished times in job_runs.
     */
    static void jobs(long[] nodes) throws Exception {
        System.out.println("## Jobs at " + String.format(Locale.ROOT, "%,d", USERS) + " users, run by spanel's job runner\n");
        System.out.println("| job | work prepared | time | outcome |");
        System.out.println("|---|---|---|---|");
        sql("UPDATE users SET reset_day = extract(day FROM now() AT TIME ZONE 'UTC')::int, reset_since = now() - interval '20 days'",
                "DELETE FROM traffic_resets", "VACUUM ANALYZE users");
        rerun("traffic-reset", "1 day", "every user's reset day is today");
        rerun("plan-expiry", "1 minute", "nothing due");
        // The sweep drops the classes that ended by its boundary (the minute), not by the moment it runs.
        sql("UPDATE users SET class_expire = date_trunc('minute', now()) - interval '1 second' WHERE id % 100 = 0", "VACUUM ANALYZE users");
        rerun("plan-expiry", "1 minute", "1% of the users' classes ended");
        long start = System.nanoTime();
        int rows = sql("INSERT INTO traffic_hourly (user_id, node_id, hour_start, u, d, billed)"
                + " SELECT u.id, " + nodes[0] + " + u.id % " + NODES + ", date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
                + " - interval '8 days' + h * interval '1 hour', 1000, 5000, 6000"
                + " FROM users u, generate_series(0, " + (LOG_HOURS - 1) + ") h ON CONFLICT DO NOTHING", "VACUUM ANALYZE traffic_hourly");
        rerun("traffic-log", "1 day", String.format(Locale.ROOT, "%,d hourly rows 8 days old (every user on one node, %d hours;"
                + " inserted in %.1f s)", rows, LOG_HOURS, NodeBench.seconds(start)));
        System.out.println("\nAfter the jobs: " + rss() + "\n");
    }

    /** Statements in order; returns the first one's update count. */
    static int sql(String... statements) throws Exception {
        int first = -1;
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            for (String statement : statements) {
                int count = s.executeUpdate(statement);
                first = first < 0 ? count : first;
            }
        }
        return first;
    }

    static void rerun(String job, String period, String prepared) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC)) {
            waitForFirstRun(c, job);
            c.setAutoCommit(false);
            Timestamp since;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT now(), last_boundary FROM job_state WHERE name = '"
                    + job + "' FOR UPDATE")) {
                rs.next();
                since = rs.getTimestamp(1);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM job_runs WHERE job = ? AND boundary = ?")) {
                    delete.setString(1, job);
                    delete.setTimestamp(2, rs.getTimestamp(2));
                    delete.executeUpdate();
                }
                s.executeUpdate("UPDATE job_state SET last_boundary = last_boundary - interval '" + period + "' WHERE name = '" + job + "'");
            }
            c.commit();
            c.setAutoCommit(true);
            long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
            while (System.nanoTime() < deadline) {
                try (PreparedStatement p = c.prepareStatement("SELECT extract(epoch FROM finished_at - started_at), outcome FROM job_runs"
                        + " WHERE job = ? AND started_at >= ? ORDER BY started_at LIMIT 1")) {
                    p.setString(1, job);
                    p.setTimestamp(2, since);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            System.out.printf(Locale.ROOT, "| %s | %s | %.2f s | %s |%n", job, prepared, rs.getDouble(1), rs.getString(2));
                            return;
                        }
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(job + " did not run within 600 s; see job_state.last_error");
        }
    }

    /** The runner creates a job's row at its first tick (15 s after start); a rerun needs it. */
    static void waitForFirstRun(Connection c, String job) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM job_runs WHERE job = '" + job + "'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(job + " never ran");
    }

    // --- seeding and readings ------------------------------------------------------------------

    /**
     * USERS users eligible on every class-0 node, without ports (nodes other than single-port
     * Shadowsocks need none, and the port range holds fewer than 100,000), in one statement.
     */
    static long[] seedUsers() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("TRUNCATE users, nodes CASCADE");
            s.execute("INSERT INTO users (email, password_hash, class, class_expire, expire_in, transfer_enable, passwd,"
                    + " uuid, invite_code, node_speedlimit, node_iplimit)"
                    + " SELECT 'tier' || g || '@example.com', 'x', 1, now() + interval '365 days', now() + interval '365 days',"
                    + " 1099511627776, 'pw' || g, md5(g::text)::uuid::text, 'inv' || g, 0, 0"
                    + " FROM generate_series(1, " + USERS + ") g");
            s.execute("VACUUM ANALYZE users");
            long[] ids = new long[USERS];
            try (ResultSet rs = s.executeQuery("SELECT id FROM users ORDER BY id")) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
            if (ids[USERS - 1] - ids[0] != USERS - 1) {
                throw new IllegalStateException("user ids are not consecutive: the floor derives them from the first");
            }
            return ids;
        }
    }

    /** spanel's resident set now and its peak, from /proc. */
    static String rss() throws Exception {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + SERVER + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return String.format(Locale.ROOT, "spanel's RSS %d MiB (peak so far %d MiB)", rss / 1024, peak / 1024);
    }

    static double p(List<Long> nanos, int percentile) {
        return StormBench.percentile(nanos, percentile);
    }
}
