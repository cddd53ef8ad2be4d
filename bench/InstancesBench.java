import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several instances, run by bench/run instances [2|3]: that many spanel instances on one PostgreSQL
 * and Redis (all started before the benchmark), the load spread over one, then two, then three of
 * them in the same run. For each: small traffic reports and purchases with wrk (one process per
 * instance, at least two, 64 connections in all), then with a Java client whose every answer is
 * known (on nodes and users of its own), and the exactness afterwards in SQL: the Java client's
 * traffic applied equals what was answered 200, and the users', the nodes' and the hourly log's
 * sums agree; its purchases equal the purchases answered 200; every balance equals its ledger and
 * its purchases.
 * Environment: as ShopBench and NodeBench, BENCH_URLS and BENCH_SERVER_PIDS (comma-separated, from bench/run), BENCH_SECONDS (15).
 */
public class InstancesBench {

    static final List<String> URLS = List.of(System.getenv("BENCH_URLS").split(","));
    static final List<Long> PIDS = Arrays.stream(System.getenv("BENCH_SERVER_PIDS").split(",")).map(Long::parseLong).toList();
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final String KEY = System.getenv("MU_KEY");
    static final int CONNECTIONS = 64;
    static final int NODES = 64;
    static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "15"));
    static final int JAVA_SECONDS = 5;
    static final long START_MONEY = 100_000_000;
    /** A one-user report of bench/small-report.lua and of the Java client: u + d bytes. */
    static final long REPORT_BYTES = 1024 + 4096;

    record Row(int instances, String[] reports, String[] buys, long javaReports, String reportsExact, long javaBuys, String buysExact,
            double spanelCpu, double backendsCpu) {
    }

    public static void main(String[] args) throws Exception {
        long[] ids = ShopBench.seedUsers();
        long product = ShopBench.seedProduct();
        long[] nodes = new long[NODES];
        for (int i = 0; i < NODES; i++) {
            nodes[i] = NodeBench.node("instances-" + i, "1");
        }
        System.out.printf(Locale.ROOT, "%,d users, %d nodes, one product at %d fen; %d client connections in all, spread evenly over"
                + " the instances measured; after %d s of each on every instance, wrk %d s after %d s of warm-up, then the Java client %d s.%n%n",
                ids.length, NODES, ShopBench.PRICE_FEN, CONNECTIONS, SECONDS, SECONDS, 5, JAVA_SECONDS);
        // Every instance compiles both paths first (a panel that has been running has), so one instance is not measured colder.
        int half = NODES / 2;
        int share = ids.length / 2 / Math.max(2, URLS.size());
        wrk(URLS, "bench/small-report.lua", SECONDS, i -> List.of(String.valueOf(nodes[0]), String.valueOf(half), String.valueOf(ids[0]),
                String.valueOf(ids.length), KEY));
        wrk(URLS, "bench/shop-buy.lua", SECONDS, i -> List.of(String.valueOf(ids[0] + (long) i * share), String.valueOf(share),
                String.valueOf(product)));
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= URLS.size(); k++) {
            rows.add(measure(k, ids, nodes, product));
        }
        System.out.println("## " + URLS.size() + " instances on one PostgreSQL and Redis, against one in the same run\n");
        System.out.println("| instances | small reports/s (wrk) | p99 (slowest wrk) | × one | purchases/s (wrk) | p99 (slowest wrk) | × one"
                + " | Java client: reports/s, exact | purchases/s, exact | CPU in the reports' wrk run: spanel / database |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        Row one = rows.getFirst();
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %s | %.2f× | %,.0f | %s | %.2f× | %,.0f, %s | %,.0f, %s | %.1f s / %.1f s |%n",
                    r.instances(), Double.parseDouble(r.reports()[0]), r.reports()[1],
                    Double.parseDouble(r.reports()[0]) / Double.parseDouble(one.reports()[0]), Double.parseDouble(r.buys()[0]), r.buys()[1],
                    Double.parseDouble(r.buys()[0]) / Double.parseDouble(one.buys()[0]), r.javaReports() / (double) JAVA_SECONDS,
                    r.reportsExact(), r.javaBuys() / (double) JAVA_SECONDS, r.buysExact(), r.spanelCpu(), r.backendsCpu());
        }
        System.out.println("\nThe CPU columns are the time all spanel processes and all PostgreSQL backends of the database spent"
                + " in the " + SECONDS + " s wrk run of small reports (2 cores: at most " + 2 * SECONDS + " s together).");
        Totals.settled();
        System.out.println("Afterwards, over every phase: " + balances() + "\n");
    }

    static Row measure(int k, long[] ids, long[] nodes, long product) throws Exception {
        List<String> urls = URLS.subList(0, k);
        // wrk reports from the first half of the nodes and buys for the first half of the users, the Java
        // client the other halves: what wrk left in flight cannot blur the Java client's exactness.
        int half = NODES / 2;
        Totals before = Totals.read();
        wrk(urls, "bench/small-report.lua", 5, i -> List.of(String.valueOf(nodes[0]), String.valueOf(half), String.valueOf(ids[0]),
                String.valueOf(ids.length), KEY));
        double spanelBefore = spanelCpu();
        List<Long> backends = NodeBench.backendPids();
        double backendsBefore = backends.stream().mapToDouble(NodeBench::cpuSeconds).sum();
        String[] reports = wrk(urls, "bench/small-report.lua", SECONDS, i -> List.of(String.valueOf(nodes[0]), String.valueOf(half),
                String.valueOf(ids[0]), String.valueOf(ids.length), KEY));
        double spanelCpu = spanelCpu() - spanelBefore;
        double backendsCpu = NodeBench.backendPids().stream().filter(backends::contains).mapToDouble(NodeBench::cpuSeconds).sum()
                - backendsBefore;
        String javaNodes = "SELECT coalesce(sum(node_bandwidth), 0) FROM nodes WHERE id >= " + nodes[half];
        long javaNodesBefore = count(javaNodes);
        long javaReports = javaClient(urls, (url, random) -> report(url, nodes[half + random.nextInt(NODES - half)],
                ids[random.nextInt(ids.length)]));
        String reportsExact = exact(count(javaNodes) - javaNodesBefore, javaReports * REPORT_BYTES);
        Totals after = Totals.settled();
        reportsExact += "; users, nodes and hourly log agree: " + after.minus(before).agree();

        // Each wrk process walks its own share of the users (every request another user).
        int share = ids.length / 2 / Math.max(2, k);
        wrk(urls, "bench/shop-buy.lua", 5, i -> List.of(String.valueOf(ids[0] + (long) i * share), String.valueOf(share), String.valueOf(product)));
        String[] buys = wrk(urls, "bench/shop-buy.lua", SECONDS, i -> List.of(String.valueOf(ids[0] + (long) i * share), String.valueOf(share),
                String.valueOf(product)));
        String javaPurchases = "SELECT count(*) FROM purchases WHERE user_id >= " + ids[ids.length / 2];
        long purchasesBefore = count(javaPurchases);
        AtomicLong next = new AtomicLong();
        long javaBuys = javaClient(urls, (url, random) -> buy(url, ids[ids.length / 2 + (int) (next.getAndIncrement() % (ids.length / 2))],
                product));
        String buysExact = exact(count(javaPurchases) - purchasesBefore, javaBuys);
        return new Row(k, reports, buys, javaReports, reportsExact, javaBuys, buysExact, spanelCpu, backendsCpu);
    }

    // --- load ----------------------------------------------------------------------------------

    interface Arguments {
        List<String> of(int process);
    }

    /**
     * wrk on the instances: one process per instance and at least two (one thread each, as many
     * as the cores), 64 connections in all; returns the answers 200 per second of them all and the
     * slowest process's p99.
     */
    static String[] wrk(List<String> urls, String script, int seconds, Arguments arguments) throws Exception {
        int processes = Math.max(2, urls.size());
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            int connections = CONNECTIONS / processes + (i < CONNECTIONS % processes ? 1 : 0);
            List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                    "--latency", "-s", script,
                    urls.get(i % urls.size()), "--"));
            command.addAll(arguments.of(i));
            running.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        double ok = 0;
        double p99 = 0;
        String slowest = "";
        for (Process wrk : running) {
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor();
            double total = Double.parseDouble(NodeBench.find(output, "(\\d+) requests in"));
            double failed = output.contains("Non-2xx") ? Double.parseDouble(NodeBench.find(output, "Non-2xx or 3xx responses: (\\d+)")) : 0;
            ok += Double.parseDouble(NodeBench.find(output, "Requests/sec:\\s+([0-9.]+)")) * (total - failed) / total;
            String p = NodeBench.find(output, "\\s99%\\s+(\\S+)");
            if (millis(p) >= p99) {
                p99 = millis(p);
                slowest = p;
            }
        }
        return new String[] {String.valueOf(ok), slowest};
    }

    /** wrk's latency: "812.00us", "10.40ms", "1.20s". */
    static double millis(String latency) {
        double value = Double.parseDouble(latency.replaceAll("[a-z]+$", ""));
        return latency.endsWith("us") ? value / 1000 : latency.endsWith("ms") ? value : value * 1000;
    }

    interface Call {
        int send(String url, Random random) throws Exception;
    }

    /** CONNECTIONS threads, thread c on instance c mod k, for JAVA_SECONDS; returns the answers 200. */
    static long javaClient(List<String> urls, Call call) throws Exception {
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(JAVA_SECONDS).toNanos();
        try (var pool = Executors.newFixedThreadPool(CONNECTIONS)) {
            for (int c = 0; c < CONNECTIONS; c++) {
                String url = urls.get(c % urls.size());
                Random random = new Random(c);
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (call.send(url, random) == 200) {
                            ok.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return ok.get();
    }

    static int report(String url, long node, long user) throws Exception {
        String body = "{\"node_id\":" + node + ",\"data\":[{\"user_id\":" + user + ",\"u\":1024,\"d\":4096}]}";
        return NodeBench.HTTP.send(HttpRequest.newBuilder(URI.create(url + "/app/api/v0/node/traffic")).header("Key", KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int buy(String url, long user, long product) throws Exception {
        return NodeBench.HTTP.send(HttpRequest.newBuilder(URI.create(url + "/app/api/v0/user/buy")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ShopBench.token(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_id\":" + product + "}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static double spanelCpu() {
        return PIDS.stream().mapToDouble(NodeBench::cpuSeconds).sum();
    }

    // --- exactness -----------------------------------------------------------------------------

    /** Traffic as the users, the nodes' counters and the hourly log each hold it. */
    record Totals(long u, long d, long nodes, long hourly) {
        static Totals read() throws Exception {
            try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(sum(u), 0) FROM users), (SELECT coalesce(sum(d), 0) FROM users),"
                            + " (SELECT coalesce(sum(node_bandwidth), 0) FROM nodes), (SELECT coalesce(sum(u + d), 0) FROM traffic_hourly)")) {
                rs.next();
                return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }

        /** The totals once no report is still being applied (unchanged over a second). */
        static Totals settled() throws Exception {
            Totals last = read();
            for (Totals now; !(now = sleepThenRead()).equals(last); ) {
                last = now;
            }
            return last;
        }

        static Totals sleepThenRead() throws Exception {
            Thread.sleep(1_000);
            return read();
        }

        Totals minus(Totals before) {
            return new Totals(u - before.u, d - before.d, nodes - before.nodes, hourly - before.hourly);
        }

        String agree() {
            return u + d == nodes && nodes == hourly ? String.format(Locale.ROOT, "%,d bytes (yes)", nodes)
                    : String.format(Locale.ROOT, "NO: users %,d, nodes %,d, hourly %,d", u + d, nodes, hourly);
        }
    }

    static String exact(long actual, long expected) {
        return actual == expected ? "exact" : String.format(Locale.ROOT, "%,d applied, EXPECTED %,d", actual, expected);
    }

    static long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every balance is its start less its purchases, and equals its start plus its ledger rows. */
    static String balances() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE u.money <> " + START_MONEY + " + coalesce(l.delta, 0)),"
                        + " count(*) FILTER (WHERE u.money <> " + START_MONEY + " - " + ShopBench.PRICE_FEN + " * coalesce(p.n, 0)),"
                        + " coalesce(sum(p.n), 0)"
                        + " FROM users u LEFT JOIN (SELECT user_id, sum(delta) AS delta FROM balance_ledger GROUP BY user_id) l ON l.user_id = u.id"
                        + " LEFT JOIN (SELECT user_id, count(*) AS n FROM purchases GROUP BY user_id) p ON p.user_id = u.id")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d purchases; of %,d users, %d with a balance other than the start plus the ledger,"
                    + " %d with a balance other than the start less the purchases (both 0 when exact).", rs.getLong(4), rs.getLong(1),
                    rs.getLong(2), rs.getLong(3));
        }
    }
}
