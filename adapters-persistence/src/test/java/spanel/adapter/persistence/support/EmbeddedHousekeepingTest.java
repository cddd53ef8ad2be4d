package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A housekeeping round writes nothing the disk has no room for: H2 closes its database after a
 * failed write, under every request using it (and a CHECKPOINT that failed so deadlocked a request
 * committing at the same moment, which then never got an answer).
 */
class EmbeddedHousekeepingTest {

    @Test
    void aRoundOnAFullDiskLeavesTheDatabaseOpen(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        exec("mount", "-t", "tmpfs", "-o", "size=8m", "spanel-housekeeping-test", disk.toString());
        try {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(DatabaseUrl.embedded(disk).jdbcUrl());
            try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection();
                    Statement write = writer.createStatement()) {
                write.execute("CREATE TABLE churn (id INT PRIMARY KEY, n BIGINT)");
                write.execute("INSERT INTO churn SELECT \"X\", 0 FROM SYSTEM_RANGE(1, 1000)");
                for (int i = 0; i < 200; i++) {
                    write.execute("UPDATE churn SET n = n + 1 WHERE id = " + (i % 1000 + 1));
                }
                // Changes not yet on file, which a checkpoint would write out.
                writer.setAutoCommit(false);
                write.execute("INSERT INTO churn SELECT \"X\", 0 FROM SYSTEM_RANGE(1001, 30000)");
                Path filler = disk.resolve("filler");
                exec("fallocate", "-l", Long.toString(Files.getFileStore(disk).getUsableSpace() - 16 * 1024),
                        filler.toString());
                try {
                    new EmbeddedHousekeeping(dataSource).run();

                    try (Statement read = reader.createStatement();
                            ResultSet count = read.executeQuery("SELECT COUNT(*) FROM churn WHERE id <= 1000")) {
                        assertThat(count.next()).isTrue();
                        assertThat(count.getLong(1)).as("rows read after the round").isEqualTo(1000);
                    }
                } finally {
                    Files.delete(filler);
                }
            }
        } finally {
            exec("umount", "-l", disk.toString());
        }
    }

    private static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", List.of(command), output).isZero();
    }
}
