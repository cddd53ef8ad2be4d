import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import spanel.application.admin.port.in.CreateUser;
import spanel.bootstrap.Application;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * What the embedded default (spanel on its H2 file database) does with writes: how many one-user
 * traffic reports a second it answers, and how large its file grows. Each answered report is in
 * the file before its answer, in both configurations measured:
 * as shipped (answered writes share store commits, at most one per 50 ms) and
 * one store commit per transaction (WRITE_DELAY=0, the embedded default before).
 * Run: bench/embedded [seconds per round] [client threads] [rounds]
 *      bench/embedded steady [minutes] [reports per second] [users] [per-commit minutes]
 */
public class EmbeddedBench {

    static final String KEY = "bench-shared-key-0123456789abcdef";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The embedded URL before shared store commits: H2 stored each transaction's commit itself. */
    static final String PER_COMMIT_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("steady")) {
            int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 60;
            int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
            int users = args.length > 3 ? Integer.parseInt(args[3]) : 100;
            int perCommitMinutes = args.length > 4 ? Integer.parseInt(args[4]) : 3;
            System.out.printf("Steady load: %d one-user reports/s over %d users%n%n", rate, users);
            System.out.println("| minute | as shipped: reports answered | file MB | one commit per transaction: reports answered | file MB |");
            System.out.println("|---|---|---|---|---|");
            List<String[]> shipped = steady(true, minutes, rate, users);
            List<String[]> perCommit = steady(false, Math.min(perCommitMinutes, minutes), rate, users);
            for (int m = 0; m < shipped.size(); m++) {
                String[] other = m < perCommit.size() ? perCommit.get(m) : new String[] {"", ""};
                System.out.printf("| %d | %s | %s | %s | %s |%n", m + 1, shipped.get(m)[0], shipped.get(m)[1], other[0], other[1]);
            }
            System.exit(0);
        }
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println("| round | as shipped: reports/s | file MB | one commit per transaction: reports/s | file MB | shipped / per-commit rate |");
        System.out.println("|---|---|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double[] shipped = run(true, seconds, threads);
            double[] perCommit = run(false, seconds, threads);
            ratios.add(shipped[0] / perCommit[0]);
            System.out.printf("| %d | %,.0f | %.1f | %,.0f | %.1f | %.0f%% |%n", round, shipped[0], shipped[1], perCommit[0],
                    perCommit[1], 100 * shipped[0] / perCommit[0]);
        }
        ratios.sort(null);
        System.out.printf("median ratio: %.0f%%%n", 100 * ratios.get(ratios.size() / 2));
        System.exit(0);
    }

    /** A fresh installation with a node and {@code users} users. */
    record Installation(Application app, Path dir, String base, String node, List<Long> users) implements AutoCloseable {

        static Installation start(boolean shipped, int users) throws Exception {
            Path dir = Files.createTempDirectory("spanel-embedded-bench");
            Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dir.toString(), "MU_KEY", KEY,
                    "HTTP_HOST", "127.0.0.1", "HTTP_PORT", "0"));
            if (!shipped) {
                env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("spanel") + PER_COMMIT_OPTIONS);
            }
            Settings settings = Settings.from(Environment.of(env));
            Application app = Application.start(settings);
            String base = "http://127.0.0.1:" + app.port() + "/app/api/v0";
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                ids.add(DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of("bench" + i + "@example.com"),
                        new Password("bench password 123"), i == 0, Money.ZERO)).user().value());
            }
            String token = field(post(base + "/auth/login", "{\"email\":\"bench0@example.com\",\"password\":\"bench password 123\"}"),
                    "access_token");
            String node = field(post(base + "/admin/nodes", "{\"name\":\"bench\",\"server\":\"bench.example.com\"}",
                    "Authorization", "Bearer " + token), "id");
            return new Installation(app, dir, base, node, ids);
        }

        boolean report() {
            long user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
            String body = "{\"node_id\":" + node + ",\"data\":[{\"user_id\":" + user + ",\"u\":1,\"d\":0}]}";
            return post(base + "/node/traffic", body, "Key", KEY).contains("\"ret\":1");
        }

        double fileMegabytes() throws Exception {
            return Files.size(dir.resolve("spanel.mv.db")) / 1e6;
        }

        @Override
        public void close() {
            app.close();
        }
    }

    /** Reports/s from {@code threads} clients for {@code seconds}, and the file's size at the end. */
    static double[] run(boolean shipped, int seconds, int threads) throws Exception {
        try (Installation spanel = Installation.start(shipped, 1)) {
            for (int i = 0; i < 200; i++) {
                spanel.report();
            }
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        if (spanel.report()) {
                            done.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            return new double[] {done.get() / (double) seconds, spanel.fileMegabytes()};
        }
    }

    /** {@code rate} reports a second, paced, for {@code minutes}: per minute, the reports answered so far and the file's size. */
    static List<String[]> steady(boolean shipped, int minutes, int rate, int users) throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (minutes <= 0) {
            return rows;
        }
        try (Installation spanel = Installation.start(shipped, users)) {
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            long end = start + minutes * 60_000_000_000L;
            int threads = 4;
            long gapNanos = threads * 1_000_000_000L / rate;
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long offset = t * gapNanos / threads;
                clients.add(Thread.ofPlatform().start(() -> {
                    long next = start + offset;
                    while (next < end) {
                        long sleep = next - System.nanoTime();
                        if (sleep > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(sleep);
                        }
                        if (spanel.report()) {
                            done.incrementAndGet();
                        }
                        // A slot missed while the answer took longer is skipped, not made up later.
                        next = Math.max(next + gapNanos, System.nanoTime());
                    }
                }));
            }
            for (int m = 1; m <= minutes; m++) {
                long at = start + m * 60_000_000_000L;
                while (System.nanoTime() < at) {
                    Thread.sleep(Math.max(1, (at - System.nanoTime()) / 1_000_000));
                }
                rows.add(new String[] {String.format("%,d", done.get()), String.format("%.1f", spanel.fileMegabytes())});
            }
            for (Thread client : clients) {
                client.join();
            }
        }
        return rows;
    }

    static String post(String url, String body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":") + name.length() + 3;
        int endAt = at;
        while (endAt < json.length() && ",}".indexOf(json.charAt(endAt)) < 0) {
            endAt++;
        }
        return json.substring(at, endAt).replace("\"", "");
    }
}
