package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded database a write is in the file when the call that made it returns, while H2
 * itself would keep it in memory for a minute; reads wait for nothing; writers that finish
 * together share store commits.
 */
class DurableWritesTest {

    @TempDir
    Path dir;
    private Connection holder;
    private MVStore store;
    private DSLContext dsl;
    private JooqTransactionRunner transactions;

    @BeforeEach
    void openAnH2FileThatWouldKeepCommitsInMemoryForAMinute() throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("durable") + DatabaseUrl.H2_OPTIONS + ";WRITE_DELAY=60000");
        holder = source.getConnection();
        holder.createStatement().execute("CREATE TABLE counters (id INT PRIMARY KEY, n BIGINT NOT NULL)");
        holder.createStatement().execute("INSERT INTO counters SELECT \"X\", 0 FROM SYSTEM_RANGE(1, 8)");
        store = SharedStoreCommits.storeOf(holder);
        store.commit();
        dsl = Persistence.dsl(source, SQLDialect.H2);
        transactions = new JooqTransactionRunner(dsl);
    }

    @AfterEach
    void close() {
        try {
            holder.close();
        } catch (SQLException closedByTheTest) {
            // the last test closes the store under the connection
        }
    }

    @Test
    void aTransactionIsInTheFileWhenItReturns() {
        transactions.inTransaction(() -> dsl.execute("UPDATE counters SET n = n + 1 WHERE id = 1"));

        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aStatementOnItsOwnIsInTheFileWhenItReturns() {
        dsl.execute("UPDATE counters SET n = n + 1 WHERE id = 2");

        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aReadCommitsNothing() throws SQLException {
        holder.createStatement().execute("UPDATE counters SET n = n + 1 WHERE id = 3");
        long version = store.getCurrentVersion();

        assertThat(((Number) dsl.fetchValue("SELECT n FROM counters WHERE id = 3")).longValue()).isEqualTo(1L);
        transactions.inTransaction(() -> dsl.fetchValue("SELECT n FROM counters WHERE id = 3"));

        assertThat(store.getCurrentVersion()).isEqualTo(version);
        assertThat(store.hasUnsavedChanges()).as("another session's write, which nobody waited for").isTrue();
    }

    @Test
    void writersThatFinishTogetherShareStoreCommits() throws Exception {
        int writers = 8;
        int writesEach = 25;
        long versionBefore = store.getCurrentVersion();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 1; w <= writers; w++) {
                int id = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        transactions.inTransaction(() -> dsl.execute("UPDATE counters SET n = n + 1 WHERE id = " + id));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(((Number) dsl.fetchValue("SELECT SUM(n) FROM counters")).longValue()).isEqualTo((long) writers * writesEach);
        assertThat(store.hasUnsavedChanges()).isFalse();
        assertThat(store.getCurrentVersion() - versionBefore)
                .as("store commits for %d writes", writers * writesEach)
                .isLessThan(writers * writesEach / 2);
    }

    @Test
    void aStoreThatCannotWriteFailsTheWriteAsUnavailable() throws SQLException {
        holder.createStatement().execute("UPDATE counters SET n = n + 1 WHERE id = 4");
        store.closeImmediately();

        DataAccessException failure = catchThrowableOfType(DataAccessException.class,
                () -> new SharedStoreCommits(0).awaitDurable(store));

        assertThat(failure.sqlState()).isEqualTo("53100");
    }

    @Test
    void aStoreClosedWithNothingPendingFailsTheWriteAsUnavailableToo() {
        store.closeImmediately();

        DataAccessException failure = catchThrowableOfType(DataAccessException.class,
                () -> new SharedStoreCommits(0).awaitDurable(store));

        assertThat(failure.sqlState()).isEqualTo("53100");
    }
}
