import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The node API benchmark, run by bench/run against a spanel.jar it started: traffic ingest against
 * baselines measured in the same run on the same warmed database with as many connections as
 * spanel's side (pgbench running spanel's own statements as the raw floor, one JDBC unnest statement
 * per batch, and row-by-row updates), small reports at 64 connections against pgbench running the
 * same transaction, and the 20,000-user list polled by 300 nodes.
 * Environment: BENCH_URL (spanel), BENCH_JDBC (the same database), MU_KEY, BENCH_PG_* (see Pgbench).
 */
public class NodeBench {

    static final int USERS = 10_000;
    static final int BATCH = 1_000;
    static final int SMALL_CONNECTIONS = 64;
    /** The connections spanel gives traffic reports: a quarter of DATABASE_POOL_SIZE, at least 2. */
    static final int INGEST_POOL = Math.max(2, Integer.parseInt(System.getenv().getOrDefault("BENCH_POOL", "16")) / 4);

    static final String URL = System.getenv("BENCH_URL");
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final String KEY = System.getenv("MU_KEY");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Arguments name the scenarios to run (ingest, small, large, list); none runs them all. */
    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        long[] ids = seed();
        if (only.isEmpty() || only.contains("ingest")) {
            ingest(ids);
        }
        if (only.isEmpty() || only.contains("small")) {
            smallReports(ids);
        }
        if (only.isEmpty() || only.contains("large")) {
            largeReports(ids);
        }
        if (only.isEmpty() || only.contains("list")) {
            userList(ids);
        }
    }

    /** Connections on each side of the ingest comparison: spanel gets two reporting nodes, every baseline two connections. */
    static final int INGEST_CONNECTIONS = 2;
    static final int INGEST_ROUNDS = 5;
    /** Reports spanel applies before the warm-up rounds, so that they measure compiled code. */
    static final int JIT_WARM_UP_REPORTS = 300;

    static void ingest(long[] ids) throws Exception {
        long[] nodes = new long[INGEST_CONNECTIONS];
        for (int n = 0; n < nodes.length; n++) {
            nodes[n] = node("bench-ingest-" + (n + 1), "1.5");
            if (n > 0 && nodes[n] != nodes[0] + n) {
                throw new IllegalStateException("the ingest nodes' ids are not consecutive: pgbench derives them from the first");
            }
        }
        String warm = warmUp(nodes, ids);
        System.out.println("## Traffic ingest: 1000-user reports (rows applied per second), " + INGEST_CONNECTIONS
                + " connections on every side\n");
        System.out.println("After " + JIT_WARM_UP_REPORTS + " reports to spanel, warm-up rounds until spanel's and the unnest baseline's rates held within 10% (spanel / unnest / pgbench): " + warm + "\n");
        System.out.println("| round | spanel over HTTP | pgbench (raw floor) | JDBC unnest, 1 statement / 1000 rows | JDBC row by row, autocommit | JDBC row by row, 1 transaction / 1000 rows | HTTP / pgbench | HTTP / unnest | HTTP / row by row (autocommit) | HTTP / row by row (1 transaction) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        List<double[]> rounds = new ArrayList<>();
        for (int round = 1; round <= INGEST_ROUNDS; round++) {
            double http = ingestOverHttp(nodes, ids, 40);
            double floor = ingestPgbench(nodes, ids, 40);
            double unnest = ingestUnnest(ids, 40);
            double autocommit = ingestRowByRow(ids, 2, true);
            double oneTransaction = ingestRowByRow(ids, 5, false);
            rounds.add(new double[] {http, floor, unnest, autocommit, oneTransaction});
            row(String.valueOf(round), http, floor, unnest, autocommit, oneTransaction);
        }
        double[] m = median(rounds);
        row("median", m[0], m[1], m[2], m[3], m[4]);
        double[] ratios = rounds.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%nspanel / pgbench round by round (each pair run back to back): %s; median %.0f%%%n%n",
                Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.0f%%", 100 * r)).toList(),
                100 * ratios[ratios.length / 2]);
    }

    static void row(String label, double http, double floor, double unnest, double autocommit, double oneTransaction) {
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.0f%% | %.0f%% | %.1f× | %.1f× |%n", label, http,
                floor, unnest, autocommit, oneTransaction, 100 * http / floor, 100 * http / unnest, http / autocommit,
                http / oneTransaction);
    }

    // --- seeding -------------------------------------------------------------------------------

    static long[] seed() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("TRUNCATE users, nodes CASCADE");
            s.execute("INSERT INTO users (email, password_hash, class, class_expire, expire_in, transfer_enable, passwd,"
                    + " port, uuid, invite_code, node_speedlimit, node_iplimit)"
                    + " SELECT 'bench' || g || '@example.com', 'x', 1, now() + interval '365 days', now() + interval '365 days',"
                    + " 1099511627776, 'pw' || g, 10000 + g, md5(g::text)::uuid::text, 'inv' || g, 0, 0"
                    + " FROM generate_series(1, " + USERS + ") g");
            s.execute("ANALYZE users");
            var rs = s.executeQuery("SELECT id FROM users ORDER BY id");
            long[] ids = new long[USERS];
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
            return ids;
        }
    }

    static long node(String name, String rate) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC);
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO nodes (name, traffic_rate, node_key_hash) VALUES (?, ?::numeric, ?) RETURNING id")) {
            p.setString(1, name);
            p.setString(2, rate);
            p.setString(3, sha256(name + "-key"));
            var rs = p.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- ingest --------------------------------------------------------------------------------

    static String report(long node, long[] ids, int from, int count, Random random) {
        StringBuilder body = new StringBuilder(count * 48).append("{\"node_id\":").append(node).append(",\"data\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"user_id\":").append(ids[(from + i) % ids.length]).append(",\"u\":").append(1_000 + random.nextInt(1 << 20))
                    .append(",\"d\":").append(5_000 + random.nextInt(1 << 22)).append('}');
        }
        return body.append("]}").toString();
    }

    /**
     * A freshly loaded table gets faster as it churns, and a freshly started JVM as it compiles the
     * report path: spanel first applies 300 reports (a panel that has been running has compiled
     * it), then every side is warmed on the same table until both spanel's and the unnest
     * baseline's rates stop climbing (within 10% of the round before, at most 8 rounds); returns
     * the rates seen.
     */
    static String warmUp(long[] nodes, long[] ids) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE users");
        }
        ingestOverHttp(nodes, ids, JIT_WARM_UP_REPORTS);
        StringBuilder seen = new StringBuilder();
        double previousHttp = 0;
        double previousUnnest = 0;
        for (int round = 1; round <= 8; round++) {
            double http = ingestOverHttp(nodes, ids, 20);
            double unnest = ingestUnnest(ids, 20);
            double floor = ingestPgbench(nodes, ids, 20);
            seen.append(String.format(Locale.ROOT, "%s%,.0f / %,.0f / %,.0f", round > 1 ? "; " : "", http, unnest, floor));
            if (Math.abs(unnest - previousUnnest) < 0.1 * unnest && Math.abs(http - previousHttp) < 0.1 * http) {
                break;
            }
            previousHttp = http;
            previousUnnest = unnest;
        }
        return seen.toString();
    }

    /** pgbench running spanel's statements for a 1000-user report (see Pgbench), as many connections as spanel's side. */
    static double ingestPgbench(long[] nodes, long[] ids, int reports) throws Exception {
        if (!Pgbench.installed()) {
            return Double.NaN;
        }
        Pgbench.Result result = Pgbench.run(Pgbench.INGEST, INGEST_CONNECTIONS,
                List.of("-t", String.valueOf(reports / INGEST_CONNECTIONS)),
                Map.of("first_node", nodes[0], "first_user", ids[0], "batch", BATCH, "windows", ids.length / BATCH));
        return result.tps() * BATCH;
    }

    /**
     * Two reporting nodes, each sending its reports one after another on a connection of its own,
     * node n the report windows n, n + nodes, … (as pgbench's clients): rows applied per second.
     */
    static double ingestOverHttp(long[] nodes, long[] ids, int reports) throws Exception {
        return ingestOverHttp(nodes, ids, reports, BATCH);
    }

    /** As above, with reports of {@code size} users. */
    static double ingestOverHttp(long[] nodes, long[] ids, int reports, int size) throws Exception {
        Random random = new Random(1);
        List<ConcurrentLinkedQueue<String>> queues = new ArrayList<>();
        for (long node : nodes) {
            queues.add(new ConcurrentLinkedQueue<>());
        }
        for (int r = 0; r < reports; r++) {
            int n = r % nodes.length;
            queues.get(n).add(report(nodes[n], ids, r * size, size, random));
        }
        AtomicLong applied = new AtomicLong();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(nodes.length)) {
            for (ConcurrentLinkedQueue<String> queue : queues) {
                pool.submit(() -> {
                    for (String body; (body = queue.poll()) != null; ) {
                        HttpResponse<String> response = post("/app/api/v0/node/traffic", body);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.body());
                        }
                        applied.addAndGet(size);
                    }
                    return null;
                });
            }
        }
        return applied.get() / seconds(start);
    }

    /** The same increments sent straight to PostgreSQL: one unnest statement per 1000 rows, on INGEST_CONNECTIONS connections. */
    static double ingestUnnest(long[] ids, int batches) throws Exception {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(INGEST_CONNECTIONS)) {
            for (int t = 0; t < INGEST_CONNECTIONS; t++) {
                Random random = new Random(2 + t);
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(JDBC); PreparedStatement p = c.prepareStatement(
                            "UPDATE users SET u = users.u + v.u, d = users.d + v.d, t = ?"
                                    + " FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS v(id, u, d) WHERE users.id = v.id")) {
                        for (long b; (b = next.getAndIncrement()) < batches; ) {
                            Long[] id = new Long[BATCH];
                            Long[] u = new Long[BATCH];
                            Long[] d = new Long[BATCH];
                            for (int i = 0; i < BATCH; i++) {
                                id[i] = ids[(int) ((b * BATCH + i) % ids.length)];
                                u[i] = 1_000L + random.nextInt(1 << 20);
                                d[i] = 5_000L + random.nextInt(1 << 22);
                            }
                            Arrays.sort(id);
                            p.setLong(1, System.currentTimeMillis() / 1000);
                            p.setArray(2, c.createArrayOf("bigint", id));
                            p.setArray(3, c.createArrayOf("bigint", u));
                            p.setArray(4, c.createArrayOf("bigint", d));
                            p.executeUpdate();
                        }
                    }
                    return null;
                });
            }
        }
        return (double) batches * BATCH / seconds(start);
    }

    /**
     * One UPDATE per row: committed one by one (the old panel's path, rows applied outside a
     * transaction), or one transaction per batch.
     */
    static double ingestRowByRow(long[] ids, int batches, boolean autocommit) throws Exception {
        Random random = new Random(3);
        try (Connection c = DriverManager.getConnection(JDBC);
                PreparedStatement p = c.prepareStatement("UPDATE users SET u = u + ?, d = d + ?, t = ? WHERE id = ?")) {
            c.setAutoCommit(autocommit);
            long start = System.nanoTime();
            for (int b = 0; b < batches; b++) {
                for (int i = 0; i < BATCH; i++) {
                    p.setLong(1, 1_000L + random.nextInt(1 << 20));
                    p.setLong(2, 5_000L + random.nextInt(1 << 22));
                    p.setLong(3, System.currentTimeMillis() / 1000);
                    p.setLong(4, ids[(b * BATCH + i) % ids.length]);
                    p.executeUpdate();
                }
                if (!autocommit) {
                    c.commit();
                }
            }
            return (double) batches * BATCH / seconds(start);
        }
    }

    // --- large reports -------------------------------------------------------------------------

    static final int LARGE_ROUNDS = 3;
    static final int LARGE_REPORTS = 10;

    /**
     * Reports of every one of the 10,000 users, from two nodes at once (so each waits for the
     * other's locks, on both sides), against pgbench running spanel's statements for the same
     * report (Pgbench.LARGE) with as many connections; rounds back to back, median ratio.
     */
    static void largeReports(long[] ids) throws Exception {
        long[] nodes = {node("bench-large-1", "1"), node("bench-large-2", "1")};
        if (nodes[1] != nodes[0] + 1 || !Pgbench.installed()) {
            System.out.println("Large reports need pgbench and consecutive node ids: not run.\n");
            return;
        }
        Map<String, Object> ranges = Map.of("first_node", nodes[0], "first_user", ids[0], "batch", ids.length);
        ingestOverHttp(nodes, ids, 6, ids.length); // warm-up
        Pgbench.run(Pgbench.LARGE, nodes.length, List.of("-t", "3"), ranges);
        System.out.printf(Locale.ROOT, "## Large reports: %,d users each, 2 nodes at once, %d reports a side a round%n%n", ids.length,
                LARGE_REPORTS);
        System.out.println("| round | spanel over HTTP, rows/s | floor: pgbench, spanel's statements, 2 clients, rows/s | spanel / floor |");
        System.out.println("|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= LARGE_ROUNDS; round++) {
            vacuum();
            double http = ingestOverHttp(nodes, ids, LARGE_REPORTS, ids.length);
            vacuum();
            Pgbench.Result floor = Pgbench.run(Pgbench.LARGE, nodes.length, List.of("-t", String.valueOf(LARGE_REPORTS / nodes.length)),
                    ranges);
            double floorRows = floor.tps() * ids.length;
            ratios.add(http / floorRows);
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %,.0f | %.0f%% |%n", round, http, floorRows, 100 * http / floorRows);
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "%nspanel / floor, median of %d rounds: **%.0f%%**%n%n", LARGE_ROUNDS, 100 * ratios.get(ratios.size() / 2));
    }

    /** What autovacuum would have done between rounds (this machine's PostgreSQL runs without it). */
    static void vacuum() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("VACUUM users, nodes, traffic_hourly");
        }
    }

    // --- small reports -------------------------------------------------------------------------

    /**
     * The HTTP connections of the small-report scenario: many nodes at once, then a real panel's
     * load; BENCH_SMALL_LOADS (e.g. "8") runs only some, as for a profile of one load.
     */
    static final int[] SMALL_LOADS = Arrays.stream(System.getenv().getOrDefault("BENCH_SMALL_LOADS", SMALL_CONNECTIONS + ",8")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    /** The batches spanel runs at once: half its ingest pool (GroupCommit's leaders). */
    static final int SMALL_LEADERS = Math.max(1, INGEST_POOL / 2);
    static final int SMALL_ROUNDS = 3;
    static final int SMALL_SECONDS = 15;

    /**
     * One-user reports from 64 nodes, at 64 and at 8 connections, against their batched floor:
     * pgbench running the transaction spanel runs for a batch (Pgbench.SMALL_BATCH), with as many
     * clients as spanel runs batches and batches as large as that load can make them (one report
     * per connection, shared between the batches). Beside it, the batch size spanel reached: the
     * reports answered per commit PostgreSQL counted in the same window.
     */
    static void smallReports(long[] ids) throws Exception {
        long[] nodes = new long[SMALL_CONNECTIONS];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = node("bench-small-" + i, "1");
        }
        if (!wrkInstalled() || !Pgbench.installed()) {
            System.out.println("Small reports need wrk and pgbench: not run.\n");
            return;
        }
        long server = serverPid();
        wrk(nodes, ids, SMALL_CONNECTIONS, SMALL_SECONDS); // warm-up: long enough for the JIT to compile the report path
        for (int connections : SMALL_LOADS) {
            int batch = Math.max(1, connections / SMALL_LEADERS);
            Map<String, Object> ranges = Map.of("first_node", nodes[0], "nodes", nodes.length, "first_user", ids[0],
                    "users", ids.length, "batch", batch);
            System.out.printf(Locale.ROOT, "## Small reports (1 user each), %d connections, %d nodes, %d s a side%n%n", connections,
                    nodes.length, SMALL_SECONDS);
            System.out.printf(Locale.ROOT, "Floor: pgbench running spanel's batch transaction, %d clients (the batches spanel runs at once),"
                    + " %d reports a batch (%d connections shared by %d batches), -M prepared, on the same tables right after spanel's round.%n%n",
                    SMALL_LEADERS, batch, connections, SMALL_LEADERS);
            System.out.println("| round | spanel (wrk, 2 threads) answered 200 per s | p50 | p99 | not 200 | reports per commit | JVM CPU per report | floor, reports per s | spanel / floor |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            Pgbench.run(Pgbench.SMALL_BATCH, SMALL_LEADERS, List.of("-t", "50"), ranges); // warm-up: a count, as connecting may take seconds
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= SMALL_ROUNDS; round++) {
                vacuum();
                long commits = commits();
                double cpu = cpuSeconds(server);
                String[] result = wrk(nodes, ids, connections, SMALL_SECONDS);
                double cpuUsed = cpuSeconds(server) - cpu;
                double answered = Double.parseDouble(result[0].replace(",", "")) * SMALL_SECONDS;
                double perCommit = answered / (commits() - commits);
                vacuum();
                Pgbench.Result floor = Pgbench.run(Pgbench.SMALL_BATCH, SMALL_LEADERS, List.of("-T", String.valueOf(SMALL_SECONDS)), ranges);
                double floorRate = floor.tps() * batch;
                double ratio = answered / SMALL_SECONDS / floorRate;
                ratios.add(ratio);
                System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s | %.1f | %.3f ms | %,.0f | %.0f%% |%n", round, result[0], result[1],
                        result[2], result[3], perCommit, cpuUsed / answered * 1000, floorRate, 100 * ratio);
            }
            Collections.sort(ratios);
            System.out.printf(Locale.ROOT, "%nspanel / floor, median of %d rounds: **%.0f%%**%n%n", SMALL_ROUNDS,
                    100 * ratios.get(ratios.size() / 2));
        }
    }

    /**
     * The transactions PostgreSQL has committed in this database. Its statistics reach the view at
     * most once a second per backend, hence the pause.
     */
    static long commits() throws Exception {
        Thread.sleep(1_500);
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs wrk with bench/small-report.lua; returns answers 200 per second, p50, p99 (of every answer) and answers not 200. */
    static String[] wrk(long[] nodes, long[] ids, int connections, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", "bench/small-report.lua", URL, "--", String.valueOf(nodes[0]), String.valueOf(nodes.length),
                String.valueOf(ids[0]), String.valueOf(ids.length), KEY).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        String rps = find(output, "Requests/sec:\\s+([0-9.]+)");
        String failed = output.contains("Non-2xx") ? find(output, "Non-2xx or 3xx responses: (\\d+)") : "0";
        double total = Double.parseDouble(find(output, "(\\d+) requests in"));
        double ok = Double.parseDouble(rps) * (total - Double.parseDouble(failed)) / total;
        return new String[] {String.format(Locale.ROOT, "%,.0f", ok),
                find(output, "\\s50%\\s+(\\S+)"), find(output, "\\s99%\\s+(\\S+)"), failed};
    }

    static String find(String text, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        return matcher.group(1);
    }

    // --- user list -----------------------------------------------------------------------------

    static final int LIST_USERS = 20_000;
    static final int LIST_NODES = 300;
    static final Duration POLL_INTERVAL = Duration.ofSeconds(60);
    static final int NOT_MODIFIED_WARM_UP = 500;
    static final int NOT_MODIFIED_MEASURED = 500;

    /**
     * 20,000 eligible users and 300 VMess nodes on mod_mu, as XrayR polls it. Latency: the full
     * list, and the 304 a node holding the current version gets, beside the raw eligibility query
     * and the generation read over JDBC on the same database. CPU: a pass in which every node gets
     * its full list, then one real polling interval (each node once, evenly over 60 s) in which
     * every node holds it; the CPU time spanel's process and its database backends spent per poll.
     */
    static void userList(long[] ids) throws Exception {
        int users = topUpUsers(LIST_USERS);
        long[] nodes = listNodes(LIST_NODES);
        String first = listPath(nodes[0]);
        String etag = get(first, null, true).headers().firstValue("ETag").orElseThrow();
        String v0 = "/app/api/v0/node/users?node_id=" + nodes[0];
        String v0Etag = get(v0, null, true).headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 10; i++) {
            touchListedUser(ids[0]);
            get(first, null, true);
            get(first, null, true);
            expect304(first, etag);
            rawColdList(nodes[0]);
            rawHeartbeat(nodes[0]);
        }
        etag = get(first, null, true).headers().firstValue("ETag").orElseThrow();
        v0Etag = get(v0, null, true).headers().firstValue("ETag").orElseThrow();
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> notModified = new ArrayList<>();
        List<Long> hashed = new ArrayList<>();
        List<Long> rawCold = new ArrayList<>();
        List<Long> heartbeat = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 50; i++) {
            // Cold: the first poll after a change to a listed user; warm: the next one, served from the kept listing.
            touchListedUser(ids[0]);
            long start = System.nanoTime();
            bytes = get(first, null, true).body().length;
            cold.add(System.nanoTime() - start);
            start = System.nanoTime();
            get(first, null, true);
            warm.add(System.nanoTime() - start);
            start = System.nanoTime();
            rawColdList(nodes[0]);
            rawCold.add(System.nanoTime() - start);
            start = System.nanoTime();
            rawHeartbeat(nodes[0]);
            heartbeat.add(System.nanoTime() - start);
        }
        touchListedUser(ids[0]);
        etag = get(first, null, true).headers().firstValue("ETag").orElseThrow();
        v0Etag = get(v0, null, true).headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            expect304(v0, v0Etag);
            hashed.add(System.nanoTime() - start);
        }
        // The 304 on its own, as a node holding its list meets it: after the JIT has compiled its path
        // (a few hundred calls), not right behind a 500 KB list whose garbage the collector is clearing.
        for (int i = 0; i < NOT_MODIFIED_WARM_UP; i++) {
            expect304(first, etag);
        }
        for (int i = 0; i < NOT_MODIFIED_MEASURED; i++) {
            long start = System.nanoTime();
            expect304(first, etag);
            notModified.add(System.nanoTime() - start);
        }
        System.out.println("## User list: " + users + " eligible users, " + LIST_NODES + " nodes, 50 requests each\n");
        System.out.println("load average before: " + loadAverage() + "\n");
        System.out.println("| request | p50 | p99 | floor: spanel's statements over JDBC, same run, p50 | p50 / floor |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| mod_mu full list, cold: first poll after a change (gzip, %,d bytes) | %.1f ms | %.1f ms | heartbeat + eligibility through a cursor: %.1f ms | %.1f× |%n",
                bytes, percentile(cold, 50), percentile(cold, 99), percentile(rawCold, 50), percentile(cold, 50) / percentile(rawCold, 50));
        System.out.printf(Locale.ROOT, "| mod_mu full list, warm: the kept listing (gzip) | %.1f ms | %.1f ms | heartbeat: %.2f ms | %.1f× |%n",
                percentile(warm, 50), percentile(warm, 99), percentile(heartbeat, 50), percentile(warm, 50) / percentile(heartbeat, 50));
        System.out.printf(Locale.ROOT, "| mod_mu If-None-Match → 304 (%d in a row, after %d) | %.2f ms | %.2f ms | heartbeat: %.2f ms | %.1f× |%n",
                NOT_MODIFIED_MEASURED, NOT_MODIFIED_WARM_UP, percentile(notModified, 50), percentile(notModified, 99), percentile(heartbeat, 50),
                percentile(notModified, 50) / percentile(heartbeat, 50));
        System.out.printf(Locale.ROOT, "| v0 list (ETag over the bytes) → 304, warm | %.1f ms | %.1f ms | heartbeat: %.2f ms | %.1f× |%n%n",
                percentile(hashed, 50), percentile(hashed, 99), percentile(heartbeat, 50), percentile(hashed, 50) / percentile(heartbeat, 50));

        String[] tags = new String[nodes.length];
        Polls firstPass = polls(nodes, tags, Duration.ZERO, 2);
        Polls heldPass = polls(nodes, tags, POLL_INTERVAL, 0);
        System.out.println("Polling: " + LIST_NODES + " nodes, each once per " + POLL_INTERVAL.toSeconds() + " s (" + LIST_NODES
                + " polls a minute). CPU time of spanel's process and of its PostgreSQL backends, per poll and as a share"
                + " of one core at that rate. The first pass hands every node its list (two at a time, unpaced); the"
                + " second is one real interval, paced, in which every node sends the ETag it got.\n");
        System.out.println("| pass | answers | p50 / p99 | wall time | spanel JVM per poll | backends per poll | share of one core at 300 polls / 60 s |");
        System.out.println("|---|---|---|---|---|---|---|");
        printPolls("every node gets the full list", firstPass);
        printPolls("every node holds the list", heldPass);
        System.out.println("\nload average after: " + loadAverage() + "\n");
    }

    record Polls(double serverCpu, double backendsCpu, long ok, long unchanged, long failed, double seconds, List<Long> latencies) {
    }

    static void printPolls(String name, Polls p) {
        long polls = p.ok() + p.unchanged() + p.failed();
        double perPoll = (p.serverCpu() + p.backendsCpu()) / polls;
        System.out.printf(Locale.ROOT, "| %s | %d × 200, %d × 304, %d other | %.1f ms / %.1f ms | %.1f s | %.2f ms | %.2f ms | %.1f%% (spanel %.1f%%) |%n",
                name, p.ok(), p.unchanged(), p.failed(), percentile(p.latencies(), 50), percentile(p.latencies(), 99), p.seconds(),
                1000 * p.serverCpu() / polls, 1000 * p.backendsCpu() / polls,
                100 * perPoll * LIST_NODES / POLL_INTERVAL.toSeconds(), 100 * p.serverCpu() / polls * LIST_NODES / POLL_INTERVAL.toSeconds());
    }

    /**
     * Each node polls once, sending the ETag it holds (none the first time) and keeping the one it
     * gets: spread evenly over {@code spread} on virtual threads, or, with no spread, as fast as
     * {@code parallel} threads go.
     */
    static Polls polls(long[] nodes, String[] tags, Duration spread, int parallel) throws Exception {
        long server = serverPid();
        List<Long> backends = backendPids();
        double serverBefore = cpuSeconds(server);
        double backendsBefore = backends.stream().mapToDouble(NodeBench::cpuSeconds).sum();
        AtomicLong ok = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long spacing = spread.toNanos() / nodes.length;
        long start = System.nanoTime();
        try (var pollers = parallel > 0 ? Executors.newFixedThreadPool(parallel) : Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < nodes.length; i++) {
                long due = start + i * spacing;
                while (System.nanoTime() < due) {
                    Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
                }
                int n = i;
                pollers.submit(() -> {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> reply = get(listPath(nodes[n]), tags[n], true);
                    latencies.add(System.nanoTime() - sent);
                    switch (reply.statusCode()) {
                        case 200 -> ok.incrementAndGet();
                        case 304 -> unchanged.incrementAndGet();
                        default -> failed.incrementAndGet();
                    }
                    reply.headers().firstValue("ETag").ifPresent(tag -> tags[n] = tag);
                    return null;
                });
            }
            while (System.nanoTime() < start + spread.toNanos()) {
                Thread.sleep(50);
            }
        }
        double seconds = seconds(start);
        double serverCpu = cpuSeconds(server) - serverBefore;
        double backendsCpu = backendPids().stream().filter(backends::contains).mapToDouble(NodeBench::cpuSeconds).sum() - backendsBefore;
        return new Polls(serverCpu, backendsCpu, ok.get(), unchanged.get(), failed.get(), seconds, List.copyOf(latencies));
    }

    static String listPath(long node) {
        return "/mod_mu/users?key=" + KEY + "&node_id=" + node;
    }

    static void expect304(String path, String etag) throws Exception {
        int status = get(path, etag, true).statusCode();
        if (status != 304) {
            throw new IllegalStateException("expected 304 from " + path + ", got " + status);
        }
    }

    /** Adds users like the seed's until there are {@code total}, all eligible on a class-0 node. */
    static int topUpUsers(int total) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM users");
            rs.next();
            int have = rs.getInt(1);
            s.execute("INSERT INTO users (email, password_hash, class, class_expire, expire_in, transfer_enable, passwd,"
                    + " port, uuid, invite_code, node_speedlimit, node_iplimit)"
                    + " SELECT 'bench' || g || '@example.com', 'x', 1, now() + interval '365 days', now() + interval '365 days',"
                    + " 1099511627776, 'pw' || g, 10000 + g, md5(g::text)::uuid::text, 'inv' || g, 0, 0"
                    + " FROM generate_series(" + (have + 1) + ", " + total + ") g");
            s.execute("ANALYZE users");
            return Math.max(have, total);
        }
    }

    static long[] listNodes(int count) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            var rs = s.executeQuery("INSERT INTO nodes (name, traffic_rate, sort, node_key_hash)"
                    + " SELECT 'bench-list-' || g, 1, 11, md5('bench-list-' || g) FROM generate_series(1, " + count + ") g"
                    + " RETURNING id");
            long[] ids = new long[count];
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
            return ids;
        }
    }

    /**
     * What spanel runs for a mod_mu list, as PostgreSQL's statement log shows it: every poll the
     * node's heartbeat, which returns the list's generation; when the generation is one spanel has
     * not listed, the eligibility query (a class-0, group-0 node) in a transaction, read through a
     * cursor 500 rows at a time.
     */
    static final String HEARTBEAT = "UPDATE nodes SET node_heartbeat = ? FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async"
            + " WHERE nodes.id = ? AND nodes.enabled = true RETURNING nodes.*, (SELECT sum(generation) FROM user_list_generations)";
    static final String ELIGIBILITY = "SELECT id, email, passwd, port, method, protocol, protocol_param, obfs, obfs_param, uuid,"
            + " t, u, d, transfer_enable, class, node_group, node_speedlimit, node_iplimit, enable, switch_on, expire_in,"
            + " class_expire FROM users WHERE enable = true AND switch_on = true AND banned = false AND expire_in > ?"
            + " AND u < transfer_enable - d AND CASE WHEN class_expire > ? THEN class ELSE 0 END >= ? AND (? = 0 OR node_group = ?)"
            + " ORDER BY id";

    static Connection baseline;

    static synchronized Connection baseline() throws Exception {
        if (baseline == null) {
            baseline = DriverManager.getConnection(JDBC);
        }
        return baseline;
    }

    /** A warm poll's statement: the heartbeat and the generation. */
    static void rawHeartbeat(long node) throws Exception {
        try (PreparedStatement s = baseline().prepareStatement(HEARTBEAT)) {
            s.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            s.setLong(2, node);
            try (var rs = s.executeQuery()) {
                rs.next();
            }
        }
    }

    /** A cold poll's statements: the heartbeat, then every eligible user through a cursor in a transaction. */
    static void rawColdList(long node) throws Exception {
        rawHeartbeat(node);
        Connection c = baseline();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(ELIGIBILITY)) {
            var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            s.setObject(1, now);
            s.setObject(2, now);
            s.setInt(3, 0);
            s.setInt(4, 0);
            s.setInt(5, 0);
            s.setFetchSize(500);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 22; i++) {
                        rs.getObject(i);
                    }
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Changes a listed column of one user, so the next poll of every node finds a new generation. */
    static void touchListedUser(long user) throws Exception {
        try (Statement s = baseline().createStatement()) {
            s.executeUpdate("UPDATE users SET node_speedlimit = 1 - node_speedlimit WHERE id = " + user);
        }
    }

    /** spanel's process: the java running spanel.jar with this benchmark's HTTP_PORT. */
    static long serverPid() throws Exception {
        String port = "HTTP_PORT=" + URI.create(URL).getPort();
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = java.nio.file.Files.readString(dir.resolve("cmdline"));
                    String environ = java.nio.file.Files.readString(dir.resolve("environ"));
                    if (cmdline.contains("spanel.jar") && Arrays.asList(environ.split("\0")).contains(port)) {
                        return Long.parseLong(dir.getFileName().toString());
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException gone) {
                    // another user's process, or one that ended while we looked
                }
            }
        }
        throw new IllegalStateException("no spanel.jar process with " + port);
    }

    /** The PostgreSQL backends serving this database, other than the benchmark's own. */
    static List<Long> backendPids() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (Statement s = baseline().createStatement(); var rs = s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        }
        return pids;
    }

    /** User plus system CPU time of a process, from /proc (clock ticks of 1/100 s). */
    static double cpuSeconds(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    static String loadAverage() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }

    // --- helpers -------------------------------------------------------------------------------

    static HttpResponse<String> post(String path, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(URL + path)).header("Key", KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> get(String path, String etag, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).header("Key", KEY);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static double[] median(List<double[]> rounds) {
        double[] median = new double[rounds.getFirst().length];
        for (int i = 0; i < median.length; i++) {
            final int column = i;
            double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
            median[i] = values[values.length / 2];
        }
        return median;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
