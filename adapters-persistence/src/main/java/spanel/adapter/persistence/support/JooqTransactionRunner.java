package spanel.adapter.persistence.support;

import java.util.function.Supplier;
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
            return FailFastConnections.transaction(() -> dsl.transactionResult(work::get));
        } catch (RuntimeException e) {
            // A commit that could not be written (H2 on a full disk) is a storage failure, not a bug.
            throw StorageFailures.standardised(e);
        }
    }
}
