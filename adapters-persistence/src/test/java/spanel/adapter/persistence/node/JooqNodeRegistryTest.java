package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static spanel.adapter.persistence.generated.Tables.NODES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeKeys;
import spanel.domain.node.TrafficRate;

class JooqNodeRegistryTest extends PersistenceContractTest {

    @Test
    void aCreatedNodeIsFoundWithItsSettingsAndOnlyTheHashOfItsKey() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());

        NodeId id = registry.create(new NodeRegistry.NewNode("hk-1", 2, 3, TrafficRate.of(new BigDecimal("1.5"))),
                NodeKeys.hash("the-key"));

        Node node = registry.find(id).orElseThrow();
        assertThat(node.name()).isEqualTo("hk-1");
        assertThat(node.nodeClass()).isEqualTo(2);
        assertThat(node.nodeGroup()).isEqualTo(3);
        assertThat(node.rate()).isEqualTo(TrafficRate.of(new BigDecimal("1.5")));
        assertThat(node.enabled()).isTrue();
        assertThat(node.ownKeyIs("the-key")).isTrue();
        assertThat(node.ownKeyIs("another-key")).isFalse();
        assertThat(registry.anyNodeHasKeyHash(NodeKeys.hash("the-key"))).isTrue();
        assertThat(registry.anyNodeHasKeyHash(NodeKeys.hash("nobody's"))).isFalse();
    }

    @Test
    void theHeartbeatIsKept() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId id = registry.create(new NodeRegistry.NewNode("n", 0, 0, TrafficRate.ONE), NodeKeys.hash("k"));
        Instant at = Instant.parse("2026-11-25T12:00:00Z");

        registry.touchHeartbeat(id, at);

        assertThat(registry.find(id).orElseThrow().heartbeat()).contains(at);
    }

    @Test
    void anEnabledNodeCallingInWithItsKeyOrTheSharedOneHasItsHeartbeatRecorded() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId id = registry.create(new NodeRegistry.NewNode("n", 0, 0, TrafficRate.ONE), NodeKeys.hash("calling-k"));
        Instant first = Instant.parse("2026-11-25T12:00:00Z");
        Instant second = first.plusSeconds(60);

        NodeRegistry.CalledIn own = registry.callIn(id, Optional.of(NodeKeys.hash("calling-k")), first).orElseThrow();
        assertThat(own.node().id()).isEqualTo(id);
        assertThat(registry.find(id).orElseThrow().heartbeat()).contains(first);

        NodeRegistry.CalledIn shared = registry.callIn(id, Optional.empty(), second).orElseThrow();
        assertThat(shared.listGeneration()).isEqualTo(own.listGeneration());
        assertThat(registry.find(id).orElseThrow().heartbeat()).contains(second);
    }

    @Test
    void aPollsAsynchronousHeartbeatLeavesTheConnectionsNextCommitsDurable() {
        assumeTrue(schema().dialect().family() == SQLDialect.POSTGRES, "synchronous_commit is PostgreSQL's");
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId id = registry.create(new NodeRegistry.NewNode("n", 0, 0, TrafficRate.ONE), NodeKeys.hash("async-k"));

        for (int poll = 0; poll < 5; poll++) {
            assertThat(registry.callIn(id, Optional.empty(), Instant.parse("2026-11-25T12:00:00Z").plusSeconds(poll))).isPresent();
            // The pool hands this thread the connection it just returned: the setting ended with the poll's statement.
            assertThat(dsl().fetchValue("SHOW synchronous_commit")).isEqualTo("on");
        }
        assertThat(registry.find(id).orElseThrow().heartbeat()).contains(Instant.parse("2026-11-25T12:00:04Z"));
    }

    @Test
    void aWrongKeyADisabledOrAnUnknownNodeCallsInWithoutAHeartbeat() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId id = registry.create(new NodeRegistry.NewNode("n", 0, 0, TrafficRate.ONE), NodeKeys.hash("refused-k"));
        NodeId off = registry.create(new NodeRegistry.NewNode("off", 0, 0, TrafficRate.ONE), NodeKeys.hash("refused-k-off"));
        dsl().update(NODES).set(NODES.ENABLED, false).where(NODES.ID.eq(off.value())).execute();
        Instant at = Instant.parse("2026-11-25T12:00:00Z");

        assertThat(registry.callIn(id, Optional.of(NodeKeys.hash("other")), at)).isEmpty();
        assertThat(registry.callIn(off, Optional.of(NodeKeys.hash("refused-k-off")), at)).isEmpty();
        assertThat(registry.callIn(off, Optional.empty(), at)).isEmpty();
        assertThat(registry.callIn(NodeId.of(Long.MAX_VALUE), Optional.empty(), at)).isEmpty();
        assertThat(registry.find(id).orElseThrow().heartbeat()).isEmpty();
        assertThat(registry.find(off).orElseThrow().heartbeat()).isEmpty();
    }

    @Test
    void aServerKeyIsKeptClearedAndNeverShared() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId one = registry.create(new NodeRegistry.NewNode("a", 0, 0, TrafficRate.ONE), NodeKeys.hash("k1"));
        NodeId two = registry.create(new NodeRegistry.NewNode("b", 0, 0, TrafficRate.ONE), NodeKeys.hash("k2"));

        assertThat(registry.replaceServerKey(one, Optional.of("AAAAAAAAAAAAAAAAAAAAAA=="))).isTrue();

        assertThat(registry.find(one).orElseThrow().serverKey()).contains("AAAAAAAAAAAAAAAAAAAAAA==");
        assertThat(registry.find(two).orElseThrow().serverKey()).isEmpty();
        assertThatThrownBy(() -> registry.replaceServerKey(two, Optional.of("AAAAAAAAAAAAAAAAAAAAAA==")))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(registry.replaceServerKey(one, Optional.empty())).isTrue();
        assertThat(registry.find(one).orElseThrow().serverKey()).isEmpty();
        assertThat(registry.replaceServerKey(NodeId.of(987_654), Optional.of("x"))).isFalse();
    }

    @Test
    void aBatchReadsItsNodesAsTheyAreFoundOneByOneAndSkipsTheUnknown() {
        NodeRegistry registry = new JooqNodeRegistry(dsl());
        NodeId full = registry.create(new NodeRegistry.NewNode("full", 2, 3, TrafficRate.of(new BigDecimal("1.25"))),
                NodeKeys.hash("k-full"));
        registry.touchHeartbeat(full, Instant.parse("2026-11-25T12:00:00.123456Z"));
        registry.replaceServerKey(full, Optional.of("BBBBBBBBBBBBBBBBBBBBBB=="));
        dsl().update(NODES).set(NODES.NODE_BANDWIDTH, 123_456_789_012L).set(NODES.NODE_SPEEDLIMIT, 100)
                .set(NODES.SORT, 14).where(NODES.ID.eq(full.value())).execute();
        NodeId bare = registry.create(new NodeRegistry.NewNode("bare", 0, 0, TrafficRate.ONE), NodeKeys.hash("k-bare"));
        dsl().update(NODES).set(NODES.ENABLED, false).where(NODES.ID.eq(bare.value())).execute();

        Map<NodeId, Node> found = registry.findAll(Set.of(full, bare, NodeId.of(987_654)));

        assertThat(found).containsOnlyKeys(full, bare);
        assertThat(found.get(full)).isEqualTo(registry.find(full).orElseThrow());
        assertThat(found.get(bare)).isEqualTo(registry.find(bare).orElseThrow());
        assertThat(found.get(full).heartbeat()).contains(Instant.parse("2026-11-25T12:00:00.123456Z"));
        assertThat(found.get(bare).enabled()).isFalse();
    }

    @Test
    void anUnknownNodeIsNotFound() {
        assertThat(new JooqNodeRegistry(dsl()).find(NodeId.of(987_654))).isEmpty();
    }
}
