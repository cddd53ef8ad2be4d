package spanel.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded database file as small as its live data. With WRITE_DELAY=0 (every commit on
 * file before it is answered) H2 runs no background writer, and that thread is what rewrites sparse
 * chunks: without it every commit's chunk stayed and the file grew by kilobytes per write until the
 * disk was full. One round does that thread's work: it syncs the file, so whatever replaced a chunk
 * is on disk before H2 may reuse the chunk's space (the RETENTION_TIME of {@link DatabaseUrl} is
 * longer than the period), then rewrites the chunks that are mostly dead, so their space comes free.
 */
public final class EmbeddedHousekeeping implements Runnable {

    /** How often a round runs; below the file's retention time, so a sync always precedes reuse. */
    public static final Duration PERIOD = Duration.ofSeconds(1);
    /** Chunks less full than this are rewritten (H2's own background default is about the same). */
    static final int TARGET_FILL_PERCENT = 80;
    /** At most this much is rewritten per round, so one round never holds the store for long. */
    static final int REWRITE_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHousekeeping.class);

    private final DataSource dataSource;

    public EmbeddedHousekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One round; a failure (a full disk, a closed pool) is logged and the next round tries again. */
    @Override
    public void run() {
        try (Connection connection = dataSource.getConnection(); Statement sync = connection.createStatement()) {
            sync.execute("CHECKPOINT SYNC");
            MVStore store = storeOf(connection);
            if (store != null && !store.isClosed()) {
                store.compact(TARGET_FILL_PERCENT, REWRITE_BYTES);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("embedded database housekeeping failed; it runs again in {}", PERIOD, e);
        }
    }

    /** The MVStore behind an in-process H2 connection, or null for any other database. */
    private static MVStore storeOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().isPersistent()) {
            return local.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
