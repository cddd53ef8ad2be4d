package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;

/**
 * The embedded database is reachable by spanel alone: it opens no port of its own, and DATA_DIR
 * and the files in it are its owner's only. A command run while a spanel serves the same file is
 * refused with what to do, since only one process may have the file open.
 */
class EmbeddedDatabaseExposureTest {

    private static Settings settings(Path dataDir) {
        return Settings.from(Environment.of(Map.of("DATA_DIR", dataDir.toString(), "HTTP_HOST", "127.0.0.1",
                "HTTP_PORT", "0")));
    }

    @Test
    void theEmbeddedStartListensOnTheHttpPortAndNothingElse(@TempDir Path dir) throws IOException {
        Set<Integer> before = ListeningPorts.ofThisProcess();

        try (Application app = Application.start(settings(dir.resolve("data")))) {
            Set<Integer> opened = new HashSet<>(ListeningPorts.ofThisProcess());
            opened.removeAll(before);

            assertThat(opened).containsExactly(app.port());
        }
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("spanel.lock.db");
        }
    }

    @Test
    void dataDirAndItsFilesAreTheOwnersOnly(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (Application app = Application.start(settings(data))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aDataDirOthersCouldReadIsMadeTheOwnersOnly(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(run(data, "migrate")).isEqualTo(Cli.OK);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("spanel.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aCommandWhileAnotherProcessHasTheDatabaseOpenSaysToStopItFirst(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        assertThat(run(data, "migrate")).isEqualTo(Cli.OK);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // H2 holds the file with an OS lock; another process holding it looks the same from here.
        try (FileChannel file = FileChannel.open(data.resolve("spanel.mv.db"), StandardOpenOption.WRITE);
                FileLock held = file.lock()) {
            int code = new Cli(Map.of("DATA_DIR", data.toString()), dir, new ByteArrayInputStream("a password 123\n".getBytes()),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    Clock.systemUTC()).run(List.of("user", "create", "--email", "a@example.com", "--password", "long enough"));

            assertThat(code).isEqualTo(Cli.FAILED);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("spanel: the embedded database in " + data + " is in use by another process")
                .contains("stop the running spanel");
    }

    private static int run(Path data, String... args) {
        return new Cli(Map.of("DATA_DIR", data.toString()), data.getParent(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC())
                .run(List.of(args));
    }

    /** The TCP ports this process listens on: its socket descriptors matched to the kernel's LISTEN entries. */
    static final class ListeningPorts {

        private static final String LISTEN = "0A";

        static Set<Integer> ofThisProcess() throws IOException {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                fds.forEach(fd -> {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // the descriptor was closed while listed: not a listening socket of ours
                    }
                });
            }
            Set<Integer> ports = new HashSet<>();
            for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                        String local = columns[1];
                        ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                    }
                }
            }
            return ports;
        }
    }
}
