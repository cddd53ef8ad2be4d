package spanel.adapter.persistence.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * A round writes nothing while the disk lacks room for the rewrite, and takes no lock of H2's
 * database object: H2 closes the database after a failed write, under every request using it, and a
 * CHECKPOINT (which holds that lock while it waits for the store's) deadlocked on a full disk with a
 * commit whose write had failed, so that request was never answered and no connection opened again.
 */
public final class EmbeddedHousekeeping implements Runnable {

    /** How often a round runs; below the file's retention time, so a sync always precedes reuse. */
    public static final Duration PERIOD = Duration.ofSeconds(1);
    /** Chunks less full than this are rewritten (H2's own background default is about the same). */
    static final int TARGET_FILL_PERCENT = 80;
    /** At most this much is rewritten per round, so one round never holds the store for long. */
    static final int REWRITE_BYTES = 1 << 20;
    /** Free space a rewrite needs: the live pages are written anew before their old chunks come free. */
    static final long ROOM_TO_REWRITE = 4L * REWRITE_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHousekeeping.class);

    private final DataSource dataSource;

    public EmbeddedHousekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One round; a failure (a closed pool, a store closed meanwhile) is logged and the next round
     * tries again. The commit and the rewrite write, so they wait for room; the sync only forces to
     * disk what commits already wrote. None of them holds H2's database object.
     */
    @Override
    public void run() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = storeOf(connection);
            if (store == null || store.isClosed()) {
                return;
            }
            if (hasRoomToRewrite(store)) {
                // Stores the pages the last round rewrote, so the chunks they left come free.
                store.commit();
                store.sync();
                store.compact(TARGET_FILL_PERCENT, REWRITE_BYTES);
            } else {
                store.sync();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.debug("embedded database housekeeping failed; it runs again in {}", PERIOD, e);
        }
    }

    private static boolean hasRoomToRewrite(MVStore store) throws IOException {
        Path file = Path.of(store.getFileStore().getFileName());
        return Files.getFileStore(file).getUsableSpace() >= ROOM_TO_REWRITE;
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
