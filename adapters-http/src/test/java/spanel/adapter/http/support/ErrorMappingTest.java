package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.testing.TestHttp;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.error.Refusal;

/** The error mapping, exercised through a small app whose routes fail in each way a real one can. */
class ErrorMappingTest {

    record Report(long nodeId, long bytes, String note) {
    }

    private static Javalin app;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));
            config.http.maxRequestSize = 64;
            ErrorMapping.register(config.routes);
            config.routes.post("/parse", ctx -> ctx.json(Envelope.ok(Json.read(ctx.body(), Report.class))));
            config.routes.get("/refuse", ctx -> {
                throw new Refusal(Refusal.Kind.CONFLICT, "insufficient_balance", "balance too low");
            });
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret internals: password=hunter2");
            });
            config.routes.get("/sub/{token}", ctx -> {
                throw new IllegalStateException("unexpected");
            });
            config.routes.get("/db-down", ctx -> {
                throw new RuntimeException("wrapped", new SQLTransientConnectionException("pool timeout"));
            });
            config.routes.get("/store-down", ctx -> {
                throw new DependencyUnavailable("the store (Redis)");
            });
            config.routes.get("/sql-state/{state}", ctx -> {
                throw new RuntimeException("wrapped", new SQLException("failed", ctx.pathParam("state")));
            });
        }).start("127.0.0.1", 0);
        http = new TestHttp(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void aFailedSubscriptionFetchIsLoggedWithItsTokenMasked() {
        TestHttp.Reply[] reply = new TestHttp.Reply[1];
        List<ILoggingEvent> logged = loggedWhile(() -> reply[0] = http.get("/sub/SeCrEtToKeN0123456789abcdef"));

        assertThat(reply[0].status()).isEqualTo(500);
        assertThat(reply[0].body()).doesNotContain("SeCrEtToKeN");
        assertThat(logged).isNotEmpty();
        assertThat(logged).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("/sub/****").doesNotContain("SeCrEtToKeN"));
    }

    /** What the error mapping logged while the action ran. */
    private static List<ILoggingEvent> loggedWhile(Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorMapping.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            action.run();
            return logged.list;
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void aWellFormedBodyParsesInSnakeCase() {
        TestHttp.Reply reply = http.post("/parse", "{\"node_id\":7,\"bytes\":1024,\"note\":\"x\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("node_id").asLong()).isEqualTo(7);
    }

    @Test
    void malformedJsonIs400() {
        TestHttp.Reply reply = http.post("/parse", "{\"node_id\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(reply.json().get("ret").asInt()).isZero();
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        for (String body : new String[] {
                "{\"node_id\":\"7\",\"bytes\":1}", "{\"node_id\":7,\"bytes\":1.5}", "{\"node_id\":7,\"bytes\":null}",
                "{\"node_id\":7,\"bytes\":1,\"note\":5}"}) {
            TestHttp.Reply reply = http.post("/parse", body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            String field = body.contains("\"7\"") ? "node_id" : body.contains("note\":5") ? "note" : "bytes";
            assertThat(reply.json().get("msg").asText()).as(body).startsWith(field);
        }
    }

    @Test
    void anEmptyBodyOrANonObjectIs400() {
        assertThat(http.post("/parse", "").status()).isEqualTo(400);
        assertThat(http.post("/parse", "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        TestHttp.Reply reply = http.post("/parse", "{\"note\":\"" + "x".repeat(200) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void aRefusalCarriesItsStatusAndCode() {
        TestHttp.Reply reply = http.get("/refuse");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("error").asText()).isEqualTo("insufficient_balance");
        assertThat(reply.json().get("msg").asText()).isEqualTo("balance too low");
    }

    @Test
    void anUnexpectedFailureIs500AndHidesItsInternals() {
        TestHttp.Reply reply = http.get("/boom");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("error").asText()).isEqualTo("internal_error");
        assertThat(reply.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void aDependencyThatDoesNotAnswerIs503() {
        TestHttp.Reply reply = http.get("/db-down");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.json().get("error").asText()).isEqualTo("unavailable");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }

    @Test
    void aDependencyThatDoesNotAnswerIsLoggedWithWhatTheDriverSaid() {
        List<ILoggingEvent> logged = loggedWhile(() -> http.get("/db-down"));

        assertThat(logged).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("a dependency does not answer").contains("SQLTransientConnectionException: pool timeout"));
    }

    @Test
    void aStoreThatDoesNotAnswerIs503WithRetryAfter() {
        TestHttp.Reply reply = http.get("/store-down");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error").asText()).isEqualTo("unavailable");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }

    @Test
    void trailingContentAfterTheBodyIs400() {
        assertThat(http.post("/parse", "{\"node_id\":7,\"bytes\":1,\"note\":\"x\"}{}").status()).isEqualTo(400);
        assertThat(http.post("/parse", "null").status()).isEqualTo(400);
    }

    @Test
    void aDatabaseThatCannotStoreOrIsShuttingDownIs503WithRetryAfterAndAWrongStatementIs500() {
        // 53100 disk full, 53200 out of memory, 57P01 admin shutdown, 08006 connection failure.
        for (String state : new String[] {"53100", "53200", "57P01", "08006"}) {
            TestHttp.Reply reply = http.get("/sql-state/" + state);

            assertThat(reply.status()).as(state).isEqualTo(503);
            assertThat(reply.header("Retry-After")).as(state).isEqualTo("5");
        }
        TestHttp.Reply syntax = http.get("/sql-state/42601");
        assertThat(syntax.status()).isEqualTo(500);
        assertThat(syntax.header("Retry-After")).isNull();
    }
}
