package spanel.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.jooq.exception.DataAccessException;

/**
 * Makes a write on the embedded H2 database durable before it is answered, with one store commit
 * shared by the writes that finish together.
 * <p>
 * H2 writes its file in chunks, one per store commit, and keeps every chunk it replaced for 45 s
 * (what lets a killed process reopen its last state). Committing the store for each transaction
 * ({@code WRITE_DELAY=0}) therefore grew the file by a chunk per write and kept 45 s of them: a
 * file in proportion to the write rate (hundreds of megabytes under load). Here H2 keeps commits in
 * memory, and a writer that has committed waits until a store commit that began after its
 * transaction has been written: at most one such commit per {@link #interval}, taken by whichever
 * waiting writer finds none running. A lone write waits for nothing but its own store commit; under
 * load the file holds at most {@code 45 s / interval} chunks.
 */
final class SharedStoreCommits {

    private final long intervalNanos;
    private Batch open = new Batch();
    private boolean committing;
    private long lastCommitNanos;

    SharedStoreCommits(long intervalMillis) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.lastCommitNanos = System.nanoTime() - intervalNanos;
    }

    /** The file-backed store behind a connection, or null for anything else (PostgreSQL, an in-memory H2). */
    static MVStore storeOf(Connection connection) {
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                Store store = session.getDatabase().getStore();
                MVStore mvStore = store == null ? null : store.getMvStore();
                return mvStore != null && mvStore.getFileStore() != null ? mvStore : null;
            }
            return null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Returns once everything the calling thread committed to {@code store} is in its file; throws a
     * {@link DataAccessException} in SQL state 53100 (a 503) when the store could not write it.
     */
    void awaitDurable(MVStore store) {
        boolean stored;
        try {
            // Stored already (H2 stores each commit itself under WRITE_DELAY=0): wait only for a
            // store commit still being written.
            stored = !store.hasUnsavedChanges();
            if (stored) {
                store.executeFilestoreOperation(() -> { });
            }
        } catch (RuntimeException | Error e) {
            throw cannotWrite(e);
        }
        if (stored) {
            return;
        }
        Batch mine;
        synchronized (this) {
            mine = open;
            mine.stores.add(store);
        }
        boolean interrupted = false;
        while (true) {
            synchronized (this) {
                if (mine.done) {
                    break;
                }
                if (committing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                    continue;
                }
                committing = true;
            }
            interrupted |= commitOpenBatch();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw cannotWrite(mine.failure);
        }
    }

    private static DataAccessException cannotWrite(Throwable failure) {
        return new DataAccessException("the database cannot write (disk full?): " + failure,
                new SQLException("the database cannot write: " + failure, "53100", failure));
    }

    /** Commits every store the open batch waits for, no sooner than an interval after the last commit. */
    private boolean commitOpenBatch() {
        boolean interrupted = false;
        long wait = lastCommitNanos + intervalNanos - System.nanoTime();
        while (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            wait = lastCommitNanos + intervalNanos - System.nanoTime();
        }
        Batch batch;
        synchronized (this) {
            batch = open;
            open = new Batch();
        }
        Throwable failure = null;
        for (MVStore store : batch.stores) {
            try {
                store.commit();
                // A store commit H2 began on its own writes in the background; this waits for it too.
                store.executeFilestoreOperation(() -> { });
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
        synchronized (this) {
            batch.failure = failure;
            batch.done = true;
            committing = false;
            lastCommitNanos = System.nanoTime();
            notifyAll();
        }
        return interrupted;
    }

    private static final class Batch {
        final Set<MVStore> stores = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean done;
        Throwable failure;
    }
}
