package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.persistence.testing.TestSchema;
import spanel.adapter.redis.OwnRedisServer;
import spanel.adapter.redis.RedisStores;
import spanel.application.admin.port.in.CreateUser;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.domain.common.MovableClock;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * The assembled service on PostgreSQL with a Redis of the test's own, which the test stops and
 * starts again: while it is down, log-in and registration go on (limits counted in the process),
 * /health says "degraded", every node status route answers 503 with Retry-After, the user list
 * still serves nodes, and nothing answers 500; when Redis is back, everything is as before.
 */
class RedisOutageEndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String MU_KEY = "redis-outage-test-key-0123456789";
    private static final String PASSWORD = "correct horse battery";

    @Test
    void whileRedisIsDownLogInGoesOnNodeStatusIs503AndItAllComesBack() throws Exception {
        MovableClock clock = MovableClock.runningFromNow();
        try (OwnRedisServer redis = OwnRedisServer.start(); TestSchema schema = TestDatabase.POSTGRES.openFreshSchema()) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "DATABASE_URL", schema.url().jdbcUrl(),
                    "REDIS_URL", redis.url(),
                    "MU_KEY", MU_KEY,
                    "DATA_DIR", Files.createTempDirectory("spanel-redis-outage").toString(),
                    "HTTP_HOST", "127.0.0.1",
                    "HTTP_PORT", "0",
                    "LOGIN_RATE_LIMIT", "3"));
            schema.url().user().ifPresent(u -> env.put("DATABASE_USER", u));
            schema.url().password().ifPresent(p -> env.put("DATABASE_PASSWORD", p));
            Settings settings = Settings.from(Environment.of(env));
            try (Application app = Application.start(settings, clock)) {
                TestHttp http = new TestHttp(app.port());
                String adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
                DatabaseCommands.createUser(settings, new CreateUser.Command(Email.of(adminEmail), new Password(PASSWORD), true,
                        Money.ZERO));
                String[] admin = {"Authorization", "Bearer " + logIn(http, adminEmail, PASSWORD).json().get("data")
                        .get("access_token").asText()};
                long node = http.post(API + "/admin/nodes", "{\"name\":\"n\",\"server\":\"n1.example.com\",\"sort\":11,\"custom_config\":"
                        + "{\"offset_port_node\":\"443\"}}", admin).json().get("data").get("id").asLong();
                assertThat(http.get("/health").json().get("limiter").asText()).isEqualTo("redis");

                redis.stop();

                // Log-in and registration go on, with their limits counted in the process.
                String email = "during-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
                assertThat(http.post(API + "/auth/register", credentials(email, PASSWORD)).status()).isEqualTo(200);
                assertThat(logIn(http, email, PASSWORD).status()).isEqualTo(200);
                for (int i = 0; i < 3; i++) {
                    assertThat(logIn(http, email, "wrong " + i).status()).isEqualTo(401);
                }
                assertThat(logIn(http, email, "wrong again").status()).isEqualTo(429);

                TestHttp.Reply health = http.get("/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isEqualTo("degraded");
                assertThat(health.json().get("redis").asText()).isEqualTo("down");
                assertThat(health.json().get("limiter").asText()).isEqualTo("in-process");

                String key = "key=" + MU_KEY;
                List<TestHttp.Reply> statusRoutes = List.of(
                        http.post(API + "/node/alive_ip?" + key, "{\"node_id\":" + node + ",\"data\":[{\"user_id\":1,\"ip\":\"1.2.3.4\"}]}"),
                        http.post(API + "/node/online?" + key, "{\"node_id\":" + node + ",\"online\":1,\"load\":\"0.1\"}"),
                        http.post(API + "/node/heartbeat?" + key, "{\"node_id\":" + node + ",\"cpu_load\":0.1,"
                                + "\"memory_usage\":0.2,\"network_speed\":0}"),
                        http.post("/mod_mu/users/aliveip?" + key + "&node_id=" + node, "{\"data\":[{\"user_id\":1,\"ip\":\"1.2.3.4\"}]}"),
                        http.post("/api/v1/server/UniProxy/alive?token=" + MU_KEY + "&node_id=" + node + "&node_type=vmess",
                                "{\"1\":[\"1.2.3.4\"]}"),
                        http.get(API + "/admin/nodes/status", admin));
                for (TestHttp.Reply reply : statusRoutes) {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
                    assertThat(reply.header("Retry-After")).isEqualTo(String.valueOf(5));
                }
                // The user list comes from the database: nodes keep getting their users.
                assertThat(http.get("/mod_mu/users?" + key + "&node_id=" + node).status()).isEqualTo(200);
                assertThat(http.get(API + "/node/info/" + node + "?" + key).status()).isEqualTo(200);

                redis.restart();
                clock.advance(RedisStores.LIMITER_RETRY_EVERY);

                health = http.get("/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().get("limiter").asText()).isEqualTo("redis");
                assertThat(http.post(API + "/node/alive_ip?" + key, "{\"node_id\":" + node
                        + ",\"data\":[{\"user_id\":1,\"ip\":\"1.2.3.4\"}]}").status()).isEqualTo(200);
                assertThat(http.get(API + "/admin/nodes/status", admin).status()).isEqualTo(200);
            }
        }
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static TestHttp.Reply logIn(TestHttp http, String email, String password) {
        return http.post(API + "/auth/login", credentials(email, password));
    }
}
