package spanel.bootstrap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.SpanelProcess;

/**
 * The embedded default (H2 file database) keeps what it acknowledged: through a SIGKILL right after
 * the answers, and through a full disk, which refuses writes with 503 and heals when space returns.
 */
class EmbeddedDurabilityIT {

    private static final String MU_KEY = "durability-test-shared-key-0123";
    private static final String PASSWORD = "a password for the durability test";

    @Test
    void everyAcknowledgedReportSurvivesASigkillRightAfterItsAnswer(@TempDir Path dir) throws Exception {
        Installation spanel = Installation.create(dir, dir.resolve("data"));
        Process running = spanel.serve();
        AtomicLong acknowledged = new AtomicLong();
        try {
            // Four nodes' worth of reports at once: their writes share store commits, and each is
            // answered only once its commit is in the file.
            ExecutorService senders = Executors.newFixedThreadPool(4);
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int sender = t;
                sent.add(senders.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        TestHttp.Reply reply = spanel.report("kill-" + sender + "-" + i);
                        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                        acknowledged.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            senders.shutdown();
        } finally {
            running.destroyForcibly();
        }
        assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process again = spanel.serve();
        try {
            assertThat(spanel.bytesOfTheUser()).isEqualTo(acknowledged.get());
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskRefusesWritesWith503LosesNothingAcknowledgedAndHealsWhenSpaceReturns(@TempDir Path dir) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 24)) {
            Installation spanel = Installation.create(dir, disk.path().resolve("data"));
            Process running = spanel.serve();
            try {
                long acknowledged = 0;
                int refused = 0;
                disk.fillLeaving(256 * 1024);
                for (int i = 0; i < 5_000 && refused < 20; i++) {
                    TestHttp.Reply reply = spanel.report("full-" + i);
                    if (reply.status() == 200) {
                        acknowledged++;
                    } else {
                        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
                        assertThat(reply.header("Retry-After")).isNotBlank();
                        refused++;
                    }
                }
                assertThat(refused).as("the disk filled up").isEqualTo(20);

                disk.free();
                TestHttp.Reply healed = null;
                for (int i = 0; i < 20 && (healed == null || healed.status() != 200); i++) {
                    healed = spanel.report("after-" + i);
                    assertThat(healed.status()).as(healed.body()).isIn(200, 503);
                }
                assertThat(healed.status()).as("writes work again without a restart").isEqualTo(200);
                acknowledged++;
                assertThat(spanel.health().status()).isEqualTo(200);
                assertThat(spanel.bytesOfTheUser()).isEqualTo(acknowledged);
                assertThat(running.isAlive()).isTrue();

                try (Stream<Path> files = Files.list(disk.path().resolve("data"))) {
                    assertThat(files.map(p -> p.getFileName().toString()))
                            .as("nothing in DATA_DIR but the database and its lock")
                            .allMatch(name -> name.equals("spanel.mv.db") || name.equals("spanel.lock.db"));
                }
            } finally {
                running.destroyForcibly();
                running.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** One spanel installation: its node and its user made with the CLI, served on a port of its own. */
    private record Installation(Path dir, Map<String, String> env, int port, TestHttp http, long node, long user, String email) {

        static Installation create(Path dir, Path dataDir) throws Exception {
            int port = SpanelProcess.freePort();
            Map<String, String> env = new HashMap<>(Map.of(
                    "HTTP_PORT", String.valueOf(port),
                    "DATA_DIR", dataDir.toString(),
                    "MU_KEY", MU_KEY));
            ObjectMapper json = new ObjectMapper();
            long node = json.readTree(SpanelProcess.run(dir, env, "node", "create", "--name", "durable",
                    "--server", "durable.example.com")).get("id").asLong();
            String email = "durable@example.com";
            long user = json.readTree(SpanelProcess.run(dir, env, "user", "create", "--email", email, "--password", PASSWORD))
                    .get("id").asLong();
            return new Installation(dir, env, port, new TestHttp(port), node, user, email);
        }

        Process serve() throws Exception {
            Process spanel = SpanelProcess.start(dir, env);
            assertThat(SpanelProcess.awaitHealth(spanel, port).status()).isEqualTo(200);
            return spanel;
        }

        /** One byte up for the user, under its own report id. */
        TestHttp.Reply report(String reportId) {
            return http.post("/app/api/v0/node/traffic", "{\"node_id\":" + node + ",\"report_id\":\"" + reportId
                    + "\",\"data\":[{\"user_id\":" + user + ",\"u\":1,\"d\":0}]}", "Key", MU_KEY);
        }

        TestHttp.Reply health() {
            return http.get("/health");
        }

        long bytesOfTheUser() {
            TestHttp.Reply login = http.post("/app/api/v0/auth/login",
                    "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            JsonNode info = http.get("/app/api/v0/user/info",
                    "Authorization", "Bearer " + login.json().get("data").get("access_token").asText()).json().get("data");
            return info.get("u").asLong() + info.get("d").asLong();
        }
    }

    /** A small tmpfs mounted for one test (as root), filled and freed on demand, unmounted at the end. */
    private record SmallDisk(Path path) implements AutoCloseable {

        static SmallDisk mount(Path path, int megabytes) throws Exception {
            Files.createDirectories(path);
            exec("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "spanel-test-disk", path.toString());
            return new SmallDisk(path);
        }

        void fillLeaving(long bytes) throws Exception {
            long free = Files.getFileStore(path).getUsableSpace();
            exec("fallocate", "-l", Long.toString(Math.max(0, free - bytes)), filler().toString());
        }

        void free() throws IOException {
            Files.deleteIfExists(filler());
        }

        private Path filler() {
            return path.resolve("filler");
        }

        @Override
        public void close() throws Exception {
            exec("umount", "-l", path.toString());
        }

        private static void exec(String... command) throws Exception {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s: %s", List.of(command), output).isZero();
        }
    }
}
