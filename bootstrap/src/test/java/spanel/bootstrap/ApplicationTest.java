package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
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
    void instancesOnOneDatabaseWithRedisAndNoMuKeyShareOneGeneratedKey(@TempDir Path dir) throws Exception {
        String schema = "app_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String url = TestDatabase.postgresUrl().jdbcUrl();
        try (PostgresSchema ignored = PostgresSchema.create(schema)) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "DATABASE_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "REDIS_URL", TestStore.redisUrl(),
                    "REDIS_KEY_PREFIX", "spanel-" + schema + ":"));
            TestDatabase.postgresUrl().user().ifPresent(u -> env.put("DATABASE_USER", u));
            TestDatabase.postgresUrl().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
            Map<String, String> first = new HashMap<>(env);
            first.put("DATA_DIR", dir.resolve("a").toString());
            Map<String, String> second = new HashMap<>(env);
            second.put("DATA_DIR", dir.resolve("b").toString());

            try (Application a = Application.start(settings(first)); Application b = Application.start(settings(second))) {
                String keyOfA = Files.readString(dir.resolve("a/mu_key")).strip();

                assertThat(Files.readString(dir.resolve("b/mu_key")).strip()).isEqualTo(keyOfA);
                for (Application instance : new Application[] {a, b}) {
                    TestHttp.Reply ping = new TestHttp(instance.port()).get("/mod_mu/func/ping?key=" + keyOfA);
                    assertThat(ping.status()).as(ping.body()).isEqualTo(200);
                    assertThat(ping.json().get("ret").asInt()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void debugWarnsAtEveryStartAndShowsInHealth(@TempDir Path dir) {
        Logger logger = (Logger) LoggerFactory.getLogger(Application.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            for (int start = 0; start < 2; start++) {
                try (Application app = Application.start(settings(Map.of("DATA_DIR", dir.toString(), "DEBUG", "true")))) {
                    TestHttp.Reply health = new TestHttp(app.port()).get("/health");

                    assertThat(health.json().get("debug").asBoolean()).isTrue();
                }
            }
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains("DEBUG=true"))
                .hasSize(2);
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
