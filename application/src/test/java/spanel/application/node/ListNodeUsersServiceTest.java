package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static spanel.domain.node.Nodes.aNode;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.common.MovableClock;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.domain.error.Refusal;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeUser;
import spanel.domain.user.UserId;

class ListNodeUsersServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final NodeFakes fakes = new NodeFakes();
    private final ListNodeUsersService service = new ListNodeUsersService(new NodeGate(fakes.registry, "shared-key"),
            fakes.registry, fakes.users, fakes.status, new MovableClock(NOW));

    private ListNodeUsers.NodeUsers list(Optional<NodeId> node, String key) {
        return service.list(new ListNodeUsers.Query(node, key));
    }

    @Test
    void aNodeGetsTheUsersAllowedOnItEachWithTheirDevicesCountedAndThePullIsItsHeartbeat() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.allowed.add(NodeFakes.user(7));
        fakes.allowed.add(NodeFakes.user(8));
        fakes.aliveIps.put(UserId.of(7), 2);

        ListNodeUsers.NodeUsers listed = list(Optional.of(NODE), "node-key");

        assertThat(listed.users()).extracting(NodeUser::id, NodeUser::aliveIps)
                .containsExactly(tuple(7L, 2), tuple(8L, 0));
        assertThat(fakes.registry.find(NODE).orElseThrow().heartbeat()).contains(NOW);
    }

    @Test
    void withoutTheStatusStoreTheUsersAreStillListedWithNoDevicesCounted() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.allowed.add(NodeFakes.user(7));
        fakes.aliveIps.put(UserId.of(7), 2);
        fakes.storeDown = true;

        assertThat(list(Optional.of(NODE), "node-key").users()).extracting(NodeUser::aliveIps).containsExactly(0);
    }

    @Test
    void aNodeOverItsBandwidthLimitGetsNoUsers() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").carried(1_000, 1_000).build());
        fakes.allowed.add(NodeFakes.user(7));

        ListNodeUsers.NodeUsers listed = list(Optional.of(NODE), "node-key");

        assertThat(listed.node()).isPresent();
        assertThat(listed.users()).isEmpty();
    }

    @Test
    void everyUserIsListedOnlyForTheSharedKey() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.userRows.add(NodeFakes.user(7));

        assertThat(list(Optional.empty(), "shared-key").users()).extracting(NodeUser::id).containsExactly(7L);
        assertThatThrownBy(() -> list(Optional.empty(), "node-key")).isInstanceOf(Refusal.class);
    }
}
