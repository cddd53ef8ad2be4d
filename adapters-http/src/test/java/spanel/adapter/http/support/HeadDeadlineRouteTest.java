package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.RawHttp;

/** A request head must arrive whole within its deadline, however often bytes of it trickle in. */
class HeadDeadlineRouteTest {

    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /** The pause between header lines: far below Jetty's 30 s idle timeout, which each line starts again. */
    private static final int PAUSE_MILLIS = 300;
    /** Lines enough to trickle for several deadlines. */
    private static final int LINES = 30;

    private Javalin app;

    @BeforeEach
    void start() {
        FakeUseCases useCases = new FakeUseCases();
        app = useCases.start(new HttpSettings("127.0.0.1", 0, 64 * 1024, HttpSettings.DEFAULT_NODE_REPORT_MAX,
                TrustedProxies.NONE).withHeadDeadline(DEADLINE));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aHeadTricklingInOneLineAtATimeIsCutOffAtTheDeadline() throws IOException {
        try (Socket socket = new RawHttp(app.port()).open()) {
            socket.setSoTimeout(PAUSE_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            int sent = 0;
            boolean closed = false;
            while (!closed && sent < LINES) {
                // The read is the pause: it waits up to PAUSE_MILLIS for the server to close.
                closed = closedWhileWaiting(in);
                if (!closed) {
                    closed = !wrote(out, "X-Trickle-" + sent++ + ": y\r\n");
                }
            }

            assertThat(closed).as("the connection was closed while the head still trickled").isTrue();
            assertThat(sent).as("lines sent before the close").isLessThan(LINES);
        }
    }

    @Test
    void aHeadSentInPartsWithinTheDeadlineIsServed() throws IOException, InterruptedException {
        try (Socket socket = new RawHttp(app.port()).open()) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(DEADLINE.toMillis() / 4);
            out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(RawHttp.parse(RawHttp.readAll(socket.getInputStream())).status()).isEqualTo(200);
        }
    }

    @Test
    void aKeptAliveConnectionThatWaitsLongerThanTheDeadlineBetweenRequestsIsStillServed() throws Exception {
        try (Socket socket = new RawHttp(app.port()).open()) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().read();
            Thread.sleep(DEADLINE.toMillis() * 2);
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            String rest = new String(RawHttp.readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            assertThat(rest).contains("HTTP/1.1 200");
        }
    }

    private static boolean closedWhileWaiting(InputStream in) throws IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    private static boolean wrote(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        } catch (IOException reset) {
            return false;
        }
    }
}
