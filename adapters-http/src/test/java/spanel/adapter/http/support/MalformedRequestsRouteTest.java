package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.testing.RawHttp;
import spanel.adapter.http.testing.RouteTest;

/**
 * Requests no well-behaved client sends, written byte for byte: each is the client's fault, so it
 * is answered in the contract's envelope with a 4xx, and the log holds no error and no stack trace
 * that a client could flood it with.
 */
class MalformedRequestsRouteTest extends RouteTest {

    private static final String LOGIN = "/app/api/v0/auth/login";

    private ListAppender<ILoggingEvent> logged;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void nothingWasLoggedAsAnErrorOrWithATrace() {
        root.detachAppender(logged);
        assertThat(logged.list).as("log events at ERROR or with a stack trace")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null);
    }

    private RawHttp raw() {
        return new RawHttp(port());
    }

    private static void assertEnvelope(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("ret").asInt()).isZero();
        assertThat(answer.json().get("error").asText()).isEqualTo(code);
        assertThat(answer.json().get("msg").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {LOGIN, "/app/api/v0/auth/register", "/app/api/v0/payment/notify/alipay"})
    void aBadChunkSizeIs400(String route) {
        RawHttp.Answer answer = raw().exchange("POST " + route + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        assertEnvelope(answer, 400, "invalid_request");
    }

    @Test
    void aBodyShorterThanItsLengthThenADisconnectIs400() {
        RawHttp.Answer answer = raw().exchangeThenStopSending("POST " + LOGIN + " HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":");

        assertEnvelope(answer, 400, "invalid_request");
    }

    @Test
    void anOversizedHeaderIs431() {
        RawHttp.Answer answer = raw().exchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");

        assertEnvelope(answer, 431, "too_large");
    }

    @Test
    void anOversizedUriIs414() {
        RawHttp.Answer answer = raw().exchange("GET /health?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertEnvelope(answer, 414, "too_large");
    }

    static Stream<Arguments> malformedHeads() {
        return Stream.of(
                Arguments.of("a bad path encoding", "GET /app/api/v0/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                Arguments.of("a NUL in a header", "GET /health HTTP/1.1\r\nHost: x\r\nX-Name: a\0b\r\n\r\n"),
                Arguments.of("a negative Content-Length",
                        "POST " + LOGIN + " HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}"),
                Arguments.of("a Content-Length beside Transfer-Encoding", "POST " + LOGIN + " HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedHeads")
    void aMalformedHeadIs400(String what, String request) {
        assertEnvelope(raw().exchange(request), 400, "invalid_request");
    }
}
