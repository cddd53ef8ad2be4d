import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The storm, run by bench/run storm: 300 nodes post a 1,000-user traffic report each at the same
 * moment, and every refused node sends the same report again (same report_id) after the Retry-After
 * it was given, as XrayR does. Measured: the time until every report is applied, against the raw
 * floor (pgbench applying the same 300 reports, claiming and answering their report ids as spanel
 * does; and again without the ids); refusals by status; connection failures; reports applied and
 * statements running second by second; and, while the storm lasts, the latency of a user page, an
 * admin page and /health, each polled at most once per 50 ms. At the end the totals are checked in
 * SQL against what the nodes sent. Every storm of NODES and every floor starts on vacuumed tables.
 * Environment: BENCH_URL, BENCH_JDBC, MU_KEY, BENCH_PG_* (see Pgbench).
 */
public class StormBench {

    static final int NODES = 300;
    static final int USERS = 10_000;
    static final int BATCH = 1_000;
    /** The ingest pool's connections (a quarter of DATABASE_POOL_SIZE=16): the floor gets as many. */
    static final int FLOOR_CLIENTS = 4;
    /** The other routes are polled during the storm at most once per this many milliseconds each. */
    static final long POLL_EVERY_MILLIS = 50;

    static final String URL = System.getenv("BENCH_URL");
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final String KEY = System.getenv("MU_KEY");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Totals(long u, long d, long bandwidth, long reports) {
        Totals minus(Totals before) {
            return new Totals(u - before.u, d - before.d, bandwidth - before.bandwidth, reports - before.reports);
        }
    }

