package spanel.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * A transaction ended by an Error (out of memory, above all) has its connection cut before the
 * rollback. The Error may have struck the driver halfway through a message: the database then waits
 * for the rest, idle in the transaction and holding its row locks, while a rollback sent over that
 * connection waits for an answer that never comes. Cut, the database rolls back at once, and the
 * pool throws the connection away. This holds for an Error in the transaction's work and in its commit.
 */
final class CutOnError implements TransactionListener {

    @Override
    public void rollbackStart(TransactionContext transaction) {
        if (!(transaction.causeThrowable() instanceof Error)) {
            return;
        }
        try {
            // The thread-bound provider answers the transaction's own connection.
            Connection connection = transaction.configuration().connectionProvider().acquire();
            if (connection != null) {
                connection.abort(Runnable::run);
            }
        } catch (SQLException | RuntimeException e) {
            // Already closed, or unreachable: either way nobody is left to hold its locks.
        }
    }
}
