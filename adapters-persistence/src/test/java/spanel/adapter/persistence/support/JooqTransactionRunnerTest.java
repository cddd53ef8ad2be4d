package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static spanel.adapter.persistence.generated.Tables.NODES;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.application.common.port.out.TransactionRunner;

class JooqTransactionRunnerTest extends PersistenceContractTest {

    @Test
    void writesInsideTheBlockCommitTogether() {
        transactions().inTransaction(() -> {
            insertNode("commit-a");
            insertNode("commit-b");
        });

        assertThat(countNodes("commit-a") + countNodes("commit-b")).isEqualTo(2);
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            insertNode("rolled-back");
            throw new IllegalStateException("injected after the first write");
        })).isInstanceOf(IllegalStateException.class).hasMessage("injected after the first write");

        assertThat(countNodes("rolled-back")).isZero();
    }

    @Test
    void anErrorHalfwayRollsBackAndFreesTheRowsItLocked() {
        long id = insertNode("locked");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            dsl().update(NODES).set(NODES.NAME, "renamed").where(NODES.ID.eq(id)).execute();
            throw new InjectedError();
        })).isInstanceOf(InjectedError.class);

        // Another transaction locks the row at once; waiting for it would fail after the lock timeout.
        String name = transactions().inTransaction(() -> {
            dsl().execute(database == TestDatabase.H2 ? "SET LOCK_TIMEOUT 2000" : "SET LOCAL lock_timeout = '2s'");
            return dsl().select(NODES.NAME).from(NODES).where(NODES.ID.eq(id)).forUpdate().fetchOne(NODES.NAME);
        });
        assertThat(name).isEqualTo("locked");
    }

    @Test
    void anErrorHalfwayCutsTheConnectionInsteadOfTrustingItAgain() {
        assumeTrue(database == TestDatabase.POSTGRES, "a server session to cut");
        long id = insertNode("cut");
        int[] cut = new int[1];

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            cut[0] = backend();
            dsl().update(NODES).set(NODES.NAME, "renamed").where(NODES.ID.eq(id)).execute();
            throw new InjectedError();
        })).isInstanceOf(InjectedError.class);

        // The pool hands a thread back the connection it last used: unless that one was thrown away.
        assertThat(transactions().inTransaction(this::backend)).isNotEqualTo(cut[0]);
        assertThat(dsl().fetchValue(NODES.NAME, NODES.ID.eq(id))).isEqualTo("cut");
    }

    @Test
    void aNestedBlockJoinsTheOuterTransaction() {
        TransactionRunner tx = transactions();

        assertThatThrownBy(() -> tx.inTransaction(() -> {
            tx.inTransaction(() -> insertNode("inner"));
            throw new IllegalStateException("outer fails after the inner block committed its savepoint");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(countNodes("inner")).isZero();
    }

    @Test
    void theBlockResultIsReturned() {
        long id = transactions().inTransaction(() -> insertNode("returned"));

        assertThat(dsl().fetchValue(NODES.NAME, NODES.ID.eq(id))).isEqualTo("returned");
    }

    /** An Error, as an OutOfMemoryError is: not an Exception. */
    private static final class InjectedError extends Error {
    }

    private int backend() {
        return dsl().fetchValue(DSL.field("pg_backend_pid()", Integer.class));
    }

    private long insertNode(String name) {
        return dsl().insertInto(NODES).set(NODES.NAME, name).returning(NODES.ID).fetchOne(NODES.ID);
    }

    private int countNodes(String name) {
        return dsl().fetchCount(NODES, NODES.NAME.eq(name));
    }
}
