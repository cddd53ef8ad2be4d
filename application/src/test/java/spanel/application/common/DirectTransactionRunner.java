package spanel.application.common;

import java.util.function.Supplier;
import spanel.application.common.port.out.TransactionRunner;

/** For service tests with in-memory fakes: runs the work directly and counts the transactions opened. */
public final class DirectTransactionRunner implements TransactionRunner {

    private int opened;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    public int opened() {
        return opened;
    }
}
