import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop benchmark, run by bench/run shop against a spanel.jar it started: purchases over HTTP
 * on distinct users and on one hot user, against their floor measured in the same run on the same
 * database: the statements spanel runs for a purchase, straight over JDBC ({@link #PURCHASE}).
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
        purchaseFloor(ids, product, Duration.ofSeconds(3)); // warm-up
        double baseline = purchaseFloor(ids, product, RUN);
        System.out.printf(Locale.ROOT, "| floor: the purchase's own statements (token read, then its transaction), JDBC, %d connections | %,.0f | | | | |%n%n",
                JDBC_CONNECTIONS, baseline);
        System.out.printf(Locale.ROOT, "Distinct users over HTTP reach %.0f%% (Java client) and %.0f%% (wrk) of the floor.%n",
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
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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

    /**
     * The statements spanel runs for a purchase of this product, in its order, as PostgreSQL's
     * statement log shows them (log_statement = all): the bearer token's read on its own, then one
     * transaction (the product, the guarded debit that returns the buyer it locked, the plan
     * granted, the purchase recorded, the buyer's notice choices and language, the notice, the
     * ledger row).
     */
    static final String[] PURCHASE = {
            "SELECT users.id, users.is_admin FROM access_tokens JOIN users ON users.id = access_tokens.user_id"
                    + " WHERE access_tokens.token_hash = ? AND access_tokens.expires_at > ? AND users.banned = false",
            "SELECT id, name, price, content, enabled, stock, created_at, updated_at FROM products WHERE id = ?",
            "UPDATE users SET money = money - ? WHERE id = ? AND money - ? >= 0"
                    + " RETURNING id, money, class, class_expire, expire_in, transfer_enable, node_speedlimit, node_iplimit, reset_day",
            "UPDATE users SET class = ?, class_expire = ?, expire_in = ?, transfer_enable = ?, node_speedlimit = ?,"
                    + " node_iplimit = ? WHERE id = ?",
            "INSERT INTO purchases (user_id, product_id, product_name, price, paid, coupon_code, granted)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            "SELECT r.language, r.telegram_chat_id, c.event, c.channel FROM (SELECT 1) AS one"
                    + " LEFT JOIN notice_recipients r ON r.user_id = ?"
                    + " LEFT JOIN notice_choices c ON c.user_id = ? AND c.enabled = false",
            "INSERT INTO notices (event, user_id, boundary, language, values_json, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING RETURNING id",
            "INSERT INTO balance_ledger (user_id, delta, balance_after, source_type, source_id, note) VALUES (?, ?, ?, ?, ?, ?)"};

    /**
     * The floor of a purchase: {@link #PURCHASE} over JDBC as prepared statements, with as many
     * connections as spanel's pool, for distinct users in turn as the HTTP side buys. Returns
     * purchases per second.
     */
    static double purchaseFloor(long[] ids, long product, Duration duration) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(JDBC_CONNECTIONS)) {
            for (int c = 0; c < JDBC_CONNECTIONS; c++) {
                pool.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(JDBC)) {
                        PreparedStatement[] st = new PreparedStatement[PURCHASE.length];
                        for (int i = 0; i < st.length; i++) {
                            st[i] = connection.prepareStatement(PURCHASE[i]);
                        }
                        while (System.nanoTime() < end) {
                            buyOnce(connection, st, ids[(int) (next.getAndIncrement() % ids.length)], product);
                            done.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void buyOnce(Connection connection, PreparedStatement[] st, long user, long product) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        connection.setAutoCommit(true);
        st[0].setString(1, sha256Hex(token(user)));
        st[0].setObject(2, now);
        read(st[0]);
        connection.setAutoCommit(false);
        st[1].setLong(1, product);
        read(st[1]);
        st[2].setLong(1, PRICE_FEN);
        st[2].setLong(2, user);
        st[2].setLong(3, PRICE_FEN);
        long balance;
        try (ResultSet rs = st[2].executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the floor ran out of balance");
            }
            balance = rs.getLong(2);
        }
        OffsetDateTime expiry = now.plusDays(30);
        st[3].setInt(1, 1);
        st[3].setObject(2, expiry);
        st[3].setObject(3, expiry);
        st[3].setLong(4, 1L << 30);
        st[3].setInt(5, 0);
        st[3].setInt(6, 0);
        st[3].setLong(7, user);
        st[3].executeUpdate();
        st[4].setLong(1, user);
        st[4].setLong(2, product);
        st[4].setString(3, "Bench monthly");
        st[4].setLong(4, PRICE_FEN);
        st[4].setLong(5, PRICE_FEN);
        st[4].setNull(6, java.sql.Types.VARCHAR);
        st[4].setString(7, "{\"traffic\":1,\"class\":1,\"class_expire\":30,\"expire_in\":30,\"reset_traffic\":false,"
                + "\"after\":{\"class\":1,\"class_expire\":" + expiry.toEpochSecond() + ",\"expire_in\":" + expiry.toEpochSecond()
                + ",\"transfer_enable\":1073741824,\"speedlimit\":0,\"iplimit\":0}}");
        long purchase;
        try (ResultSet rs = st[4].executeQuery()) {
            rs.next();
            purchase = rs.getLong(1);
        }
        st[5].setLong(1, user);
        st[5].setLong(2, user);
        read(st[5]);
        st[6].setString(1, "plan_bought");
        st[6].setLong(2, user);
        st[6].setString(3, "purchase:" + purchase);
        st[6].setString(4, "en");
        st[6].setString(5, "{\"class_expire\":\"" + expiry.toInstant() + "\",\"paid\":\"1.00\",\"plan\":\"Bench monthly\"}");
        st[6].setObject(6, now);
        read(st[6]);
        st[7].setLong(1, user);
        st[7].setLong(2, -PRICE_FEN);
        st[7].setLong(3, balance);
        st[7].setString(4, "purchase");
        st[7].setString(5, String.valueOf(purchase));
        st[7].setString(6, "purchase: Bench monthly");
        st[7].executeUpdate();
        connection.commit();
    }

    private static void read(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
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
