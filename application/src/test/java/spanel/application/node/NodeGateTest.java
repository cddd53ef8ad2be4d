package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.domain.error.Refusal;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

class NodeGateTest {

    private static final String SHARED = "the-shared-mu-key-0123";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final NodeGate gate = new NodeGate(registry, SHARED);

    private Node node(long id, String ownKey, boolean enabled) {
        return registry.put(aNode(id).withOwnKey(ownKey).enabled(enabled).build());
    }

    private static Refusal.Kind refusal(Runnable call) {
        try {
            call.run();
        } catch (Refusal refusal) {
            return refusal.kind();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void theSharedKeyAdmitsEveryNodeAndANodesKeyOnlyItself() {
        Node a = node(1, "key-a", true);
        Node b = node(2, "key-b", true);

        assertThat(gate.admit(a.id(), SHARED)).isEqualTo(a);
        assertThat(gate.admit(b.id(), SHARED)).isEqualTo(b);
        assertThat(gate.admit(a.id(), "key-a")).isEqualTo(a);
        assertThat(refusal(() -> gate.admit(b.id(), "key-a"))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
    }

    @Test
    void aMissingOrBlankKeyIsRefused() {
        Node a = node(1, "key-a", true);

        assertThat(refusal(() -> gate.admit(a.id(), null))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
        assertThat(refusal(() -> gate.admit(a.id(), " "))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
    }

    @Test
    void anUnknownNodeIsNotFoundForTheSharedKeyButUnauthorizedForAnyOtherKey() {
        node(1, "key-a", true);

        assertThat(refusal(() -> gate.admit(NodeId.of(99), SHARED))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(() -> gate.admit(NodeId.of(99), "key-a"))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
    }

    @Test
    void aDisabledNodeIsRefusedEvenWithTheRightKey() {
        Node off = node(3, "key-off", false);

        assertThat(refusal(() -> gate.admit(off.id(), "key-off"))).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void requestsForNoSingleNodeNeedTheSharedKeyAndRulesTakeAnyNodesKey() {
        node(1, "key-a", true);

        gate.admitShared(SHARED);
        gate.admitAnyNode("key-a");
        assertThatThrownBy(() -> gate.admitShared("key-a")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> gate.admitAnyNode("key-z")).isInstanceOf(Refusal.class);
    }

    @Test
    void callingInIsRefusedAsAdmittingIsAndThenLeavesTheHeartbeatAlone() {
        Node a = node(1, "key-a", true);
        Node off = node(3, "key-off", false);

        assertThat(refusal(() -> gate.admitCalling(a.id(), "key-b", NOW))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
        assertThat(refusal(() -> gate.admitCalling(a.id(), " ", NOW))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
        assertThat(refusal(() -> gate.admitCalling(off.id(), "key-off", NOW))).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(() -> gate.admitCalling(NodeId.of(99), SHARED, NOW))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(() -> gate.admitCalling(NodeId.of(99), "key-a", NOW))).isEqualTo(Refusal.Kind.UNAUTHORIZED);
        assertThat(registry.find(a.id()).orElseThrow().heartbeat()).isEmpty();
        assertThat(registry.find(off.id()).orElseThrow().heartbeat()).isEmpty();
    }

    @Test
    void anAdmittedNodeCallingInHasItsHeartbeatRecordedAndReadsTheListGeneration() {
        Node a = node(1, "key-a", true);
        Node b = node(2, "key-b", true);
        registry.listGenerationFrom(() -> 41);

        assertThat(gate.admitCalling(a.id(), "key-a", NOW).listGeneration()).isEqualTo(41);
        assertThat(gate.admitCalling(b.id(), SHARED, NOW).node().id()).isEqualTo(b.id());
        assertThat(registry.find(a.id()).orElseThrow().heartbeat()).contains(NOW);
        assertThat(registry.find(b.id()).orElseThrow().heartbeat()).contains(NOW);
    }
}
