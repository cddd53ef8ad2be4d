package spanel.application.common.port.out;

import java.util.function.Supplier;

/**
 * Runs a block of work in one database transaction: every write inside it commits together, or,
 * when the block throws, none does. Services that write more than once wrap their whole body in it.
 * A call made inside a running transaction joins it.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
