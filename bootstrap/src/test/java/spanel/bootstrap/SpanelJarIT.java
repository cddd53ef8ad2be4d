package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.redis.TestStore;

/** spanel.jar started as its own process, the way ./spanel and java -jar start it. */
class SpanelJarIT {

    private static final List<String> CONFIG_VARIABLES = List.of("HTTP_HOST", "HTTP_PORT", "DATABASE_URL",
            "DATABASE_USER", "DATABASE_PASSWORD", "DATABASE_POOL_SIZE", "REDIS_URL", "REDIS_KEY_PREFIX", "DATA_DIR", "MU_KEY",
            "DEBUG", "NODE_REPORT_MAX", "DEFAULT_TRAFFIC_GB", "DEFAULT_EXPIRE_DAYS", "DEFAULT_CLASS", "DEFAULT_GROUP",
            "PORT_RANGE_START", "PORT_RANGE_END", "TOKEN_TTL", "LOGIN_RATE_LIMIT");

    @Test
    void withNoConfigurationItServesHealthOnTheEmbeddedDefaultsAndStopsGracefully(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process spanel = start(dir, Map.of("HTTP_PORT", String.valueOf(port)));
        try {
            TestHttp.Reply health = awaitHealth(spanel, port);

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("database").asText()).isEqualTo("up");
            assertThat(health.json().get("redis").asText()).isEqualTo("embedded");
            assertThat(dir.resolve("data/spanel.mv.db")).exists();
            assertThat(dir.resolve("data/mu_key")).exists();
        } finally {
            spanel.destroy();
        }
        assertThat(spanel.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stderr(dir)).contains("stopped");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    }

    @Test
    void withPostgresAndRedisItMigratesAndReportsBothUp(@TempDir Path dir) throws Exception {
        String schema = "jar_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String url = TestDatabase.postgresUrl().jdbcUrl();
        try (PostgresSchema ignored = PostgresSchema.create(schema)) {
            int port = freePort();
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "HTTP_PORT", String.valueOf(port),
                    "DATABASE_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "REDIS_URL", TestStore.redisUrl(),
                    "MU_KEY", "a-test-key-that-is-long-enough"));
            TestDatabase.postgresUrl().user().ifPresent(u -> env.put("DATABASE_USER", u));
            TestDatabase.postgresUrl().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
            Process spanel = start(dir, env);
            try {
                TestHttp.Reply health = awaitHealth(spanel, port);

                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().get("database").asText()).isEqualTo("up");
                assertThat(health.json().get("redis").asText()).isEqualTo("up");
                assertThat(PostgresSchema.tablesIn(schema)).contains("users", "topup_orders", "flyway_schema_history");
            } finally {
                spanel.destroy();
                spanel.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void eachStartUpRefusalIsOneLineAndANonZeroExit(@TempDir Path dir) throws Exception {
        Map<String, String> refusals = Map.of(
                "MU_KEY", "short",
                "DATABASE_URL", "mysql://db/spanel",
                "REDIS_URL", "redis://127.0.0.1:1/0");
        for (var refusal : refusals.entrySet()) {
            Process spanel = start(dir, Map.of(refusal.getKey(), refusal.getValue(), "HTTP_PORT", String.valueOf(freePort())));

            assertThat(spanel.waitFor(60, TimeUnit.SECONDS)).as(refusal.getKey()).isTrue();
            assertThat(spanel.exitValue()).as(refusal.getKey()).isNotZero();
            assertThat(stderr(dir).lines().toList()).as(refusal.getKey())
                    .singleElement().asString().startsWith("spanel: ").contains(refusal.getKey());
        }
    }

    private static Process start(Path dir, Map<String, String> variables) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("spanel.jar"))
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        CONFIG_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().put("HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(variables);
        return builder.start();
    }

    private static TestHttp.Reply awaitHealth(Process spanel, int port) throws InterruptedException {
        TestHttp http = new TestHttp(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(spanel.isAlive()).as("spanel exited early").isTrue();
            try {
                return http.get("/health");
            } catch (UncheckedIOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("spanel did not answer /health within 60 s");
    }

    private static String stderr(Path dir) throws IOException {
        return Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
