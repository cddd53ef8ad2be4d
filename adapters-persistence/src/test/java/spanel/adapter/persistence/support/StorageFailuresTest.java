package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StorageFailuresTest {

    @Test
    void aClosedH2DatabaseIsAConnectionFailureAndAWrongStatementIsNot() throws Exception {
        String url = "jdbc:h2:mem:storage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            SQLException wrong = catchThrowableOfType(SQLException.class,
                    () -> first.createStatement().execute("SELECT no_such_column FROM no_such_table"));
            assertThat(StorageFailures.isStorageFailure(wrong)).isFalse();
            assertThat((Object) StorageFailures.standardised(wrong)).isSameAs(wrong);

            first.createStatement().execute("SHUTDOWN");
            SQLException closed = catchThrowableOfType(SQLException.class, () -> second.createStatement().execute("SELECT 1"));

            assertThat(StorageFailures.isStorageFailure(closed)).as(closed.toString()).isTrue();
            assertThat(StorageFailures.standardised(closed).getSQLState()).isEqualTo("08003");
        }
    }

    @Test
    void aWriteThatFailedUnderH2sGeneralErrorIsADiskFull() {
        SQLException failedWrite = new org.h2.jdbc.JdbcSQLNonTransientException("General error", null, "HY000",
                StorageFailures.H2_GENERAL_ERROR, new IllegalStateException("write failed", new java.io.IOException("No space left")), null);
        SQLException bug = new org.h2.jdbc.JdbcSQLNonTransientException("General error", null, "HY000",
                StorageFailures.H2_GENERAL_ERROR, new NullPointerException(), null);

        assertThat(StorageFailures.standardised(failedWrite).getSQLState()).isEqualTo("53100");
        assertThat(StorageFailures.isStorageFailure(bug)).isFalse();
    }
}
