package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.in.DeleteNode;
import spanel.application.node.port.in.RotateNodeKey;
import spanel.application.node.port.in.UpdateNode;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeOverview;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.UserId;

class NodeAdminServicesTest {

    private static final UserId ADMIN = UserId.of(1);

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner tx = new DirectTransactionRunner();

    private CreateNode.NodeCreated create(String name) {
        return new CreateNodeService(registry, audit::add, tx).create(new CreateNode.Command(name, 0, 0, TrafficRate.ONE,
                NodeChanges.none(), Optional.of(ADMIN)));
    }

    @Test
    void aCreatedNodeKeepsOnlyTheHashOfItsKeyAndTheCreationIsAudited() {
        CreateNode.NodeCreated created = create("hk-1");

        Node node = registry.find(created.id()).orElseThrow();
        assertThat(node.ownKeyIs(created.key())).isTrue();
        assertThat(node.keyHash()).get().isNotEqualTo(created.key());
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("node.create");
            assertThat(e.target()).isEqualTo("node:" + created.id());
        });
    }

    @Test
    void aNodeCreatedFromTheCommandLineIsNotAudited() {
        new CreateNodeService(registry, audit::add, tx).create(new CreateNode.Command("cli", 0, 0, TrafficRate.ONE,
                NodeChanges.none(), Optional.empty()));

        assertThat(audit).isEmpty();
    }

    @Test
    void rotatingTheKeyRetiresTheOldOneAtOnce() {
        CreateNode.NodeCreated created = create("hk-2");

        CreateNode.NodeCreated rotated = new RotateNodeKeyService(registry, audit::add, tx)
                .rotate(new RotateNodeKey.Command(ADMIN, created.id()));

        Node node = registry.find(created.id()).orElseThrow();
        assertThat(node.ownKeyIs(rotated.key())).isTrue();
        assertThat(node.ownKeyIs(created.key())).isFalse();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("node.create", "node.rotate_key");
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndAnUnknownNodeIsNotFound() {
        CreateNode.NodeCreated created = create("hk-3");
        NodeChanges rate = new NodeChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(TrafficRate.of(new java.math.BigDecimal("2"))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        UpdateNodeService update = new UpdateNodeService(registry, audit::add, tx);

        Node updated = update.update(new UpdateNode.Command(ADMIN, created.id(), rate));

        assertThat(updated.rate()).isEqualTo(TrafficRate.of(new java.math.BigDecimal("2")));
        assertThat(updated.name()).isEqualTo("hk-3");
        assertThatThrownBy(() -> update.update(new UpdateNode.Command(ADMIN, NodeId.of(999), rate)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> new DeleteNodeService(registry, audit::add, tx)
                .delete(new DeleteNode.Command(ADMIN, NodeId.of(999)))).isInstanceOf(NotFound.class);
    }

    @Test
    void theOverviewShowsHeartbeatAgeAndTrafficToday() {
        CreateNode.NodeCreated created = create("hk-4");
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        registry.touchHeartbeat(created.id(), now.minusSeconds(42));
        registry.carried(created.id(), 1234);

        List<NodeOverview> overview = new ShowNodeStatusService(registry, new NoStatus(), Clock.fixed(now, ZoneOffset.UTC))
                .overview();

        assertThat(overview).singleElement().satisfies(line -> {
            assertThat(line.heartbeatAge()).contains(java.time.Duration.ofSeconds(42));
            assertThat(line.trafficToday()).isEqualTo(1234);
        });
    }

    @Test
    void invalidSettingsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> new NodeChanges(Optional.empty(), Optional.empty(), Optional.of(7), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).hasMessageStartingWith("sort");
        assertThatThrownBy(() -> new NodeChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(-1),
                Optional.empty(), Optional.empty())).hasMessageStartingWith("node_speedlimit");
    }

    /** A store that has heard nothing from any node. */
    private static final class NoStatus implements spanel.application.node.port.out.NodeStatusStore {
        @Override
        public void recordOnline(NodeId node, int online, String load, Instant at) {
        }

        @Override
        public void recordLoad(NodeId node, double cpu, double memory, double network, Instant at) {
        }

        @Override
        public void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at) {
        }

        @Override
        public java.util.Map<UserId, Integer> aliveIpCounts(java.util.Collection<UserId> users, Instant now) {
            return java.util.Map.of();
        }

        @Override
        public spanel.domain.node.NodeStatus status(NodeId node, Instant now) {
            return spanel.domain.node.NodeStatus.NONE;
        }
    }
}
