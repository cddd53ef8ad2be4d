package spanel.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.NODES;

import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
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

    private long insertNode(String name) {
        return dsl().insertInto(NODES).set(NODES.NAME, name).returning(NODES.ID).fetchOne(NODES.ID);
    }

    private int countNodes(String name) {
        return dsl().fetchCount(NODES, NODES.NAME.eq(name));
    }
}
