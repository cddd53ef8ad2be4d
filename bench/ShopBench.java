import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop benchmark, run by bench/run shop against a spanel.jar it started: purchases over HTTP
 * on distinct users and on one hot user, against a baseline measured in the same run on the same
 * database (the guarded debit and the ledger insert straight over JDBC, one transaction each).
 * Users are seeded with SQL, each with an access token whose SHA-256 is stored as login would.
 * Environment: BENCH_URL (spanel), BENCH_JDBC (the same database).
 */
public class ShopBench {

    static final int USERS = 20_000;
    static final int CONNECTIONS = 64;
    static final int JDBC_CONNECTIONS = 16;
    static final long PRICE_FEN = 100;
    static final Duration RUN = Duration.ofSeconds(15);

    static final String URL = System.getenv("BENCH_URL");
    static final String JDBC = System.getenv("BENCH_JDBC");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One finished request: its status and how long it took. */
    record Call(int status, long nanos, long endedAt) {
    }

    public static void main(String[] args) throws Exception {
        long[] ids = seedUsers();
        long product = seedProduct();
        System.out.printf(Locale.ROOT, "%,d users, one product at %d fen, %d client connections, %d s per run%n%n",
                USERS, PRICE_FEN, CONNECTIONS, RUN.toSeconds());
        buyOverHttp(ids, product, Duration.ofSeconds(5)); // warm-up: JIT, pools, caches

        System.out.println("## Purchases (POST /app/api/v0/user/buy)\n");
        System.out.println("| scenario | purchases/s (200) | 409/s | p50 ms | p99 ms | other answers |");
        System.out.println("|---|---|---|---|---|---|");
        List<Call> distinct = buyOverHttp(ids, product, RUN);
        row("distinct users, over HTTP (Java HttpClient, " + CONNECTIONS + " threads)", distinct);
        double wrkRate = 0;
        if (wrkInstalled()) {
            wrk(ids, product, 3);
            String[] result = wrk(ids, product, (int) RUN.toSeconds());
            wrkRate = Double.parseDouble(result[0]);
            System.out.printf(Locale.ROOT, "| distinct users, over HTTP (wrk, 2 threads, %d connections) | %,.0f | | %s | %s | %s |%n",
                    CONNECTIONS, wrkRate, result[1], result[2], result[3]);
        }
        long hot = hotUser();
        long hotStart = System.nanoTime();
        List<Call> hotCalls = buyOverHttp(new long[] {hot}, product, RUN);
        row("one hot user (balance for 500), over HTTP", hotCalls);
        long lastBought = hotCalls.stream().filter(c -> c.status() == 200).mapToLong(Call::endedAt).max().orElse(hotStart);
        double baseline = baselineOverJdbc(ids, RUN);
        System.out.printf(Locale.ROOT, "| baseline: guarded debit + ledger insert, JDBC, %d connections | %,.0f | | | | |%n%n",
                JDBC_CONNECTIONS, baseline);
        System.out.printf(Locale.ROOT, "Distinct users over HTTP reach %.0f%% (Java client) and %.0f%% (wrk) of the JDBC baseline.%n",
                100 * count(distinct, 200) / RUN.toSeconds() / baseline, 100 * wrkRate / baseline);
        System.out.printf(Locale.ROOT, "The hot user's 500 purchases, queued on one row, took %.2f s: %,.0f purchases/s"
                + " while the balance lasted.%n", (lastBought - hotStart) / 1e9, count(hotCalls, 200) / ((lastBought - hotStart) / 1e9));
        check(hot, count(hotCalls, 200));
    }

    static void row(String label, List<Call> calls) {
        List<Long> ok = calls.stream().filter(c -> c.status() == 200).map(Call::nanos).toList();
        List<Long> conflict = calls.stream().filter(c -> c.status() == 409).map(Call::nanos).toList();
        long other = calls.size() - ok.size() - conflict.size();
        String p50 = ok.isEmpty() ? "-" : format(percentile(ok, 50));
        String p99 = ok.isEmpty() ? "-" : format(percentile(ok, 99));
        if (!conflict.isEmpty()) {
            p50 += " (409: " + format(percentile(conflict, 50)) + ")";
            p99 += " (409: " + format(percentile(conflict, 99)) + ")";
        }
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s | %d |%n", label,
                ok.size() / (double) RUN.toSeconds(), conflict.size() / (double) RUN.toSeconds(), p50, p99, other);
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    static double count(List<Call> calls, int status) {
        return calls.stream().filter(c -> c.status() == status).count();
    }

    // --- HTTP ----------------------------------------------------------------------------------

