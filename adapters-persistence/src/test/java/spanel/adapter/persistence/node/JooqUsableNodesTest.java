package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeUser;
import spanel.domain.user.UserId;

class JooqUsableNodesTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final OffsetDateTime PAST = NOW.minusSeconds(1).atOffset(ZoneOffset.UTC);

    @BeforeEach
    void noOtherNodes() {
        dsl().deleteFrom(NODES).execute();
    }

    private long node(String name, Consumer<NodesRecord> change) {
        NodesRecord node = Seed.node(dsl(), "1");
        node.setName(name);
        change.accept(node);
        return Seed.insert(node);
    }

    private long user(Consumer<UsersRecord> change) {
        UsersRecord user = Seed.user(dsl());
        change.accept(user);
        return Seed.insert(user);
    }

    private List<Long> usable(long user) {
        return new JooqUsableNodes(dsl()).usableBy(UserId.of(user), NOW).stream().map(n -> n.id().value()).toList();
    }

    @Test
    void aUserSeesExactlyTheNodesWhoseUserListHoldsThem() {
        List<Long> nodes = List.of(
                node("a", n -> { }),
                node("b", n -> n.setNodeClass(2)),
                node("c", n -> n.setNodeClass(5)),
                node("d", n -> n.setNodeGroup(3)),
                node("e", n -> n.setNodeGroup(4)),
                node("f", n -> n.setEnabled(false)),
                node("g", n -> {
                    n.setNodeBandwidthLimit(100L);
                    n.setNodeBandwidth(100L);
                }),
                node("h", n -> {
                    n.setNodeBandwidthLimit(100L);
                    n.setNodeBandwidth(99L);
                }));
        List<Long> users = List.of(
                user(u -> { }),
                user(u -> u.setClass_(2)),
                user(u -> {
                    u.setClass_(5);
                    u.setNodeGroup(3);
                }),
                user(u -> {
                    u.setClass_(5);
                    u.setClassExpire(PAST);
                }),
                user(u -> u.setNodeGroup(4)),
                user(u -> u.setEnable(false)),
                user(u -> u.setSwitchOn(false)),
                user(u -> u.setBanned(true)),
                user(u -> u.setExpireIn(PAST)),
                user(u -> u.setU(u.getTransferEnable())));
        var registry = new JooqNodeRegistry(dsl());
        var lists = new JooqNodeUserQuery(dsl());
        int pairs = 0;
        for (long user : users) {
            List<Long> expected = new ArrayList<>();
            for (long id : nodes) {
                Node node = registry.find(NodeId.of(id)).orElseThrow();
                boolean listed = lists.allowedOn(node, NOW).users().stream().map(NodeUser::id).anyMatch(u -> u == user);
                if (listed && node.enabled() && !node.isOverBandwidth()) {
                    expected.add(id);
                }
            }
            pairs += expected.size();
            assertThat(Set.copyOf(usable(user))).as("user %d", user).isEqualTo(Set.copyOf(expected));
        }
        // the rule let some pairs through and kept others out
        assertThat(pairs).isBetween(5, nodes.size() * users.size() - 5);
        assertThat(usable(users.get(0))).containsExactlyInAnyOrder(nodes.get(0), nodes.get(7));
        assertThat(usable(users.get(2))).containsExactlyInAnyOrder(nodes.get(0), nodes.get(1), nodes.get(2), nodes.get(3),
                nodes.get(7));
    }

    @Test
    void nodesComeByClassThenNameThenId() {
        long richUser = user(u -> u.setClass_(9));
        long b1 = node("b", n -> n.setNodeClass(1));
        long a1 = node("a", n -> n.setNodeClass(1));
        long z0 = node("z", n -> n.setNodeClass(0));
        long a1again = node("a", n -> n.setNodeClass(1));

        assertThat(usable(richUser)).containsExactly(z0, a1, a1again, b1);
    }

    @Test
    void anUnknownUserHasNoNodes() {
        node("a", n -> { });

        assertThat(new JooqUsableNodes(dsl()).usableBy(UserId.of(Long.MAX_VALUE), NOW)).isEmpty();
    }
}
