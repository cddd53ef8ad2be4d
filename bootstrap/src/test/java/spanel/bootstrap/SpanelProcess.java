package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import spanel.adapter.http.testing.TestHttp;

/** spanel.jar run as its own process, the way ./spanel and java -jar run it, in a working directory of its own. */
public final class SpanelProcess {

    static final List<String> CONFIG_VARIABLES = List.of("HTTP_HOST", "HTTP_PORT", "DATABASE_URL",
            "DATABASE_USER", "DATABASE_PASSWORD", "DATABASE_POOL_SIZE", "REDIS_URL", "REDIS_KEY_PREFIX", "DATA_DIR", "MU_KEY",
            "DEBUG", "NODE_REPORT_MAX", "DEFAULT_TRAFFIC_GB", "DEFAULT_EXPIRE_DAYS", "DEFAULT_CLASS", "DEFAULT_GROUP",
            "PORT_RANGE_START", "PORT_RANGE_END", "TOKEN_TTL", "LOGIN_RATE_LIMIT");

    private SpanelProcess() {
    }

    /** Starts {@code java -jar spanel.jar args...} in {@code dir}, stdout to out.txt and stderr to err.txt there. */
    public static Process start(Path dir, Map<String, String> variables, String... args) throws IOException {
        return start(dir, variables, List.of(), args);
    }

    /** As {@link #start(Path, Map, String...)}, with JVM options before {@code -jar} (e.g. "@deploy/jvm.options"). */
    public static Process start(Path dir, Map<String, String> variables, List<String> jvmOptions, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("spanel.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("err.txt").toFile()));
        CONFIG_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().put("HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(variables);
        return builder.start();
    }

    /** Runs a command (node create, user create) to its end and returns what it printed on stdout. */
    public static String run(Path dir, Map<String, String> variables, String... args) throws IOException, InterruptedException {
        Process command = start(dir, variables, args);
        assertThat(command.waitFor(60, TimeUnit.SECONDS)).as("spanel %s finished", List.of(args)).isTrue();
        assertThat(command.exitValue()).as("spanel %s: %s", List.of(args), stderr(dir)).isZero();
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8).strip();
    }

    /** Waits (polling, up to a minute) until /health answers at all, and returns that answer. */
    public static TestHttp.Reply awaitHealth(Process spanel, int port) throws InterruptedException {
        TestHttp http = new TestHttp(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(spanel.isAlive()).as("spanel exited early").isTrue();
            try {
                return http.get("/health");
            } catch (UncheckedIOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("spanel did not answer /health within 60 s");
    }

    public static String stderr(Path dir) throws IOException {
        Path err = dir.resolve("err.txt");
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
