package spanel.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import spanel.application.node.port.out.NodeStatusStore.AliveIp;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

class NodeStatusStoreTest extends StoreContractTest {

    // Each test uses ids of its own: the class shares one store.
    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final Instant T0 = Instant.now();

    private NodeStatusStore store() {
        return stores().nodeStatus();
    }

    private static UserId user() {
        return UserId.of(IDS.incrementAndGet());
    }

    private static NodeId node() {
        return NodeId.of(IDS.incrementAndGet());
    }

    @Test
    void theSameIpThroughTwoNodesIsOneDevice() {
        UserId user = user();
        store().recordAliveIps(node(), List.of(new AliveIp(user, "203.0.113.5"), new AliveIp(user, "2001:db8::15")), T0);
        store().recordAliveIps(node(), List.of(new AliveIp(user, "203.0.113.5")), T0.plusSeconds(10));

        assertThat(store().aliveIpCounts(List.of(user), T0.plusSeconds(20))).isEqualTo(Map.of(user, 2));
    }

    @Test
    void anIpUnseenForLongerThanTheWindowNoLongerCounts() {
        UserId user = user();
        store().recordAliveIps(node(), List.of(new AliveIp(user, "198.51.100.1")), T0);
        store().recordAliveIps(node(), List.of(new AliveIp(user, "198.51.100.2")), T0.plusSeconds(60));

        assertThat(store().aliveIpCounts(List.of(user), T0.plusSeconds(91))).isEqualTo(Map.of(user, 1));
        assertThat(store().aliveIpCounts(List.of(user), T0.plusSeconds(151))).isEmpty();
    }

    @Test
    void usersNeverSeenAreAbsent() {
        UserId seen = user();
        UserId unseen = user();
        store().recordAliveIps(node(), List.of(new AliveIp(seen, "198.51.100.9")), T0);

        assertThat(store().aliveIpCounts(List.of(seen, unseen), T0)).containsOnlyKeys(seen);
    }

    @Test
    void onlineAndLoadAreReadBack() {
        NodeId node = node();
        store().recordOnline(node, 45, "0.25", T0);
        store().recordLoad(node, 0.5, 45.2, 100.5, T0.plusSeconds(5));

        NodeStatus status = store().status(node, T0.plusSeconds(10));

        assertThat(status.online()).hasValue(45);
        assertThat(status.load()).contains("0.25");
        assertThat(status.cpuLoad()).hasValue(0.5);
        assertThat(status.memoryUsage()).hasValue(45.2);
        assertThat(status.networkSpeed()).hasValue(100.5);
        assertThat(status.reportedAt().map(Instant::toEpochMilli)).contains(T0.plusSeconds(5).toEpochMilli());
    }

    @Test
    void aNodeThatNeverReportedHasNoStatus() {
        assertThat(store().status(node(), T0)).isEqualTo(NodeStatus.NONE);
    }

    @Test
    void aNodeWithoutACountOfItsOwnHasTheDistinctUsersOfItsAliveIpsWithinTheWindow() {
        NodeId node = node();
        UserId ann = user();
        UserId bob = user();
        store().recordAliveIps(node, List.of(new AliveIp(ann, "203.0.113.1"), new AliveIp(ann, "203.0.113.2")), T0);
        store().recordAliveIps(node, List.of(new AliveIp(bob, "198.51.100.3")), T0.plusSeconds(60));

        assertThat(store().status(node, T0.plusSeconds(61)).online()).hasValue(2);
        assertThat(store().status(node, T0.plusSeconds(91)).online()).hasValue(1);
        assertThat(store().status(node, T0.plusSeconds(151)).online()).hasValue(0);
        assertThat(store().status(node(), T0).online()).isEmpty();
    }

    @Test
    void aCountTheNodeReportsItselfComesBeforeItsAliveIps() {
        NodeId node = node();
        store().recordAliveIps(node, List.of(new AliveIp(user(), "203.0.113.9")), T0);
        store().recordOnline(node, 45, "0.25", T0);

        assertThat(store().status(node, T0).online()).hasValue(45);
    }

    @Test
    void aReportedLoadIsTheLoadOfANodeThatReportsNoneWithItsCount() {
        NodeId quiet = node();
        NodeId counting = node();
        store().recordReportedLoad(quiet, "0.12 0.45 0.30", T0);
        store().recordReportedLoad(counting, "0.12 0.45 0.30", T0);
        store().recordOnline(counting, 3, "0.5", T0);

        assertThat(store().status(quiet, T0.plusSeconds(10)).load()).contains("0.12 0.45 0.30");
        assertThat(store().status(counting, T0.plusSeconds(10)).load()).contains("0.5");
    }
}
