package spanel.adapter.persistence.support;

import java.sql.Connection;
import java.util.function.Supplier;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Asks for a connection once per transaction. When jOOQ cannot begin a transaction it asks again
 * to roll back, and again to restore the connection's settings: three waits for a database that
 * is not there (15 s with a 5 s pool timeout). Inside {@link #transaction(Supplier)}, once an
 * attempt has failed, every further one fails at once, caused by that failure.
 */
final class FailFastConnections implements ConnectionProvider {

    private static final ThreadLocal<RuntimeException[]> ATTEMPT = new ThreadLocal<>();

    private final ConnectionProvider delegate;

    FailFastConnections(ConnectionProvider delegate) {
        this.delegate = delegate;
    }

    /** Runs one transaction's work; nested calls join the outer attempt. */
    static <T> T transaction(Supplier<T> work) {
        if (ATTEMPT.get() != null) {
            return work.get();
        }
        ATTEMPT.set(new RuntimeException[1]);
        try {
            return work.get();
        } finally {
            ATTEMPT.remove();
        }
    }

    @Override
    public Connection acquire() {
        RuntimeException[] attempt = ATTEMPT.get();
        if (attempt != null && attempt[0] != null) {
            // A new exception each time: jOOQ adds the rollback's failure to the first one as suppressed,
            // and the same instance there would be self-suppression, which replaces the real cause.
            throw new DataAccessException("no connection: the transaction could not get one before", attempt[0]);
        }
        try {
            return delegate.acquire();
        } catch (RuntimeException e) {
            if (attempt != null) {
                attempt[0] = e;
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection) {
        delegate.release(connection);
    }
}
