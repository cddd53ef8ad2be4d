package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;

/** The embedded database file stays near the size of its live data while spanel runs, however many writes it took. */
class EmbeddedDatabaseSizeTest {

    private static final long MEGABYTE = 1 << 20;

    @Test
    void thousandsOfCommitsLeaveTheFileNearItsLiveSizeOnceTheyStop(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Settings settings = Settings.from(Environment.of(Map.of("DATA_DIR", data.toString(), "HTTP_HOST", "127.0.0.1",
                "HTTP_PORT", "0")));
        try (Application app = Application.start(settings);
                // The same in-process database spanel has open: each statement a commit, as a traffic report is.
                Connection connection = DriverManager.getConnection(DatabaseUrl.embedded(data).jdbcUrl());
                Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE churn (id INT PRIMARY KEY, n BIGINT)");
            ddl.execute("INSERT INTO churn SELECT \"X\", 0 FROM SYSTEM_RANGE(1, 1000)");
            try (PreparedStatement bump = connection.prepareStatement("UPDATE churn SET n = n + 1 WHERE id = ?")) {
                for (int i = 0; i < 3_000; i++) {
                    bump.setInt(1, i % 1000 + 1);
                    bump.executeUpdate();
                }
            }
            Path file = data.resolve("spanel.mv.db");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Files.size(file) > 4 * MEGABYTE && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(Files.size(file)).as("bytes of spanel.mv.db after 3,000 commits").isLessThan(4 * MEGABYTE);
        }
    }
}
