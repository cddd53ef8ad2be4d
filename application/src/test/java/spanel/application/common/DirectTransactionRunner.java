package spanel.application.common;

import java.util.function.Supplier;
import spanel.application.common.port.out.TransactionRunner;

/**
 * For service tests with in-memory fakes: runs the work directly, counting the transactions opened
 * and those left by an exception, which the database's runner rolls back.
 */
public final class DirectTransactionRunner implements TransactionRunner {

    private int opened;
    private int rolledBack;
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        opened++;
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rolledBack++;
            throw e;
        } finally {
            depth--;
        }
    }

    public int opened() {
        return opened;
    }

    /** Transactions whose work threw, so that none of its writes stays. */
    public int rolledBack() {
        return rolledBack;
    }

    /** Whether a write made now would belong to a transaction. */
    public boolean isOpen() {
        return depth > 0;
    }
}
