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

    /** What Application logs while {@code starts} runs. */
    private static java.util.List<ILoggingEvent> logged(Runnable starts) {
        Logger logger = (Logger) LoggerFactory.getLogger(Application.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            starts.run();
        } finally {
            logger.detachAppender(log);
        }
        return log.list;
    }

    @Test
    void aPublicUrlInClearOutsideDebugWarnsAtStartThatLinksAndTokensTravelInClear(@TempDir Path dir) {
        java.util.List<ILoggingEvent> log = logged(() -> {
            for (Map<String, String> env : java.util.List.of(Map.of("PUBLIC_URL", "http://panel.example.com"),
                    Map.of("PUBLIC_URL", "https://panel.example.com"), Map.of("PUBLIC_URL", "http://panel.example.com", "DEBUG", "true"),
                    Map.of("PUBLIC_URL", "http://127.0.0.1:8000"))) {
                Map<String, String> all = new HashMap<>(env);
                all.put("DATA_DIR", dir.toString());
                Application.start(settings(all)).close();
            }
        });

        assertThat(log).filteredOn(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains("in clear"))
                .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("http://panel.example.com", "subscription links", "tokens", "https://");
    }

    @Test
    void debugWarnsAtEveryStartAndShowsInHealth(@TempDir Path dir) {
        java.util.List<ILoggingEvent> log = logged(() -> {
            for (int start = 0; start < 2; start++) {
                try (Application app = Application.start(settings(Map.of("DATA_DIR", dir.toString(), "DEBUG", "true")))) {
                    TestHttp.Reply health = new TestHttp(app.port()).get("/health");

                    assertThat(health.json().get("debug").asBoolean()).isTrue();
                }
            }
        });

        assertThat(log).filteredOn(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains("DEBUG=true"))
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
