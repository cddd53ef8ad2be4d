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
 * Run: bench/embedded [seconds per round] [client threads] [rounds]
 */
public class EmbeddedBench {

    static final String KEY = "bench-shared-key-0123456789abcdef";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
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
            long user = DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of("bench@example.com"),
                    new Password("bench password 123"), true, Money.ZERO)).user().value();
            String token = field(post(base + "/auth/login", "{\"email\":\"bench@example.com\",\"password\":\"bench password 123\"}"),
                    "access_token");
            String node = field(post(base + "/admin/nodes", "{\"name\":\"bench\",\"server\":\"bench.example.com\"}",
                    "Authorization", "Bearer " + token), "id");
            String body = "{\"node_id\":" + node + ",\"data\":[{\"user_id\":" + user + ",\"u\":1,\"d\":0}]}";
            for (int i = 0; i < 200; i++) {
                post(base + "/node/traffic", body, "Key", KEY);
            }
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
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
