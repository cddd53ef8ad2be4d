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
import spanel.application.node.port.in.NodeCreated;
import spanel.application.node.port.in.RotateNodeKey;
import spanel.application.node.port.in.UpdateNode;
import spanel.application.node.port.out.NodeConfigs;
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
    /** Keeps every node as it is saved, the change replacing the stored custom_config. */
    private static final NodeConfigs KEPT_AS_IS = new NodeConfigs() {
        @Override
        public String merged(String stored, String change) {
            return change;
        }

        @Override
        public String servable(Node node) {
            return node.customConfig();
        }
    };

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner tx = new DirectTransactionRunner();

    private NodeCreated create(String name) {
        return new CreateNodeService(registry, audit::add, tx, KEPT_AS_IS).create(new CreateNode.Command(name, 0, 0, TrafficRate.ONE,
                NodeChanges.none(), Optional.of(ADMIN)));
    }

    @Test
    void aCreatedNodeKeepsOnlyTheHashOfItsKeyAndTheCreationIsAudited() {
        NodeCreated created = create("hk-1");

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
        new CreateNodeService(registry, audit::add, tx, KEPT_AS_IS).create(new CreateNode.Command("cli", 0, 0, TrafficRate.ONE,
                NodeChanges.none(), Optional.empty()));

        assertThat(audit).isEmpty();
    }

    @Test
    void rotatingTheKeyRetiresTheOldOneAtOnce() {
        NodeCreated created = create("hk-2");

        NodeCreated rotated = new RotateNodeKeyService(registry, audit::add, tx)
                .rotate(new RotateNodeKey.Command(ADMIN, created.id()));

        Node node = registry.find(created.id()).orElseThrow();
        assertThat(node.ownKeyIs(rotated.key())).isTrue();
        assertThat(node.ownKeyIs(created.key())).isFalse();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("node.create", "node.rotate_key");
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndAnUnknownNodeIsNotFound() {
        NodeCreated created = create("hk-3");
        NodeChanges rate = new NodeChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(TrafficRate.of(new java.math.BigDecimal("2"))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        UpdateNodeService update = new UpdateNodeService(registry, audit::add, tx, KEPT_AS_IS);

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
        NodeCreated created = create("hk-4");
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        registry.touchHeartbeat(created.id(), now.minusSeconds(42));
        registry.carried(created.id(), 1234);

        List<NodeOverview> overview = new ShowNodeStatusService(registry, new HeardNodeStatus(), Clock.fixed(now, ZoneOffset.UTC))
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

    private static NodeChanges protocol(Integer sort, String method) {
        return new NodeChanges(Optional.empty(), Optional.empty(), Optional.ofNullable(sort), Optional.empty(),
                Optional.ofNullable(method), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private NodeCreated createWith(NodeChanges settings) {
        return new CreateNodeService(registry, audit::add, tx, KEPT_AS_IS).create(new CreateNode.Command("ss", 0, 0, TrafficRate.ONE,
                settings, Optional.of(ADMIN)));
    }

    private Node update(NodeId id, NodeChanges changes) {
        return new UpdateNodeService(registry, audit::add, tx, KEPT_AS_IS).update(new UpdateNode.Command(ADMIN, id, changes));
    }

    private static int keyBytes(Node node) {
        return java.util.Base64.getDecoder().decode(node.serverKey().orElseThrow()).length;
    }

    @Test
    void aShadowsocks2022NodeGetsTheDefault2022CipherAndAServerKeyOfItsLength() {
        Node node = registry.find(createWith(protocol(1, null)).id()).orElseThrow();

        assertThat(node.method()).isEqualTo("2022-blake3-aes-128-gcm");
        assertThat(keyBytes(node)).isEqualTo(16);
        assertThat(registry.find(createWith(protocol(1, "2022-blake3-chacha20-poly1305")).id()).orElseThrow())
                .satisfies(n -> assertThat(keyBytes(n)).isEqualTo(32));
        assertThat(registry.find(create("vmess").id()).orElseThrow().serverKey()).isEmpty();
    }

    @Test
    void theServerKeyFollowsTheCipherLengthAndTheSort() {
        NodeId id = createWith(protocol(1, null)).id();
        String first = registry.find(id).orElseThrow().serverKey().orElseThrow();

        assertThat(update(id, protocol(null, "2022-blake3-aes-128-gcm")).serverKey()).contains(first);
        Node longer = update(id, protocol(null, "2022-blake3-aes-256-gcm"));
        assertThat(keyBytes(longer)).isEqualTo(32);
        assertThat(update(id, protocol(null, "2022-blake3-chacha20-poly1305")).serverKey()).isEqualTo(longer.serverKey());
        assertThat(update(id, protocol(11, null)).serverKey()).isEmpty();
        assertThat(keyBytes(update(id, protocol(1, null)))).isEqualTo(32);
    }

    @Test
    void aCipherThatDoesNotFitTheProtocolIsRefusedNamingTheFieldAndChangesNothing() {
        NodeId id = createWith(protocol(1, null)).id();
        Node before = registry.find(id).orElseThrow();

        assertThatThrownBy(() -> update(id, protocol(null, "aes-256-gcm")))
                .isInstanceOf(spanel.domain.error.InvalidInput.class).hasMessageStartingWith("method:");
        assertThatThrownBy(() -> update(id, protocol(0, null))).hasMessageStartingWith("sort:");
        assertThatThrownBy(() -> createWith(protocol(0, "2022-blake3-aes-128-gcm"))).hasMessageStartingWith("method:");
        assertThat(registry.find(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void rotatingTheServerKeyReplacesItAndOnlyA2022NodeHasOne() {
        NodeId id = createWith(protocol(1, "2022-blake3-aes-256-gcm")).id();
        String old = registry.find(id).orElseThrow().serverKey().orElseThrow();
        RotateServerKeyService rotate = new RotateServerKeyService(registry, audit::add, tx);

        var rotated = rotate.rotate(new spanel.application.node.port.in.RotateServerKey.Command(ADMIN, id));

        assertThat(rotated.serverKey()).isNotEqualTo(old);
        assertThat(registry.find(id).orElseThrow().serverKey()).contains(rotated.serverKey());
        assertThat(java.util.Base64.getDecoder().decode(rotated.serverKey())).hasSize(32);
        assertThat(audit).extracting(AuditEntry::action).endsWith("node.rotate_server_key");
        NodeId vmess = create("vmess").id();
        assertThatThrownBy(() -> rotate.rotate(new spanel.application.node.port.in.RotateServerKey.Command(ADMIN, vmess)))
                .isInstanceOf(spanel.domain.error.Refusal.class).hasMessageContaining("sort 1");
        assertThatThrownBy(() -> rotate.rotate(new spanel.application.node.port.in.RotateServerKey.Command(ADMIN,
                NodeId.of(999)))).isInstanceOf(NotFound.class);
    }
}
