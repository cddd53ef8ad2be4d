package spanel.adapter.persistence.support;

import java.sql.Connection;
import org.h2.mvstore.MVStore;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteType;

/**
 * Hands out connections to the embedded database and, when one comes back after a write (the end
 * of a transaction, or a statement run on its own), holds the caller until the write is in the
 * file: a write answered 2xx survives a killed process. Reads wait for nothing.
 */
final class DurableWrites implements ConnectionProvider {

    private final ThreadLocal<MVStore> written = new ThreadLocal<>();
    private final ConnectionProvider delegate;
    private final SharedStoreCommits commits;

    DurableWrites(ConnectionProvider delegate, SharedStoreCommits commits) {
        this.delegate = delegate;
        this.commits = commits;
    }

    /** Called for every statement run: anything but a read makes the connection's release wait for the file. */
    void executed(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ && ctx.connection() != null) {
            MVStore store = SharedStoreCommits.storeOf(ctx.connection());
            if (store != null) {
                written.set(store);
            }
        }
    }

    @Override
    public Connection acquire() {
        return delegate.acquire();
    }

    @Override
    public void release(Connection connection) {
        MVStore store = written.get();
        written.remove();
        delegate.release(connection);
        if (store != null) {
            commits.awaitDurable(store);
        }
    }
}
