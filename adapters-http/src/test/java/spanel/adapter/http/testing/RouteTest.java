package spanel.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import spanel.domain.error.Unauthorized;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Caller;
import spanel.domain.user.Email;
import spanel.domain.user.ProxyCredentials;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** Base of route tests: fake use cases to set, the API started once per class on them, and assertions on the envelope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RouteTest {

    public static final String USER_TOKEN = "user-token";
    public static final String ADMIN_TOKEN = "admin-token";

    protected final FakeUseCases useCases = new FakeUseCases();
    private Javalin app;

    @BeforeAll
    void start() {
        app = useCases.start();
    }

    @BeforeEach
    void resetUseCases() {
        useCases.reset();
        useCases.authenticate = command -> switch (command.token().value()) {
            case USER_TOKEN -> new Caller(new UserId(7), false);
            case ADMIN_TOKEN -> new Caller(new UserId(1), true);
            default -> throw new Unauthorized("the access token is unknown, expired or revoked");
        };
    }

    @AfterEach
    void noUseCaseWasCalledThatTheTestDidNotSet() {
        assertThat(useCases.unexpectedCalls()).as("use cases called without being set").isEmpty();
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    protected TestHttp http() {
        return new TestHttp(app.port());
    }

    protected int port() {
        return app.port();
    }

    protected static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    protected static void assertRefused(TestHttp.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("ret").asInt()).isZero();
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
    }

    /** A 400 whose message starts with the field's name. */
    protected static void assertInvalidField(TestHttp.Reply reply, String field) {
        assertRefused(reply, 400, "invalid_request");
        assertThat(reply.json().get("msg").asText()).as(reply.body()).startsWith(field + ":");
    }

    protected static UserAccount anAccount(long id, String email) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new UserAccount(new UserId(id), Email.of(email), Money.ofFen(1000), 0, created.plusSeconds(86_400),
                created.plusSeconds(86_400), Traffic.ofGigabytes(10), Traffic.ZERO, Traffic.ofBytes(5), 0,
                new ProxyCredentials("secret-passwd", 12345, "0b7f4a4e-6a8f-4f0e-9b8e-2f5d8c1a9e10", "aes-128-gcm"),
                "invite123", Optional.empty(), false, false, created, 0, 0);
    }
}
