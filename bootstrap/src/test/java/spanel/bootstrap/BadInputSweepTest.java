package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.DefaultSchema;
import spanel.adapter.persistence.testing.TestDatabase;

/**
 * Bad input against every route of the route table, on the assembled service (PostgreSQL with
 * Redis, H2 in-process): a body of null and other wrong shapes, each field the API reads given the
 * wrong JSON type or a NUL character, a body over the limit, a body declared as another type, ids
 * in non-ASCII digits and NUL characters in the path and the query. Nothing may answer 5xx, and the
 * database must be exactly as it was after each route. The routes come from the application's own
 * route table, so a route added later is swept too.
 */
class BadInputSweepTest extends EndToEndTest {

    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");
    private static final String NON_ASCII_ONE = "%EF%BC%91";
    private static final int OVER_THE_BODY_LIMIT = 4 * 1024 * 1024 + 1;

    /** The names read field by field (partial updates, money as number or string) rather than into a record. */
    private static final List<String> FIELDS_READ_ONE_BY_ONE = List.of("amount", "code", "content", "coupon",
            "custom_config", "enabled", "expires_at", "gateway", "method", "name", "node_bandwidth_limit", "node_class",
            "node_group", "node_speedlimit", "order_id", "price", "product_ids", "reason", "regex", "reset_traffic",
            "server", "shop_id", "sort", "status", "stock", "text", "total", "traffic", "traffic_rate", "type", "value",
            "total_limit", "per_user_limit", "class", "class_expire", "expire_in", "speedlimit", "iplimit");

    private static final Set<String> JOB_RECORDS = Set.of("job_state", "job_runs");

    /** Routes that read nothing but the caller's token, so that any request with one is a good one. */
    private static final List<String> READ_ONLY_THE_TOKEN = List.of("/auth/logout", "/user/subscription/reset",
            "/user/credentials/reset", "/user/checkin", "/user/invite/reset",
            "/user/telegram/link");

    @Override
    protected Map<String, String> extraEnvironment() {
        // DEBUG adds its confirm route; EPay adds a gateway to create and notify through (it calls nobody).
        return Map.of("DEBUG", "true", "EPAY_URL", "https://pay.example.com", "EPAY_PID", "1001", "EPAY_KEY", "sweep-key",
                "PUBLIC_URL", "https://panel.example.com");
    }

    @Test
    void noRouteAnswers5xxToBadInputNorChangesTheDatabase() throws Exception {
        String[] admin = asAdmin();
        long node = http().post("/app/api/v0/admin/nodes", "{\"name\":\"sweep\",\"server\":\"n1.example.com\",\"sort\":11,\"custom_config\":"
                + "{\"offset_port_node\":\"443\"}}", admin).json().get("data").get("id").asLong();
        // The first look at the account stores its subscription link's hash (and the key links are
        // derived with): done before the sweep, so the sweep sees only what bad input changes.
        assertThat(http().get("/app/api/v0/user/info", admin).status()).isEqualTo(200);
        List<Application.Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(50);
        // Every field with every wrong value is some ten thousand requests: on PostgreSQL, which is the
        // database that refuses a NUL; H2 gets the whole-body, path and query cases.
        List<String> bodies = badBodies(database == TestDatabase.POSTGRES);
        List<String> failures = new ArrayList<>();
        int sent = 0;

        for (Application.Route route : routes) {
            String before = snapshot();
            String query = "key=" + MU_KEY + "&muKey=" + MU_KEY + "&token=" + MU_KEY + "&node_id=" + node + "&node_type=vmess";
            String[] headers = READ_ONLY_THE_TOKEN.stream().anyMatch(route.path()::endsWith)
                    // These read nothing but the caller's token: with one, any request would rightly act.
                    ? new String[] {"Key", MU_KEY}
                    : new String[] {"Key", MU_KEY, admin[0], admin[1]};
            String path = fill(route.path(), "999999");
            List<Request> requests = new ArrayList<>();
            if (PARAM.matcher(route.path()).find()) {
                requests.add(new Request(route.method(), fill(route.path(), NON_ASCII_ONE) + "?" + query, null, null));
            }
            requests.add(new Request(route.method(), path + "?" + query + "&q=a%00b&code=%00", null, null));
            requests.add(new Request(route.method(), path + "?key=" + MU_KEY + "&token=" + MU_KEY + "&node_id=" + NON_ASCII_ONE
                    + "&node_type=vmess&user_id=" + NON_ASCII_ONE + "&page=" + NON_ASCII_ONE + "&size=" + NON_ASCII_ONE
                    + "&shop_id=" + NON_ASCII_ONE + "&status=" + NON_ASCII_ONE + "&limit=" + NON_ASCII_ONE, null, null));
            if (route.method().equals("POST") || route.method().equals("PUT")) {
                for (String body : bodies) {
                    requests.add(new Request(route.method(), path + "?" + query, body, "application/json"));
                }
                requests.add(new Request(route.method(), path + "?" + query, "{\"name\":\"x\"}", "text/plain"));
                requests.add(new Request(route.method(), path + "?" + query, "{\"name\":\"" + "x".repeat(OVER_THE_BODY_LIMIT)
                        + "\"}", "application/json"));
            }
            sent += requests.size();
            // Sent a few at a time: the database is compared only once the route's requests are all answered.
            try (ExecutorService senders = Executors.newFixedThreadPool(6)) {
                List<Future<String>> outcomes = requests.stream()
                        .map(request -> senders.submit(() -> {
                            String outcome = send(request, headers);
                            return outcome == null ? null
                                    : route.method() + " " + route.path() + " <- " + request.describe() + ": " + outcome;
                        }))
                        .toList();
                for (Future<String> outcome : outcomes) {
                    if (outcome.get() != null) {
                        failures.add(outcome.get());
                    }
                }
            }
            String after = snapshot();
            if (!after.equals(before)) {
                failures.add(route.method() + " " + route.path() + ": changed the database\n" + difference(before, after));
            }
        }

        assertThat(failures).as("of %d bad requests", sent).isEmpty();
    }

