package spanel.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

class JooqNodeUserQueryTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final OffsetDateTime PAST = NOW.minusSeconds(1).atOffset(ZoneOffset.UTC);

    private Node node;

    @BeforeEach
    void aClassTwoNodeInGroupThree() {
        dsl().deleteFrom(USERS).execute();
        NodesRecord record = Seed.node(dsl(), "1");
        record.setNodeClass(2);
        record.setNodeGroup(3);
        long id = Seed.insert(record);
        node = new JooqNodeRegistry(dsl()).find(NodeId.of(id)).orElseThrow();
    }

    private long user(Consumer<UsersRecord> change) {
        UsersRecord user = Seed.user(dsl());
        user.setClass_(2);
        user.setNodeGroup(3);
        change.accept(user);
        return Seed.insert(user);
    }

    private List<Long> allowed(Node on) {
        return new JooqNodeUserQuery(dsl()).allowedOn(on, NOW).users().stream().map(NodeUser::id).toList();
    }

    @Test
    void onlyUsersThatMayUseTheNodeAreListed() {
        long eligible = user(u -> { });
        user(u -> u.setEnable(false));
        user(u -> u.setSwitchOn(false));
        user(u -> u.setBanned(true));
        user(u -> u.setExpireIn(PAST));
        user(u -> u.setClass_(1));
        user(u -> u.setClassExpire(PAST));
        user(u -> u.setNodeGroup(4));
        user(u -> {
            u.setTransferEnable(1000L);
            u.setU(600L);
            u.setD(400L);
        });
        long higherClass = user(u -> u.setClass_(5));

        assertThat(allowed(node)).containsExactly(eligible, higherClass);
    }

    @Test
    void aNodeInGroupZeroServesEveryGroupAndAClassZeroNodeServesExpiredClasses() {
        long otherGroup = user(u -> u.setNodeGroup(9));
        long classExpired = user(u -> u.setClassExpire(PAST));
        Node open = new Node(node.id(), node.name(), node.server(), node.sort(), node.customConfig(), node.method(),
                node.rate(), 0, 0, 0, 0, 0, true, node.keyHash(), node.heartbeat(), node.serverKey());

        assertThat(allowed(open)).containsExactly(otherGroup, classExpired);
    }

    @Test
    void aUserWithBytesLeftIsListedWithTheirCredentials() {
        long id = user(u -> {
            u.setTransferEnable(1000L);
            u.setU(600L);
            u.setD(399L);
            u.setNodeSpeedlimit(100);
            u.setNodeIplimit(2);
        });

        NodeUser listed = new JooqNodeUserQuery(dsl()).allowedOn(node, NOW).users().getFirst();

        assertThat(listed.id()).isEqualTo(id);
        assertThat(listed.speedLimit()).isEqualTo(100);
        assertThat(listed.ipLimit()).isEqualTo(2);
        assertThat(listed.u() + listed.d()).isEqualTo(999);
        assertThat(listed.uuid()).isNotBlank();
    }

    @Test
    void allListsEveryUser() {
        user(u -> u.setBanned(true));
        user(u -> { });

        assertThat(new JooqNodeUserQuery(dsl()).all()).hasSize(2);
    }
}
