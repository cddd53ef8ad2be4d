package spanel.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.persistence.testing.TestSchema;
import spanel.adapter.redis.TestStore;
import spanel.application.admin.port.in.CreateUser;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * Base of the end-to-end tests: the assembled application, started as ./spanel starts it, on a
 * fresh PostgreSQL schema with Redis, and again on H2 with the in-process store. Tests seed and
 * inspect the database directly through {@link #dsl()}.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EndToEndTest {

    protected static final String MU_KEY = "end-to-end-shared-key-0123456789";

    @Parameter
    protected TestDatabase database;

    private TestSchema schema;
    private Map<String, String> environment;
    private Settings settings;
    private Application app;
    private final List<Application> others = new ArrayList<>();
    private TestHttp http;
    private String adminToken;

    @BeforeParameterizedClassInvocation
    void startTheApplication() throws IOException {
        adminToken = null;
        schema = database.openFreshSchema();
        Path dataDir = Files.createTempDirectory("spanel-e2e");
        Map<String, String> env = new HashMap<>(Map.of(
                "DATABASE_URL", schema.url().jdbcUrl(),
                "MU_KEY", MU_KEY,
                "DATA_DIR", dataDir.toString(),
                "HTTP_HOST", "127.0.0.1",
                "HTTP_PORT", "0"));
        env.putAll(extraEnvironment());
        schema.url().user().ifPresent(u -> env.put("DATABASE_USER", u));
        schema.url().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
        if (database == TestDatabase.POSTGRES) {
            env.put("REDIS_URL", TestStore.redisUrl());
            env.put("REDIS_KEY_PREFIX", "spanel-e2e:" + UUID.randomUUID() + ":");
        }
        environment = Map.copyOf(env);
        settings = Settings.from(Environment.of(env));
        app = Application.start(settings, clock());
        http = new TestHttp(app.port());
    }

    @AfterParameterizedClassInvocation
    void stopTheApplication() throws SQLException {
        others.forEach(Application::close);
        others.clear();
        app.close();
        schema.close();
    }

    /** The clock the application goes by; a subclass returns one it can move. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    /** A second instance on the same database, its configuration changed as given; stopped with the first. */
    protected Application startAnother(Consumer<Map<String, String>> change) {
        Map<String, String> env = new HashMap<>(environment);
        change.accept(env);
        Application other = Application.start(Settings.from(Environment.of(env)));
        others.add(other);
        return other;
    }

    /** Every route the application serves, from its route table. */
    protected List<Application.Route> routes() {
        return app.routes();
    }

    protected Settings settings() {
        return settings;
    }

    /** The application under test. */
    protected Application app() {
        return app;
    }

    /** The one number a query answers, read straight from the database; no number at all fails the test. */
    protected long scalar(String sql) {
        if (dsl().fetchValue(sql) instanceof Number number) {
            return number.longValue();
        }
        throw new AssertionError("no number from: " + sql);
    }

    /** Configuration a subclass adds to the base set-up (gateways, DEBUG, ...). */
    protected Map<String, String> extraEnvironment() {
        return Map.of();
    }

    /** The port the application serves on (127.0.0.1). */
    protected int port() {
        return app.port();
    }

    protected TestHttp http() {
        return http;
    }

    protected DSLContext dsl() {
        return schema.dsl();
    }

    /** An admin's bearer header: the admin is created (as ./spanel user create does) and logged in once. */
    protected String[] asAdmin() {
        if (adminToken == null) {
            String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            String password = "admin password for tests";
            DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of(email), new Password(password), true, Money.ZERO));
            var reply = http.post("/app/api/v0/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
            adminToken = reply.json().get("data").get("access_token").asText();
        }
        return new String[] {"Authorization", "Bearer " + adminToken};
    }
}
