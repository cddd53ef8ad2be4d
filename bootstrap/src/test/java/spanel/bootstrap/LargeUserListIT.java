package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.redis.TestStore;

/**
 * 100,000 users on every node API, with spanel.jar run under the launcher's JVM settings
 * (deploy/jvm.options: a 96 MB heap, the serial collector) on PostgreSQL and Redis: each list
 * arrives whole, the versioned lists answer 304 when unchanged, and the process stays up without
 * an OutOfMemoryError. Half the users hold a port, half have none.
 */
class LargeUserListIT {

    private static final int USERS = 100_000;
    private static final String KEY = "large-list-key-0123456789abcdef";
    private static final Path JVM_OPTIONS = Path.of("..", "deploy", "jvm.options").toAbsolutePath().normalize();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aHundredThousandUsersAreListedToEachKindOfNodeWithinTheLaunchersHeap(@TempDir Path dir) throws Exception {
        String schema = "large_" + java.util.HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String url = TestDatabase.postgresUrl().jdbcUrl() + (TestDatabase.postgresUrl().jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + schema;
        try (PostgresSchema ignored = PostgresSchema.create(schema)) {
            int port = SpanelProcess.freePort();
            Map<String, String> env = new HashMap<>(Map.of("HTTP_PORT", String.valueOf(port), "DATABASE_URL", url,
                    "REDIS_URL", TestStore.redisUrl(), "REDIS_KEY_PREFIX", schema + ":", "MU_KEY", KEY,
                    "MALLOC_ARENA_MAX", "2"));
            TestDatabase.postgresUrl().user().ifPresent(u -> env.put("DATABASE_USER", u));
            TestDatabase.postgresUrl().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
            assertThat(JVM_OPTIONS).exists();
            Process spanel = SpanelProcess.start(dir, env, List.of("@" + JVM_OPTIONS));
            try {
                assertThat(SpanelProcess.awaitHealth(spanel, port).status()).isEqualTo(200);
                seed(url);

                for (String path : List.of("/mod_mu/users?key=" + KEY + "&node_id=1",
                        "/mod_mu/users?key=" + KEY + "&node_id=2",
                        "/api/v1/server/UniProxy/user?node_type=vmess&token=" + KEY + "&node_id=2")) {
                    HttpResponse<InputStream> full = get(port, path, "");
                    assertThat(full.statusCode()).as(path).isEqualTo(200);
                    assertThat(countUsers(full)).as(path).isEqualTo(USERS);
                    String etag = full.headers().firstValue("ETag").orElseThrow();

                    assertThat(get(port, path, etag).statusCode()).as(path + " unchanged").isEqualTo(304);
                }
                HttpResponse<InputStream> everything = get(port, "/app/api/v0/node/users?node_id=1&key=" + KEY, "");
                assertThat(everything.statusCode()).isEqualTo(200);
                assertThat(countUsers(everything)).isEqualTo(USERS);

                assertThat(spanel.isAlive()).isTrue();
                assertThat(SpanelProcess.stderr(dir)).doesNotContain("OutOfMemoryError");
            } finally {
                spanel.destroy();
                spanel.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Users straight in SQL, half of them without a port; an SS node (1) and a VMess node (2) that serve them all. */
    private static void seed(String url) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        TestDatabase.postgresUrl().user().ifPresent(config::setUsername);
        TestDatabase.postgresUrl().password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(1);
        try (HikariDataSource ds = new HikariDataSource(config); Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (email, password_hash, class_expire, expire_in, transfer_enable, passwd, port, uuid,"
                    + " invite_code) SELECT 'bulk' || i || '@example.com', 'x', now() + interval '1 year',"
                    + " now() + interval '1 year', 1099511627776, md5(i::text), CASE WHEN i <= " + USERS / 2
                    + " THEN 10000 + i END, gen_random_uuid()::text, 'bulk' || i FROM generate_series(1, " + USERS + ") AS i");
            s.execute("INSERT INTO nodes (id, name, server, sort, method, custom_config) VALUES"
                    + " (1, 'ss', 'ss.example.com', 0, 'aes-128-gcm', '{\"offset_port_node\":\"443\"}'),"
                    + " (2, 'vmess', 'v.example.com', 11, 'aes-128-gcm', '{\"offset_port_node\":\"443\"}')");
        }
    }

    /** A GET as a Go node sends it: gzip accepted. */
    private HttpResponse<InputStream> get(int port, String path, String etag) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Accept-Encoding", "gzip");
        if (!etag.isEmpty()) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The objects with an "id" in the answer, read as a stream. */
    private static int countUsers(HttpResponse<InputStream> response) throws IOException {
        InputStream body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            body = new GZIPInputStream(body);
        }
        int count = 0;
        try (JsonParser parser = new ObjectMapper().getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("id")) {
                    count++;
                }
            }
        }
        return count;
    }
}