    public static void main(String[] args) throws Exception {
        long[] ids = NodeBench.seed();
        long firstNode = nodes();
        long user = ids[0];
        String userToken = token(user, false);
        String adminToken = token(ids[1], true);
        List<Poll> polls = List.of(
                new Poll("GET /app/api/v0/user/info", "/app/api/v0/user/info", userToken),
                new Poll("GET /app/api/v0/admin/users", "/app/api/v0/admin/users?size=20", adminToken),
                new Poll("GET /health", "/health", null));

        // Warm-up, as in a panel that has been running: the JIT, both pools and the tables. Ten small
        // storms of 20 nodes, then whole storms with the pollers on, each on vacuumed tables as the
        // measured one, until one drains within 10% of the one before (at most five): the refusals
        // and the other routes are compiled too, not only the report path, and the pace the last
        // storm showed (which the first refusals' turns follow) is the pace of a storm like this one.
        for (int w = 0; w < 10; w++) {
            storm(firstNode, 20, "warm" + w, ids);
        }
        for (Poll poll : polls) {
            poll.idle(50);
        }
        List<Double> warmStorms = new ArrayList<>();
        for (int w = 0; w < 5 && !steady(warmStorms); w++) {
            vacuum();
            warmStorms.add(withPollers(polls, false, () -> storm(firstNode, NODES, "warm-storm" + warmStorms.size(), ids)).seconds());
        }

        vacuum();
        Totals before = totals();
        AtomicBoolean storming = new AtomicBoolean(true);
        DatabaseBusy busy = DatabaseBusy.sampleWhileTrue(storming);
        Storm storm = withPollers(polls, true, () -> storm(firstNode, NODES, "storm", ids));
        storming.set(false);
        busy.join();
        Totals applied = totals().minus(before);

        vacuum();
        Pgbench.Result floor = floor(firstNode, ids, true);
        vacuum();
        Pgbench.Result bareFloor = floor(firstNode, ids, false);

        System.out.printf(Locale.ROOT, "## Storm: %d nodes post a %,d-user report each at once (%,d rows), resending after Retry-After%n%n",
                NODES, BATCH, (long) NODES * BATCH);
        System.out.println("| | time until every report is applied | rows/s |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| spanel over HTTP | %.1f s | %,.0f |%n", storm.seconds(), NODES * BATCH / storm.seconds());
        System.out.printf(Locale.ROOT, "| **raw floor**: pgbench, the same %d reports with their report ids, %d connections | %.1f s | %,.0f |%n",
                NODES, FLOOR_CLIENTS, floor.seconds(), floor.tps() * BATCH);
        System.out.printf(Locale.ROOT, "| pgbench, the same reports without report ids | %.1f s | %,.0f |%n%n",
                bareFloor.seconds(), bareFloor.tps() * BATCH);
        System.out.printf(Locale.ROOT, "Warm-up storms of %d nodes (the first after ten of 20 nodes): %s s.%n%n", NODES,
                String.join(", ", warmStorms.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList()));
        System.out.printf(Locale.ROOT, "spanel drains in %.1f× the floor's time. The first answers: %s; every answer a node got: %s;"
                        + " connection failures (reset, refused, timed out): %d; reports sent per node: at most %d.%n",
                storm.seconds() / floor.seconds(), storm.firstAnswers(), storm.answers(), storm.failures(), storm.maxAttempts());
        System.out.printf(Locale.ROOT, "Time until the node's report was applied: p50 %.1f s, p99 %.1f s, max %.1f s.%n",
                storm.applied(50), storm.applied(99), storm.applied(100));
        System.out.printf(Locale.ROOT, "Retry-After of the first refusals (seconds: refusals): %s.%n%n", storm.firstRetryAfters());
        System.out.println("Second by second: reports applied, and statements running in the database (mean of samples every 100 ms;"
                + " the floor keeps " + FLOOR_CLIENTS + " running):\n");
        System.out.println("| second | " + String.join(" | ", storm.perSecond().keySet().stream().map(String::valueOf).toList()) + " |");
        System.out.println("|---" + "|---".repeat(storm.perSecond().size()) + "|");
        System.out.println("| applied | " + String.join(" | ", storm.perSecond().values().stream().map(String::valueOf).toList()) + " |");
        System.out.println("| running | " + String.join(" | ", storm.perSecond().keySet().stream()
                .map(s -> String.format(Locale.ROOT, "%.1f", busy.meanIn(storm.startNanos(), s))).toList()) + " |\n");
        long expectedU = 0;
        long expectedD = 0;
        for (int n = 0; n < NODES; n++) {
            for (int i = 0; i < BATCH; i++) {
                expectedU += u(n, i);
                expectedD += d(n, i);
            }
        }
        System.out.printf(Locale.ROOT, "Totals in SQL afterwards: users' u %s, users' d %s, the nodes' counters %s, reports recorded %s.%n%n",
                check(applied.u(), expectedU), check(applied.d(), expectedD), check(applied.bandwidth(), expectedU + expectedD),
                check(applied.reports(), NODES));

        System.out.println("### Other routes during the storm (polled by one client each, at most once per " + POLL_EVERY_MILLIS + " ms)\n");
        System.out.println("| route | requests | p50 idle | p50 storm | p99 storm | max storm | answers |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Poll poll : polls) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |%n", poll.label, poll.storm.size(),
                    percentile(poll.idle, 50), percentile(poll.storm, 50), percentile(poll.storm, 99),
                    percentile(poll.storm, 100), poll.answers);
        }
    }

    static String check(long actual, long expected) {
        return actual == expected ? String.format(Locale.ROOT, "%,d (exact)", actual)
                : String.format(Locale.ROOT, "%,d, EXPECTED %,d", actual, expected);
    }

    // --- the storm -----------------------------------------------------------------------------

    /** Node n's report: users of window n % 10, with increments of its own so that totals are checkable. */
    static long u(int node, int i) {
        return 1_000 + node * 7L + i;
    }

    static long d(int node, int i) {
        return 5_000 + node * 13L + i;
    }

    static String report(long nodeId, int n, long[] ids, String reportId) {
        StringBuilder body = new StringBuilder(BATCH * 48).append("{\"node_id\":").append(nodeId)
                .append(",\"report_id\":\"").append(reportId).append("\",\"data\":[");
        int from = (n % (USERS / BATCH)) * BATCH;
        for (int i = 0; i < BATCH; i++) {
            body.append(i > 0 ? "," : "").append("{\"user_id\":").append(ids[from + i]).append(",\"u\":").append(u(n, i))
                    .append(",\"d\":").append(d(n, i)).append('}');
        }
        return body.append("]}").toString();
    }

    record Storm(long startNanos, double seconds, Map<String, Integer> firstAnswers, Map<String, Integer> answers, int failures,
            int maxAttempts, List<Double> appliedAfter, Map<Integer, Integer> firstRetryAfters) {
        double applied(int p) {
            List<Double> sorted = appliedAfter.stream().sorted().toList();
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        /** Reports applied in each second of the storm, from its start. */
        Map<Integer, Integer> perSecond() {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int s = 0; s <= (int) seconds; s++) {
                counts.put(s, 0);
            }
            appliedAfter.forEach(t -> counts.merge((int) (double) t, 1, Integer::sum));
            return counts;
        }
    }

    /** Every node posts at the same moment and resends after Retry-After until its report is applied. */
    static Storm storm(long firstNode, int nodes, String round, long[] ids) throws Exception {
        return storm(nodes, node -> report(firstNode + node, node, ids, round + "-" + node));
    }

    /** As above, node n (0 … nodes - 1) posting {@code reports.apply(n)}. */
    static Storm storm(int nodes, IntFunction<String> reports) throws Exception {
        CountDownLatch ready = new CountDownLatch(nodes);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> first = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> all = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger maxAttempts = new AtomicInteger();
        ConcurrentLinkedQueue<Double> appliedAfter = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> firstRetryAfters = new ConcurrentHashMap<>();
        AtomicLong start = new AtomicLong();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < nodes; n++) {
                final int node = n;
                pool.submit(() -> {
                    String body = reports.apply(node);
                    Random jitter = new Random(node);
                    ready.countDown();
                    go.await();
                    for (int attempt = 1; ; attempt++) {
                        String answer;
                        long retryAfter;
                        try {
                            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/app/api/v0/node/traffic"))
                                    .timeout(Duration.ofSeconds(60)).header("Key", KEY).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            answer = String.valueOf(response.statusCode());
                            if (response.statusCode() == 200) {
                                if (attempt == 1) {
                                    count(first, answer);
                                }
                                count(all, answer);
                                appliedAfter.add((System.nanoTime() - start.get()) / 1e9);
                                maxAttempts.accumulateAndGet(attempt, Math::max);
                                return null;
                            }
                            if (response.statusCode() != 429 && response.statusCode() != 503) {
                                throw new IllegalStateException(response.statusCode() + " " + response.body());
                            }
                            if (response.headers().firstValue("Retry-After").isEmpty()) {
                                answer += " without Retry-After";
                            }
                            retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L) * 1000;
                            if (attempt == 1) {
                                firstRetryAfters.computeIfAbsent((int) (retryAfter / 1000), k -> new AtomicInteger()).incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            answer = e.getClass().getSimpleName();
                            failures.incrementAndGet();
                            retryAfter = 1_000 + jitter.nextInt(4_000);
                        }
                        if (attempt == 1) {
                            count(first, answer);
                        }
                        count(all, answer);
                        Thread.sleep(retryAfter);
                    }
                });
            }
            ready.await();
            start.set(System.nanoTime());
            go.countDown();
        }
        Map<Integer, Integer> retryAfters = new TreeMap<>();
        firstRetryAfters.forEach((k, v) -> retryAfters.put(k, v.get()));
        return new Storm(start.get(), (System.nanoTime() - start.get()) / 1e9, sorted(first), sorted(all), failures.get(), maxAttempts.get(),
                new ArrayList<>(appliedAfter), retryAfters);
    }

    static void count(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    static Map<String, Integer> sorted(Map<String, AtomicInteger> counts) {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted;
    }

    /** Whether the last two warm-up storms drained within 10% of each other. */
    static boolean steady(List<Double> seconds) {
        int n = seconds.size();
        return n >= 2 && Math.abs(seconds.get(n - 1) - seconds.get(n - 2)) <= 0.1 * seconds.get(n - 2);
    }

    interface StormRun {
        Storm run() throws Exception;
    }

    /** Runs the storm while every route is polled; the latencies are kept only when {@code measured}. */
    static Storm withPollers(List<Poll> polls, boolean measured, StormRun run) throws Exception {
        AtomicBoolean storming = new AtomicBoolean(true);
        List<Thread> pollers = polls.stream().map(p -> Thread.ofPlatform().start(() -> p.whileTrue(storming, measured))).toList();
        try {
            return run.run();
        } finally {
            storming.set(false);
            for (Thread poller : pollers) {
                poller.join();
            }
        }
    }

    /** A report id's claim and answer, as spanel runs them for a report that has one (in the storm, every report). */
    static final String CLAIM = "INSERT INTO traffic_reports (node_id, report_id, updated_count, total_traffic, applied_at)"
            + " VALUES (:node, 'floor-' || :n::bigint, 0, 0, now()) ON CONFLICT DO NOTHING;";
    static final String ANSWER = "UPDATE traffic_reports SET updated_count = :batch, total_traffic = 0"
            + " WHERE node_id = :node AND report_id = 'floor-' || :n::bigint;";

    /**
     * pgbench applies the same 300 reports (each node's window of users), each once, as
     * FLOOR_CLIENTS connections; with {@code reportIds}, each also claims and answers its report
     * id as spanel does.
     */
    static Pgbench.Result floor(long firstNode, long[] ids, boolean reportIds) throws Exception {
        String report = reportIds ? Pgbench.REPORT.formatted(CLAIM + "\n" + Pgbench.LOCK).replace("END;", ANSWER + "\nEND;")
                : Pgbench.REPORT.formatted(Pgbench.LOCK);
        String script = """
                \\set n :client_id + :clients * :round
                \\set round :round + 1
                \\set node :first_node + :n
                \\set from :first_user + :batch * (:n % :windows)
                """ + report;
        return Pgbench.run(script, FLOOR_CLIENTS, List.of("-t", String.valueOf(NODES / FLOOR_CLIENTS)),
                Map.of("round", 0, "first_node", firstNode, "first_user", ids[0], "batch", BATCH, "windows", USERS / BATCH));
    }

    /** How many statements the database is running, sampled every 100 ms from a connection of its own. */
    static final class DatabaseBusy {
        final Thread thread;
        /** Pairs of (System.nanoTime(), statements running). */
        final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();

        private DatabaseBusy(AtomicBoolean running) {
            thread = Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
                    while (running.get()) {
                        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND state = 'active' AND pid <> pg_backend_pid()")) {
                            rs.next();
                            samples.add(new long[] {System.nanoTime(), rs.getInt(1)});
                        }
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        static DatabaseBusy sampleWhileTrue(AtomicBoolean running) {
            return new DatabaseBusy(running);
        }

        void join() throws InterruptedException {
            thread.join();
        }

        /** The mean of the samples taken in that second after {@code start}. */
        double meanIn(long start, int second) {
            return samples.stream().filter(s -> (s[0] - start) / 1_000_000_000L == second && s[0] >= start)
                    .mapToLong(s -> s[1]).average().orElse(Double.NaN);
        }
    }

    // --- polling -------------------------------------------------------------------------------

    /** One client polling a route: its latencies before and during the storm. */
    static final class Poll {
        final String label;
        final String path;
        final String token;
        final List<Long> idle = new ArrayList<>();
        final List<Long> storm = new ArrayList<>();
        final Map<String, Integer> answers = new TreeMap<>();

        Poll(String label, String path, String token) {
            this.label = label;
            this.path = path;
            this.token = token;
        }

        void idle(int requests) {
            for (int i = 0; i < requests; i++) {
                idle.add(get(null));
            }
        }

        /**
         * One request every 50 ms at most (20 a second per route): a busy panel's pages, without
         * taking a core from the storm that the floor, run afterwards, would have to itself.
         */
        void whileTrue(AtomicBoolean running, boolean measured) {
            while (running.get()) {
                long nanos = get(measured ? answers : new TreeMap<>());
                if (measured) {
                    storm.add(nanos);
                }
                long millis = nanos / 1_000_000;
                if (millis < POLL_EVERY_MILLIS) {
                    try {
                        Thread.sleep(POLL_EVERY_MILLIS - millis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        long get(Map<String, Integer> answers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long start = System.nanoTime();
            String answer;
            try {
                answer = String.valueOf(HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (Exception e) {
                answer = e.getClass().getSimpleName();
            }
            long nanos = System.nanoTime() - start;
            if (answers != null) {
                answers.merge(answer, 1, Integer::sum);
            } else if (!answer.equals("200")) {
                throw new IllegalStateException(path + " answered " + answer + " before the storm");
            }
            return nanos;
        }
    }

    // --- seeding and checks --------------------------------------------------------------------

    /** NODES nodes at rate 1 (billed = reported); returns the first one's id (they are consecutive). */
    static long nodes() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("INSERT INTO nodes (name, traffic_rate, node_key_hash)"
                        + " SELECT 'storm-' || g, 1, md5(g::text) FROM generate_series(1, " + NODES + ") g RETURNING id")) {
            long first = Long.MAX_VALUE;
            long last = 0;
            while (rs.next()) {
                first = Math.min(first, rs.getLong(1));
                last = Math.max(last, rs.getLong(1));
            }
            if (last - first != NODES - 1) {
                throw new IllegalStateException("node ids are not consecutive");
            }
            return first;
        }
    }

    /** An access token for the user, stored as log-in stores it; an admin's when {@code admin}. */
    static String token(long user, boolean admin) throws Exception {
        String token = "storm-token-" + user;
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("UPDATE users SET is_admin = " + admin + " WHERE id = " + user);
            s.execute("INSERT INTO access_tokens (user_id, token_hash, expires_at) VALUES (" + user
                    + ", encode(sha256(convert_to('" + token + "', 'UTF8')), 'hex'), now() + interval '1 day')");
        }
        return token;
    }

    /**
     * Each whole storm and each floor starts from vacuumed tables, as autovacuum leaves them between storms.
     * A storm updates every user 30 times; without vacuuming, each phase would find the dead rows
     * of all the ones before it, and the admin page's count of users, polled during the storm,
     * would scan them all (about 100 ms a request after the warm-up storms, against 2 ms vacuumed).
     */
    static void vacuum() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE users, traffic_hourly, traffic_reports, nodes");
        }
    }

    static Totals totals() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT sum(u) FROM users), (SELECT sum(d) FROM users),"
                        + " (SELECT sum(node_bandwidth) FROM nodes), (SELECT count(*) FROM traffic_reports)")) {
            rs.next();
            return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }
}
