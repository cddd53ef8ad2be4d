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
 * What durability costs on the embedded default: spanel on its H2 file database, once as it ships
 * (every commit written before it is answered) and once with H2's own default (commits kept in
 * memory up to half a second), each driven with one-user traffic reports, a commit each.
 * Run: bench/embedded [seconds per round] [client threads] [rounds]; bench/embedded size ... measures
 * the file's size instead (see {@link #size}).
 */
public class EmbeddedBench {

    static final String KEY = "bench-shared-key-0123456789abcdef";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("size")) {
            size(args);
            System.exit(0);
        }
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println("| round | durable (as shipped) reports/s | H2 default write delay reports/s | durable / delayed |");
        System.out.println("|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double durable = run(true, seconds, threads);
            double delayed = run(false, seconds, threads);
            ratios.add(durable / delayed);
            System.out.printf("| %d | %,.0f | %,.0f | %.0f%% |%n", round, durable, delayed, 100 * durable / delayed);
        }
        ratios.sort(null);
        System.out.printf("median ratio: %.0f%%%n", 100 * ratios.get(ratios.size() / 2));
        System.exit(0);
    }

    /**
     * How large the file gets under a long steady load: one-user traffic reports (a commit each) for
     * the given time, the file's size sampled as it runs. It shows whether the file stays bounded,
     * and near what. Run: bench/embedded size [minutes, 60] [client threads, 4] [sample seconds, 60]
     */
    static void size(String[] args) throws Exception {
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int sampleSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path dir = Files.createTempDirectory("spanel-embedded-size");
        Settings settings = Settings.from(Environment.of(Map.of("DATA_DIR", dir.toString(), "MU_KEY", KEY,
                "HTTP_HOST", "127.0.0.1", "HTTP_PORT", "0")));
        Path file = dir.resolve("spanel.mv.db");
        try (Application app = Application.start(settings)) {
            String base = "http://127.0.0.1:" + app.port() + "/app/api/v0";
            String body = reportBody(settings, base);
            long startSize = Files.size(file);
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            long end = start + (long) (minutes * 60e9);
            List<Thread> clients = load(base, body, threads, end, done);
            System.out.printf("# Embedded database size under steady load: %.1f min, %d client threads, file %.2f MB at start%n%n",
                    minutes, threads, startSize / 1e6);
            System.out.println("| elapsed s | reports | reports/s since last | spanel.mv.db MB |");
            System.out.println("|---|---|---|---|");
            long largest = startSize;
            long lastDone = 0;
            long lastAt = start;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(sampleSeconds * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                long now = System.nanoTime();
                long reports = done.get();
                long size = Files.size(file);
                largest = Math.max(largest, size);
                System.out.printf("| %d | %,d | %,.0f | %.2f |%n", (now - start) / 1_000_000_000L, reports,
                        (reports - lastDone) / ((now - lastAt) / 1e9), size / 1e6);
                lastDone = reports;
                lastAt = now;
            }
            for (Thread client : clients) {
                client.join();
            }
            System.out.printf("%n%,d reports (%,.0f/s); largest file seen %.2f MB, %.2f MB at the end of the load%n",
                    done.get(), done.get() / ((System.nanoTime() - start) / 1e9), largest / 1e6, Files.size(file) / 1e6);
        }
    }

    /** An admin, a node and a one-user report of one byte for it: what every round sends. */
    static String reportBody(Settings settings, String base) {
        long user = DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of("bench@example.com"),
                new Password("bench password 123"), true, Money.ZERO)).user().value();
        String token = field(post(base + "/auth/login", "{\"email\":\"bench@example.com\",\"password\":\"bench password 123\"}"),
                "access_token");
        String node = field(post(base + "/admin/nodes", "{\"name\":\"bench\",\"server\":\"bench.example.com\"}",
                "Authorization", "Bearer " + token), "id");
        return "{\"node_id\":" + node + ",\"data\":[{\"user_id\":" + user + ",\"u\":1,\"d\":0}]}";
    }

    /** Client threads posting the report back to back until {@code end}, counting the accepted ones in {@code done}. */
    static List<Thread> load(String base, String body, int threads, long end, AtomicLong done) {
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    if (post(base + "/node/traffic", body, "Key", KEY).contains("\"ret\":1")) {
                        done.incrementAndGet();
                    }
                }
            }));
        }
        return clients;
    }

    static double run(boolean durable, int seconds, int threads) throws Exception {
        Path dir = Files.createTempDirectory("spanel-embedded-bench");
        Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dir.toString(), "MU_KEY", KEY,
                "HTTP_HOST", "127.0.0.1", "HTTP_PORT", "0"));
        if (!durable) {
            // The embedded URL as it was before: no WRITE_DELAY=0.
            env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("spanel") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0");
        }
        Settings settings = Settings.from(Environment.of(env));
        try (Application app = Application.start(settings)) {
            String base = "http://127.0.0.1:" + app.port() + "/app/api/v0";
            String body = reportBody(settings, base);
            for (int i = 0; i < 200; i++) {
                post(base + "/node/traffic", body, "Key", KEY);
            }
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> clients = load(base, body, threads, end, done);
            for (Thread client : clients) {
                client.join();
            }
            return done.get() / (double) seconds;
        }
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