    private record Request(String method, String path, String body, String contentType) {
        String describe() {
            String shown = body == null ? "no body" : body.length() > 80 ? body.substring(0, 80) + "..." : body;
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " [" + contentType + "] "
                    + shown.replace("\u0000", "\\u0000");
        }
    }

    /** Null when the answer is acceptable for bad input (no 5xx); otherwise what went wrong. */
    private String send(Request request, String[] headers) {
        List<String> all = new ArrayList<>(Arrays.asList(headers));
        if (request.contentType() != null) {
            all.add("Content-Type");
            all.add(request.contentType());
        }
        try {
            TestHttp.Reply reply = http().send(request.method(), request.path(), request.body(), all.toArray(String[]::new));
            return reply.status() >= 500 ? reply.status() + " " + reply.body() : null;
        } catch (UncheckedIOException closed) {
            // An oversized body may be cut off by the server's 413 before the client has sent it all.
            return request.body() != null && request.body().length() >= OVER_THE_BODY_LIMIT ? null : closed.toString();
        }
    }

    private static String fill(String template, String value) {
        Matcher matcher = PARAM.matcher(template);
        return matcher.replaceAll(param -> param.group(1).equals("gateway") && !value.startsWith("%") ? "epay" : value);
    }

    /** Whole bodies of the wrong shape, then every field the API reads given a wrong type or a NUL. */
    private static List<String> badBodies(boolean everyField) throws Exception {
        List<String> bodies = new ArrayList<>(List.of("null", "true", "[]", "\"text\"", "123", "{", "{\"a\":1}{}",
                "{\"data\":null}", "{\"data\":{}}", "{\"data\":[null]}", "{\"data\":[{\"user_id\":true,\"ip\":1}]}"));
        for (String field : everyField ? fieldNames() : Set.<String>of()) {
            for (String wrong : List.of("true", "{}", "\"a\\u0000b\"")) {
                bodies.add("{\"" + field + "\":" + wrong + "}");
            }
        }
        return bodies;
    }

    /** The fields of every request record of the HTTP adapter, in their wire names, and those read one by one. */
    private static Set<String> fieldNames() throws Exception {
        Set<String> names = new TreeSet<>(FIELDS_READ_ONE_BY_ONE);
        Path classes = Path.of(HttpApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.map(file -> classes.relativize(file).toString()).forEach(classNames::add);
            }
        } else {
            try (JarFile jar = new JarFile(classes.toFile())) {
                jar.stream().map(JarEntry::getName).forEach(classNames::add);
            }
        }
        for (String file : classNames) {
            if (file.endsWith("Request.class") || file.endsWith("Entry.class")) {
                Class<?> type = Class.forName(file.replace('/', '.').replace(".class", ""));
                if (type.isRecord()) {
                    Arrays.stream(type.getRecordComponents())
                            .map(component -> component.getName().replaceAll("([A-Z])", "_$1").toLowerCase())
                            .forEach(names::add);
                }
            }
        }
        assertThat(names).contains("report_id", "email", "password", "cpu_load");
        return names;
    }

    /** Every row of every table of the schema, as text, in a stable order. */
    /** Every table but the job runner's own records, which its background ticks write whatever requests come. */
    private String snapshot() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(Table::getName)
                .filter(name -> !JOB_RECORDS.contains(name))
                .sorted()
                .map(name -> name + ":\n" + dsl().fetch("select * from " + name).stream()
                        .map(Object::toString).sorted().collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String difference(String before, String after) {
        Set<String> was = Set.copyOf(before.lines().toList());
        Set<String> is = Set.copyOf(after.lines().toList());
        return Stream.concat(
                        was.stream().filter(line -> !is.contains(line)).map(line -> "- " + line),
                        is.stream().filter(line -> !was.contains(line)).map(line -> "+ " + line))
                .collect(Collectors.joining("\n"));
    }
}
