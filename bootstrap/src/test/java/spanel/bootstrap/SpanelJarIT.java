package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.redis.TestStore;

/** spanel.jar started as its own process, the way ./spanel and java -jar start it. */
class SpanelJarIT {

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
        Files.deleteIfExists(dir.resolve("err.txt"));
        return SpanelProcess.start(dir, variables);
    }

    private static TestHttp.Reply awaitHealth(Process spanel, int port) throws InterruptedException {
        return SpanelProcess.awaitHealth(spanel, port);
    }

    private static String stderr(Path dir) throws IOException {
        return SpanelProcess.stderr(dir);
    }

    private static int freePort() throws IOException {
        return SpanelProcess.freePort();
    }
}
