package spanel.adapter.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of a test's own, on a free port, without persistence, that the test stops and
 * starts again to cut Redis away and bring it back. Tests using it are skipped where redis-server
 * is not installed (scripts/test installs it).
 */
public final class OwnRedisServer implements AutoCloseable {

    private static final File SERVER = new File("/usr/bin/redis-server");

    private final int port;
    private Process process;

    private OwnRedisServer(int port) {
        this.port = port;
    }

    /** Starts one on a free port and waits until it accepts connections. */
    public static OwnRedisServer start() throws IOException, InterruptedException {
        assumeTrue(SERVER.canExecute(), "redis-server is not installed");
        OwnRedisServer server;
        try (ServerSocket socket = new ServerSocket(0)) {
            server = new OwnRedisServer(socket.getLocalPort());
        }
        server.restart();
        return server;
    }

    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** Starts the server again, empty, on the same port, and waits until it accepts connections. */
    public void restart() throws IOException, InterruptedException {
        process = new ProcessBuilder(SERVER.getPath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // A readiness poll, not a timed assertion.
        for (int i = 0; i < 400; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    /** Stops the server and waits for it to be gone. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