    /** CONNECTIONS clients buy for {@code users} in turn until the time is up. */
    static List<Call> buyOverHttp(long[] users, long product, Duration duration) throws Exception {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        String body = "{\"shop_id\":" + product + "}";
        long end = System.nanoTime() + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(CONNECTIONS)) {
            for (int c = 0; c < CONNECTIONS; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long user = users[(int) (next.getAndIncrement() % users.length)];
                        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/app/api/v0/user/buy"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token(user))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        long ended = System.nanoTime();
                        calls.add(new Call(response.statusCode(), ended - start, ended));
                    }
                    return null;
                });
            }
        }
        return new ArrayList<>(calls);
    }

    static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** wrk with bench/shop-buy.lua, every request another user; returns purchases/s, p50, p99 and non-2xx answers. */
    static String[] wrk(long[] ids, long product, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
                "-s", "bench/shop-buy.lua", URL, "--", String.valueOf(ids[0]), String.valueOf(ids.length),
                String.valueOf(product)).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        wrk.waitFor();
        String failed = output.contains("Non-2xx") ? find(output, "Non-2xx or 3xx responses: (\\d+)") : "0";
        return new String[] {find(output, "Requests/sec:\\s+([0-9.]+)"), find(output, "\\s50%\\s+(\\S+)"),
                find(output, "\\s99%\\s+(\\S+)"), failed};
    }

    static String find(String text, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        return matcher.group(1);
    }

    // --- baseline ------------------------------------------------------------------------------

    /** The money part of a purchase and nothing else: one guarded UPDATE and one INSERT per transaction. */
    static double baselineOverJdbc(long[] ids, Duration duration) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(JDBC_CONNECTIONS)) {
            for (int c = 0; c < JDBC_CONNECTIONS; c++) {
                pool.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(JDBC);
                            PreparedStatement debit = connection.prepareStatement(
                                    "UPDATE users SET money = money - ? WHERE id = ? AND money >= ? RETURNING money");
                            PreparedStatement book = connection.prepareStatement("INSERT INTO balance_ledger"
                                    + " (user_id, delta, balance_after, source_type, source_id, note) VALUES (?, ?, ?, 'purchase', ?, 'bench')")) {
                        connection.setAutoCommit(false);
                        while (System.nanoTime() < end) {
                            long n = next.getAndIncrement();
                            long user = ids[(int) (n % ids.length)];
                            debit.setLong(1, PRICE_FEN);
                            debit.setLong(2, user);
                            debit.setLong(3, PRICE_FEN);
                            try (ResultSet rs = debit.executeQuery()) {
                                if (!rs.next()) {
                                    throw new IllegalStateException("the baseline ran out of balance");
                                }
                                book.setLong(1, user);
                                book.setLong(2, -PRICE_FEN);
                                book.setLong(3, rs.getLong(1));
                                book.setString(4, "baseline-" + n);
                                book.executeUpdate();
                            }
                            connection.commit();
                            done.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    // --- seeding and checks --------------------------------------------------------------------

    static String token(long user) {
        return "bench-token-" + user;
    }

    static long[] seedUsers() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement()) {
            s.execute("TRUNCATE users, products, coupons CASCADE");
            s.execute("INSERT INTO users (email, password_hash, money, class, class_expire, expire_in, transfer_enable, passwd,"
                    + " port, uuid, invite_code)"
                    + " SELECT 'shop' || g || '@example.com', 'x', 100000000, 0, now(), now(), 0, 'pw' || g, 10000 + g,"
                    + " md5(g::text)::uuid::text, 'inv' || g FROM generate_series(1, " + USERS + ") g");
            s.execute("INSERT INTO access_tokens (user_id, token_hash, expires_at)"
                    + " SELECT id, encode(sha256(convert_to('bench-token-' || id, 'UTF8')), 'hex'), now() + interval '1 day'"
                    + " FROM users");
            s.execute("ANALYZE users");
            s.execute("ANALYZE access_tokens");
            var rs = s.executeQuery("SELECT id FROM users ORDER BY id");
            long[] ids = new long[USERS];
            int i = 0;
            while (rs.next()) {
                ids[i++] = rs.getLong(1);
            }
            return ids;
        }
    }

    static long seedProduct() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("INSERT INTO products (name, price, content) VALUES ('Bench monthly', "
                        + PRICE_FEN + ", '{\"traffic\":1,\"class\":1,\"class_expire\":30,\"expire_in\":30}') RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A user of its own with balance for exactly 500 purchases. */
    static long hotUser() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("INSERT INTO users (email, password_hash, money, class_expire, expire_in, passwd,"
                        + " port, uuid, invite_code) VALUES ('hot@example.com', 'x', " + 500 * PRICE_FEN + ", now(), now(),"
                        + " 'pw', 9999, md5('hot')::uuid::text, 'invhot') RETURNING id")) {
            rs.next();
            long id = rs.getLong(1);
            s.execute("INSERT INTO access_tokens (user_id, token_hash, expires_at) VALUES (" + id
                    + ", encode(sha256(convert_to('bench-token-" + id + "', 'UTF8')), 'hex'), now() + interval '1 day')");
            return id;
        }
    }

    /** The hot user bought exactly 500 times, never went below zero, and each purchase has one ledger row. */
    static void check(long hot, double succeeded) throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT money, (SELECT count(*) FROM purchases WHERE user_id = " + hot + "),"
                        + " (SELECT count(*) FROM balance_ledger WHERE user_id = " + hot + ") FROM users WHERE id = " + hot)) {
            rs.next();
            System.out.printf(Locale.ROOT, "Hot user afterwards: balance %d fen, %d purchases, %d ledger rows, %.0f answers 200"
                    + " (expected 0, 500, 500, 500).%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), succeeded);
        }
    }

    static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
