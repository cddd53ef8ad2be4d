package spanel.bootstrap.subscription;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Debian v2ray (4.34) client run as a process: started on a JSON configuration, ready once it
 * says it started (a bounded wait), and killed by {@link #close}. A machine without it fails the
 * test that needs it, with the way to get it.
 */
final class V2ray implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START_SECONDS = 30;

    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private V2ray(Process process) {
        this.process = process;
    }

    /** The v2ray and v2ctl binaries on the PATH, or the test fails saying how to install them. */
    static Path binary(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(name + " is not installed, so the subscription cannot be tried with a real client. "
                + "scripts/test installs the Debian package v2ray (4.34) when run as root with apt-get; "
                + "elsewhere install it (apt-get install v2ray) and run the tests again.");
    }

    /** A fresh certificate for the domain that is its own CA, as v2ctl prints it ({"certificate":[..],"key":[..]}). */
    static JsonNode certificate(String domain) {
        try {
            Process v2ctl = new ProcessBuilder(binary("v2ctl").toString(), "cert", "--ca", "--domain=" + domain,
                    "--expire=1h").redirectErrorStream(true).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(v2ctl));
            if (!v2ctl.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                v2ctl.destroyForcibly();
                return fail("v2ctl cert did not finish");
            }
            return JSON.readTree(out.get(START_SECONDS, TimeUnit.SECONDS));
        } catch (IOException | ExecutionException | TimeoutException e) {
            return fail("v2ctl cert failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Starts v2ray on the configuration and returns once it reports that it started (its inbounds listen). */
    static V2ray start(String role, JsonNode config, Path dir) throws IOException {
        Path file = dir.resolve(role + ".json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        Process process = new ProcessBuilder(binary("v2ray").toString(), "-config", file.toString())
                .redirectErrorStream(true).start();
        V2ray v2ray = new V2ray(process);
        CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(v2ray::readUntilStarted);
        try {
            if (!started.get(START_SECONDS, TimeUnit.SECONDS)) {
                v2ray.close();
                fail("v2ray (" + role + ") exited before it started:\n" + v2ray.output);
            }
        } catch (ExecutionException | TimeoutException e) {
            v2ray.close();
            fail("v2ray (" + role + ") did not start within " + START_SECONDS + " s:\n" + v2ray.output, e);
        } catch (InterruptedException e) {
            v2ray.close();
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return v2ray;
    }

    /** Reads the output until the start line (true) or the end of the process (false), then keeps draining it. */
    private boolean readUntilStarted() {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
                if (line.contains("V2Ray") && line.endsWith(" started")) {
                    Thread.ofVirtual().start(() -> drain(reader));
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void drain(BufferedReader reader) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String output() {
        return output.toString();
    }

    /** Free TCP ports on 127.0.0.1, each picked by the system (free when picked; a later bind may still race). */
    static List<Integer> freePorts(int count) {
        try {
            ServerSocket[] sockets = new ServerSocket[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
            }
            List<Integer> ports = java.util.Arrays.stream(sockets).map(ServerSocket::getLocalPort).toList();
            for (ServerSocket socket : sockets) {
                socket.close();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
