package spanel.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import spanel.application.common.port.out.TransactionRunner;

/**
 * Transactions on the shared {@link DSLContext}. Its ThreadLocalTransactionProvider binds the
 * connection to the calling thread, so every repository holding the same context joins the
 * transaction; a nested call becomes a savepoint of the outer one.
 */
public final class JooqTransactionRunner implements TransactionRunner {

    private final DSLContext dsl;

    public JooqTransactionRunner(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return FailFastConnections.transaction(() -> dsl.transactionResult(() -> {
                try {
                    return work.get();
                } catch (Error e) {
                    abandon(dsl.configuration());
                    throw e;
                }
            }));
        } catch (RuntimeException e) {
            // A commit that could not be written (H2 on a full disk) is a storage failure, not a bug.
            throw StorageFailures.standardised(e);
        }
    }

    /**
     * An Error (out of memory, above all) may have struck the driver halfway through a message: the
     * database then waits for the rest, idle in its transaction and holding its locks, while a
     * rollback sent over the connection waits for an answer that never comes. The connection is cut
     * instead: the database rolls back at once, and the pool throws the connection away.
     */
    private static void abandon(Configuration configuration) {
        try {
            // The thread-bound provider answers the transaction's own connection.
            Connection connection = configuration.connectionProvider().acquire();
            if (connection != null) {
                connection.abort(Runnable::run);
            }
        } catch (SQLException | RuntimeException e) {
            // Already closed, or unreachable: either way nobody is left to hold its locks.
        }
    }
}
