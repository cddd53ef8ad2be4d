package spanel.adapter.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODE_ONLINE_LOG;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.node.NodeId;

class JooqOnlineHistoryTest extends PersistenceContractTest {

    private static final Instant SLOT = Instant.parse("2026-03-01T10:10:00Z");

    @Test
    void aSlotKeepsTheHighestCountReportedInIt() {
        long node = Seed.insert(Seed.node(dsl(), "1"));
        var history = new JooqOnlineHistory(dsl());

        history.record(NodeId.of(node), 4, SLOT.plusSeconds(30));
        history.record(NodeId.of(node), 9, SLOT.plusSeconds(90));
        history.record(NodeId.of(node), 2, SLOT.plusSeconds(599));
        history.record(NodeId.of(node), 5, SLOT.plusSeconds(600));

        assertThat(new JooqDashboardQueries(dsl()).onlineSince(SLOT)).filteredOn(s -> s.node() == node).containsExactlyInAnyOrder(
                new DashboardQueries.Sample(node, SLOT, 9),
                new DashboardQueries.Sample(node, SLOT.plusSeconds(600), 5));
    }

    @Test
    void aNewSlotDropsTheNodesSlotsOlderThan31Days() {
        long node = Seed.insert(Seed.node(dsl(), "1"));
        long other = Seed.insert(Seed.node(dsl(), "1"));
        var history = new JooqOnlineHistory(dsl());
        history.record(NodeId.of(node), 1, SLOT);
        history.record(NodeId.of(other), 1, SLOT);
        Instant later = SLOT.plus(Duration.ofDays(31)).plusSeconds(600);

        history.record(NodeId.of(node), 3, later);

        assertThat(dsl().fetchCount(NODE_ONLINE_LOG, NODE_ONLINE_LOG.NODE_ID.eq(node))).isEqualTo(1);
        assertThat(dsl().fetchCount(NODE_ONLINE_LOG, NODE_ONLINE_LOG.NODE_ID.eq(other)))
                .as("another node's slots wait for that node's next slot").isEqualTo(1);
    }
}
