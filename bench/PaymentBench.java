import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The payment-notify benchmark, run by bench/run payment against a spanel.jar with EPay configured:
 * verified EPay notifies on distinct unpaid orders (each one a full credit: payment event, guarded
 * order update, balance and ledger, commission for the inviter), the same notifies again (already
 * paid: acknowledged, nothing credited), and the credit transaction straight over JDBC as the
 * baseline. Environment: BENCH_URL, BENCH_JDBC, BENCH_EPAY_PID, BENCH_EPAY_KEY.
 */
public class PaymentBench {

    static final int USERS = 2_000;
    static final int JAVA_ORDERS = 4_000;
    static final int WRK_ORDERS = 40_000;
    static final int BASELINE_ORDERS = 4_000;
    static final int THREADS = 32;

    static final String URL = System.getenv("BENCH_URL");
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final String PID = System.getenv("BENCH_EPAY_PID");
    static final String KEY = System.getenv("BENCH_EPAY_KEY");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        seedUsers();
        System.out.println("## Payment notifies: verified EPay notifies (MD5), each order 10.00, inviter commission on\n");
        System.out.println("| scenario | load generator | notifies/s | p50 | p99 | answers |");
        System.out.println("|---|---|---|---|---|---|");
        long warm = seedOrders("warm", 1_000);
        send(notifyPaths("warm", warm, 1_000));
        long first = seedOrders("java", JAVA_ORDERS);
        List<String> paths = notifyPaths("java", first, JAVA_ORDERS);
        row("distinct orders", "Java HttpClient, " + THREADS + " threads", send(paths));
        row("the same notifies again", "Java HttpClient, " + THREADS + " threads", send(paths));
        if (wrkInstalled()) {
            long wrkFirst = seedOrders("wrk", WRK_ORDERS);
            Path file = Files.createTempFile("notify", ".txt");
            Files.write(file, notifyPaths("wrk", wrkFirst, WRK_ORDERS));
            String[] distinct = wrk(file, 10);
            int paid = paidOrders("wrk");
            System.out.printf(Locale.ROOT, "| distinct orders | wrk, 2 threads, %d connections | %s | %s | %s | %s; %,d orders paid |%n",
                    THREADS, distinct[0], distinct[1], distinct[2], distinct[3], paid);
            // Exactly the orders the first run paid, so every request of this run is a repeat.
            java.util.Set<String> paidTradeNos = paidTradeNos("wrk");
            Path paidFile = Files.createTempFile("notify-paid", ".txt");
            Files.write(paidFile, Files.readAllLines(file).stream()
                    .filter(line -> paidTradeNos.contains(line.replaceAll(".*out_trade_no=([^&]+).*", "$1"))).toList());
            String[] again = wrk(paidFile, 10);
            System.out.printf(Locale.ROOT, "| the same notifies again | wrk, 2 threads, %d connections | %s | %s | %s | %s |%n",
                    THREADS, again[0], again[1], again[2], again[3]);
        }
        long baseFirst = seedOrders("jdbc", BASELINE_ORDERS);
        System.out.printf(Locale.ROOT, "| baseline: the credit transaction over JDBC | %d connections | %,.0f | | | |%n%n",
                THREADS, baseline(baseFirst, BASELINE_ORDERS));
        System.out.printf(Locale.ROOT, "Balance = Σ ledger for every user afterwards: %s%n", ledgerMatches());
    }

    record Result(double perSecond, double p50, double p99, Map<String, Integer> answers) {
    }

    static void row(String scenario, String generator, Result r) {
        System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %.1f ms | %.1f ms | %s |%n", scenario, generator, r.perSecond(),
                r.p50(), r.p99(), r.answers());
    }

    // --- seeding -------------------------------------------------------------------------------

    static void seedUsers() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("TRUNCATE users CASCADE");
            s.execute("INSERT INTO users (email, password_hash, class_expire, expire_in, passwd, port, uuid, invite_code)"
                    + " SELECT 'pay' || g || '@example.com', 'x', now(), now() + interval '30 days', 'pw' || g,"
                    + " 10000 + g, md5(g::text)::uuid::text, 'inv' || g FROM generate_series(1, " + USERS + ") g");
            // Every second user was invited by the first one, so half the payments also pay a commission.
            s.execute("UPDATE users SET inviter_id = (SELECT min(id) FROM users) WHERE id % 2 = 0");
        }
    }

    /** Unpaid 10.00 EPay orders with trade numbers {prefix}-{i}; returns the first order's index. */
    static long seedOrders(String prefix, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("INSERT INTO topup_orders (user_id, tradeno, gateway, total)"
                    + " SELECT u.id, '" + prefix + "-' || g, 'epay', 1000"
                    + " FROM generate_series(1, " + count + ") g JOIN users u ON u.id = (SELECT min(id) FROM users) + g % "
                    + USERS);
            s.execute("ANALYZE topup_orders");
        }
        return 1;
    }

    static int paidOrders(String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM topup_orders WHERE status = 1 AND tradeno LIKE '" + prefix + "-%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static java.util.Set<String> paidTradeNos(String prefix) throws Exception {
        java.util.Set<String> paid = new java.util.HashSet<>();
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT tradeno FROM topup_orders WHERE status = 1 AND tradeno LIKE '" + prefix + "-%'")) {
            while (rs.next()) {
                paid.add(rs.getString(1));
            }
        }
        return paid;
    }

    static String ledgerMatches() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM users u WHERE u.money <> "
                        + "(SELECT coalesce(sum(delta), 0) FROM balance_ledger l WHERE l.user_id = u.id)")) {
            rs.next();
            return rs.getInt(1) == 0 ? "yes" : "NO (" + rs.getInt(1) + " users differ)";
        }
    }

    // --- notifies ------------------------------------------------------------------------------

    /** Signed GET notify paths, as an EPay platform sends them (sorted, no empties, MD5 over k=v&... + key). */
    static List<String> notifyPaths(String prefix, long first, int count) throws Exception {
        List<String> paths = new ArrayList<>(count);
        for (long i = first; i < first + count; i++) {
            Map<String, String> params = new TreeMap<>();
            params.put("pid", PID);
            params.put("trade_no", "gw-" + prefix + "-" + i);
            params.put("out_trade_no", prefix + "-" + i);
            params.put("type", "alipay");
            params.put("name", "top-up");
            params.put("money", "10.00");
            params.put("trade_status", "TRADE_SUCCESS");
            StringBuilder canonical = new StringBuilder();
            params.forEach((k, v) -> canonical.append(canonical.length() == 0 ? "" : "&").append(k).append('=').append(v));
            String sign = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((canonical + KEY).getBytes(StandardCharsets.UTF_8)));
            params.put("sign", sign);
            params.put("sign_type", "MD5");
            StringBuilder path = new StringBuilder("/app/api/v0/payment/notify/epay?");
            params.forEach((k, v) -> path.append(path.charAt(path.length() - 1) == '?' ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            paths.add(path.toString());
        }
        return paths;
    }

    static Result send(List<String> paths) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(paths);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> answers = new java.util.concurrent.ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    for (String path; (path = queue.poll()) != null; ) {
                        long begin = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(URL + path)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - begin);
                        answers.computeIfAbsent(response.statusCode() + " " + response.body(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> counted = new TreeMap<>();
        answers.forEach((k, v) -> counted.put(k, v.get()));
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Result(paths.size() / seconds, percentile(sorted, 50), percentile(sorted, 99), counted);
    }

    static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** wrk over the signed paths for some seconds: requests/s, p50, p99, and the non-2xx count. */
    static String[] wrk(Path file, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + THREADS, "-d" + seconds + "s", "--latency", "-s",
                "bench/notify-replay.lua", URL, "--", file.toString(), "2").redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        String failed = output.contains("Non-2xx") ? find(output, "Non-2xx or 3xx responses: (\\d+)") : "0";
        return new String[] {String.format(Locale.ROOT, "%,.0f", Double.parseDouble(find(output, "Requests/sec:\\s+([0-9.]+)"))),
                find(output, "\\s50%\\s+(\\S+)"), find(output, "\\s99%\\s+(\\S+)"), failed + " non-2xx"};
    }

    static String find(String text, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        return matcher.group(1);
    }

    // --- baseline ------------------------------------------------------------------------------

    /** The money part of a notify over JDBC: event, guarded order update, balance, ledger; one transaction. */
    static double baseline(long first, int count) throws Exception {
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
        for (long i = first; i < first + count; i++) {
            queue.add(i);
        }
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(JDBC);
                            PreparedStatement order = c.prepareStatement("UPDATE topup_orders SET status = 1, paid_at = now()"
                                    + " WHERE tradeno = ? AND status = 0 RETURNING id, user_id, total");
                            PreparedStatement event = c.prepareStatement("INSERT INTO payment_events (gateway, gateway_trade_no,"
                                    + " order_id, amount, payload) VALUES ('epay', ?, ?, ?, '')");
                            PreparedStatement credit = c.prepareStatement(
                                    "UPDATE users SET money = money + ? WHERE id = ? RETURNING money");
                            PreparedStatement ledger = c.prepareStatement("INSERT INTO balance_ledger (user_id, delta,"
                                    + " balance_after, source_type, source_id) VALUES (?, ?, ?, 'topup', ?)")) {
                        c.setAutoCommit(false);
                        for (Long i; (i = queue.poll()) != null; ) {
                            order.setString(1, "jdbc-" + i);
                            var o = order.executeQuery();
                            o.next();
                            long orderId = o.getLong(1);
                            long user = o.getLong(2);
                            long total = o.getLong(3);
                            event.setString(1, "gw-jdbc-" + i);
                            event.setLong(2, orderId);
                            event.setLong(3, total);
                            event.executeUpdate();
                            credit.setLong(1, total);
                            credit.setLong(2, user);
                            var b = credit.executeQuery();
                            b.next();
                            ledger.setLong(1, user);
                            ledger.setLong(2, total);
                            ledger.setLong(3, b.getLong(1));
                            ledger.setString(4, "jdbc-" + orderId);
                            ledger.executeUpdate();
                            c.commit();
                        }
                    }
                    return null;
                });
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    static double percentile(List<Long> sortedNanos, int p) {
        return sortedNanos.get(Math.min(sortedNanos.size() - 1, (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1)) / 1e6;
    }
}
