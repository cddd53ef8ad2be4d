package spanel.bootstrap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.persistence.testing.TestSchema;
import spanel.adapter.redis.TestStore;
import spanel.application.admin.port.in.CreateUser;
import spanel.bootstrap.Application;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * The assembled service on a fresh PostgreSQL schema with Redis, each reached through a
 * {@link TcpProxy} the fault tests cut and restore, with an admin, a node and users to report for.
 */
final class FaultHarness implements AutoCloseable {

    static final String MU_KEY = "fault-suite-shared-key-0123456789";
    static final String V0 = "/app/api/v0";

    /** One answer, or the I/O failure (a reset, a refused connection) in its place, with how long it took. */
    record Answer(int status, String retryAfter, long millis, String body, String failure) {

        static Answer timed(Supplier<TestHttp.Reply> request) {
            long start = System.nanoTime();
            try {
                TestHttp.Reply reply = request.get();
                return new Answer(reply.status(), reply.header("Retry-After"), (System.nanoTime() - start) / 1_000_000,
                        reply.body(), null);
            } catch (UncheckedIOException e) {
                return new Answer(0, null, (System.nanoTime() - start) / 1_000_000, "", String.valueOf(e.getCause()));
            }
        }

        /** A refusal says when to come back; a success needs nothing. */
        boolean isRefusalWithRetryAfter() {
            return (status == 429 || status == 503) && retryAfter != null && !retryAfter.isBlank();
        }
    }

    final TcpProxy postgres;
    final TcpProxy redis;
    final TestHttp http;
    final String adminToken;
    final long node;
    private final TestSchema schema;
    private final Application app;

    private FaultHarness(TcpProxy postgres, TcpProxy redis, TestSchema schema, Application app, String adminToken,
            long node) {
        this.postgres = postgres;
        this.redis = redis;
        this.schema = schema;
        this.app = app;
        this.http = new TestHttp(app.port());
        this.adminToken = adminToken;
        this.node = node;
    }

    static FaultHarness start(Map<String, String> extra) throws IOException {
        TestSchema schema = TestDatabase.POSTGRES.openFreshSchema();
        URI database = URI.create(schema.url().jdbcUrl().substring("jdbc:".length()));
        URI redisUri = URI.create(TestStore.redisUrl());
        TcpProxy postgres = TcpProxy.to(database.getHost(), database.getPort() == -1 ? 5432 : database.getPort());
        TcpProxy redis = TcpProxy.to(redisUri.getHost(), redisUri.getPort() == -1 ? 6379 : redisUri.getPort());
        Map<String, String> env = new HashMap<>(Map.of(
                "DATABASE_URL", schema.url().jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + postgres.port() + "/"),
                "REDIS_URL", TestStore.redisUrl().replaceFirst("//([^@/]*@)?[^/]+", "//$1127.0.0.1:" + redis.port()),
                "REDIS_KEY_PREFIX", "spanel-fault:" + UUID.randomUUID() + ":",
                "MU_KEY", MU_KEY,
                "DATA_DIR", Files.createTempDirectory("spanel-fault").toString(),
                "HTTP_HOST", "127.0.0.1",
                "HTTP_PORT", "0"));
        schema.url().user().ifPresent(u -> env.put("DATABASE_USER", u));
        schema.url().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
        env.putAll(extra);
        Settings settings = Settings.from(Environment.of(env));
        Application app = Application.start(settings);
        String email = "fault-admin@example.com";
        String password = "a password for the fault suite";
        DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of(email), new Password(password), true, Money.ZERO));
        TestHttp http = new TestHttp(app.port());
        String token = http.post(V0 + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .json().get("data").get("access_token").asText();
        TestHttp.Reply node = http.post(V0 + "/admin/nodes", "{\"name\":\"fault-node\",\"server\":\"fault.example.com\"}", "Authorization", "Bearer " + token);
        assertThat(node.status()).as(node.body()).isEqualTo(200);
        return new FaultHarness(postgres, redis, schema, app, token, node.json().get("data").get("id").asLong());
    }

    int port() {
        return app.port();
    }

    String[] asAdmin() {
        return new String[] {"Authorization", "Bearer " + adminToken};
    }

    /** {@code count} users straight into the database, as a panel that has run for a while has them; their ids. */
    long[] seedUsers(int count) {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        schema.dsl().execute("INSERT INTO users (email, password_hash, class, class_expire, expire_in, transfer_enable,"
                + " passwd, port, uuid, invite_code)"
                + " SELECT '" + prefix + "-' || g || '@example.com', 'x', 0, now() + interval '365 days',"
                + " now() + interval '365 days', 1099511627776, 'pw' || g,"
                + " (SELECT COALESCE(MAX(port), 10000) FROM users) + g, md5('" + prefix + "' || g)::uuid::text,"
                + " '" + prefix + "' || g FROM generate_series(1, " + count + ") g");
        return schema.dsl().fetch("SELECT id FROM users WHERE email LIKE '" + prefix + "-%' ORDER BY id")
                .getValues(0, Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    /** {@code count} nodes straight into the database; their ids. */
    long[] seedNodes(int count) {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        schema.dsl().execute("INSERT INTO nodes (name) SELECT '" + prefix + "-' || g FROM generate_series(1, " + count + ") g");
        return schema.dsl().fetch("SELECT id FROM nodes WHERE name LIKE '" + prefix + "-%' ORDER BY id")
                .getValues(0, Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    /** A report for this node adding {@code bytes} of upload to each user, under {@code reportId}. */
    String report(String reportId, long[] users, long bytes) {
        return report(node, reportId, users, bytes);
    }

    /** The same for another node. */
    String report(long node, String reportId, long[] users, long bytes) {
        return "{\"node_id\":" + node + ",\"report_id\":\"" + reportId + "\",\"data\":["
                + LongStream.of(users).mapToObj(u -> "{\"user_id\":" + u + ",\"u\":" + bytes + ",\"d\":0}")
                        .collect(Collectors.joining(",")) + "]}";
    }

    Answer sendReport(String reportId, long[] users, long bytes) {
        return Answer.timed(() -> http.post(V0 + "/node/traffic", report(reportId, users, bytes), "Key", MU_KEY));
    }

    /** The sum of upload over these users, read from the database. */
    long uploaded(long[] users) {
        Object sum = schema.dsl().fetchValue("SELECT COALESCE(SUM(u), 0) FROM users WHERE id IN ("
                + LongStream.of(users).mapToObj(Long::toString).collect(Collectors.joining(",")) + ")");
        return ((Number) sum).longValue();
    }

    @Override
    public void close() throws Exception {
        app.close();
        postgres.close();
        redis.close();
        schema.close();
    }
}
