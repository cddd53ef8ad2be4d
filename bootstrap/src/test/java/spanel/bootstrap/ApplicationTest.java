package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.redis.TestStore;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;

/** The assembled service, started the way ./spanel starts it, on each kind of set-up it supports. */
class ApplicationTest {

    private static Settings settings(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.putIfAbsent("HTTP_HOST", "127.0.0.1");
        all.putIfAbsent("HTTP_PORT", "0");
        return Settings.from(Environment.of(all));
    }

    @Test
    void withNoConfigurationItServesOnTheEmbeddedDatabaseAndStore(@TempDir Path dir) {
        try (Application app = Application.start(settings(Map.of("DATA_DIR", dir.toString())))) {
            TestHttp.Reply health = new TestHttp(app.port()).get("/health");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("database").asText()).isEqualTo("up");
            assertThat(health.json().get("redis").asText()).isEqualTo("embedded");
        }
        assertThat(dir.resolve("spanel.mv.db")).exists();
        assertThat(dir.resolve("mu_key")).exists();
    }

    @Test
    void withPostgresAndRedisConfiguredItMigratesAndReportsBothUp(@TempDir Path dir) throws Exception {
        String schema = "app_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String url = TestDatabase.postgresUrl().jdbcUrl();
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (PostgresSchema ignored = PostgresSchema.create(schema)) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "DATABASE_URL", withSchema,
                    "REDIS_URL", TestStore.redisUrl(),
                    "MU_KEY", "a-test-key-that-is-long-enough",
                    "DATA_DIR", dir.toString()));
            TestDatabase.postgresUrl().user().ifPresent(u -> env.put("DATABASE_USER", u));
            TestDatabase.postgresUrl().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));

            try (Application app = Application.start(settings(env))) {
                TestHttp.Reply health = new TestHttp(app.port()).get("/health");

                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().get("database").asText()).isEqualTo("up");
                assertThat(health.json().get("redis").asText()).isEqualTo("up");
                assertThat(PostgresSchema.tablesIn(schema)).contains("users", "nodes", "balance_ledger");
            }
        }
    }

    @Test
    void anUnreachableRedisStopsStartUp(@TempDir Path dir) {
        assertThatThrownBy(() -> Application.start(settings(Map.of("DATA_DIR", dir.toString(),
                "REDIS_URL", "redis://127.0.0.1:1/0"))))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("Redis does not answer");
    }

    @Test
    void aPortAlreadyTakenStopsStartUpWithTheReason(@TempDir Path dir) {
        try (Application first = Application.start(settings(Map.of("DATA_DIR", dir.resolve("a").toString())))) {
            assertThatThrownBy(() -> Application.start(settings(Map.of("DATA_DIR", dir.resolve("b").toString(),
                    "HTTP_PORT", String.valueOf(first.port())))))
                    .isInstanceOf(StartupRefusal.class)
                    .hasMessageContaining("cannot listen");
        }
    }
}
