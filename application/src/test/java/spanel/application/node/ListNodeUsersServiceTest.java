package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ListNodeUsers.NodeUsers;
import spanel.application.node.port.in.ListNodeUsers.Served;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeUser;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.UserId;

/** A node that already holds the current list is told so without the list being built. */
class ListNodeUsersServiceTest {

    private static final String KEY = "the-shared-mu-key-0123";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final Lists lists = new Lists();
    private final HeardNodeStatus devices = new HeardNodeStatus();
    private final Node node = registry.put(node(1, 0, 0));

    {
        registry.listGenerationFrom(() -> lists.generation);
    }

    private final MovableClock clock = new MovableClock(NOW);
    private final ListNodeUsers service = new ListNodeUsersService(new NodeGate(registry, KEY), lists, devices,
            clock);

    private NodeUsers poll(Served served, Instant at, String... known) {
        return poll(node, served, at, known);
    }

    private NodeUsers poll(Node on, Served served, Instant at, String... known) {
        clock.set(at);
        return service.list(new ListNodeUsers.Query(Optional.of(on.id()), KEY, served, List.of(known)));
    }

    private static Node node(long id, int nodeClass, long bandwidth) {
        return new Node(NodeId.of(id), "n" + id, "", 11, "{}", "aes-128-gcm", TrafficRate.ONE, nodeClass, 0, 0,
                bandwidth, 100, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static NodeUser user(long id) {
        return new NodeUser(id, id + "@example.com", "pw", OptionalInt.of(10000 + (int) id), "aes-128-gcm", "origin", "", "plain", "",
                "uuid-" + id, 0, 0, 0, 1000, 0, 0, 0, 0, true, true, 0);
    }

    @Test
    void aNodeHoldingTheCurrentVersionIsAnsweredUnchangedWithoutListing() {
        lists.users = List.of(user(1), user(2));
        NodeUsers first = poll(Served.CREDENTIALS, NOW);

        NodeUsers again = poll(Served.CREDENTIALS, NOW.plusSeconds(60), first.version().orElseThrow());

        assertThat(first.users()).hasSize(2);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.users()).isEmpty();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(lists.listings).isEqualTo(1);
    }

    @Test
    void aNewGenerationMeansANewList() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        lists.generation++;

        NodeUsers next = poll(Served.CREDENTIALS, NOW, held);

        assertThat(next.unchanged()).isFalse();
        assertThat(next.version()).isNotEqualTo(Optional.of(held));
        assertThat(lists.listings).isEqualTo(2);
    }

    @Test
    void theVersionLapsesWhenTheFirstListedExpiryComes() {
        lists.users = List.of(user(1));
        lists.changesAt = Optional.of(NOW.plusSeconds(300));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();

        assertThat(poll(Served.CREDENTIALS, NOW.plusSeconds(299), held).unchanged()).isTrue();
        assertThat(poll(Served.CREDENTIALS, NOW.plusSeconds(300), held).unchanged()).isFalse();
    }

    @Test
    void aChangedNodeSettingMeansANewList() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        registry.put(node(1, 3, 0));

        assertThat(poll(Served.CREDENTIALS, NOW, held).unchanged()).isFalse();
    }

    @Test
    void aChangedCustomConfigMeansANewList() {
        // A Shadowsocks node's credential setting changes what its users connect with.
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        registry.put(new Node(node.id(), node.name(), node.server(), node.sort(), "{\"credential\":\"uuid\"}", node.method(),
                node.rate(), node.nodeClass(), node.nodeGroup(), node.speedLimit(), node.bandwidth(), node.bandwidthLimit(),
                node.enabled(), node.keyHash(), node.heartbeat(), node.serverKey()));

        assertThat(poll(Served.CREDENTIALS, NOW, held).unchanged()).isFalse();
    }

    @Test
    void aNodeGoingOverItsBandwidthMeansANewAndEmptyList() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        registry.put(node(1, 0, 100));

        NodeUsers over = poll(Served.CREDENTIALS, NOW, held);

        assertThat(over.unchanged()).isFalse();
        assertThat(over.users()).isEmpty();
    }

    @Test
    void aVersionMadeForOneKindOfAnswerDoesNotServeAnother() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();

        assertThat(poll(Served.CREDENTIALS_AND_DEVICES, NOW, held).unchanged()).isFalse();
    }

    @Test
    void deviceCountsAreVersionedOnlyOnceNoIpHasBeenSeenForAWindow() {
        lists.users = List.of(user(1));
        devices.lastAliveIp = Optional.of(NOW.minusSeconds(30));
        devices.aliveIps = Map.of(UserId.of(1), 2);

        NodeUsers live = poll(Served.CREDENTIALS_AND_DEVICES, NOW);
        NodeUsers quiet = poll(Served.CREDENTIALS_AND_DEVICES, NOW.plus(NodeStatusStore.ALIVE_WINDOW));

        assertThat(live.version()).isEmpty();
        assertThat(live.users().getFirst().aliveIps()).isEqualTo(2);
        assertThat(quiet.version()).isPresent();
        assertThat(quiet.users().getFirst().aliveIps()).isZero();
    }

    @Test
    void trafficCountersAreNeverVersioned() {
        lists.users = List.of(user(1));

        assertThat(poll(Served.EVERYTHING, NOW).version()).isEmpty();
        assertThat(poll(Served.EVERYTHING, NOW, "anything").unchanged()).isFalse();
    }

    @Test
    void aVersionThatIsNotOursIsNotHeld() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        String stem = held.substring(0, held.lastIndexOf('.') + 1);

        assertThat(poll(Served.CREDENTIALS, NOW, stem + "soon", "*", "").unchanged()).isFalse();
    }

    @Test
    void aListHeldFromBeforeShadowsocksUsersCarriedTheirCredentialInTheUuidIsNotHeld() {
        lists.users = List.of(user(1));
        String current = poll(Served.CREDENTIALS, NOW).version().orElseThrow();
        String former = "c" + current.substring(current.indexOf('.'));

        assertThat(poll(Served.CREDENTIALS, NOW, former).unchanged()).isFalse();
    }

    @Test
    void nodesOfTheSameClassAndGroupShareOneListingPerGeneration() {
        lists.users = List.of(user(1));
        Node twin = registry.put(node(2, 0, 0));
        Node higher = registry.put(node(3, 1, 0));
        poll(Served.CREDENTIALS, NOW);

        NodeUsers forTwin = poll(twin, Served.CREDENTIALS, NOW);
        poll(higher, Served.CREDENTIALS, NOW);
        lists.generation++;
        poll(Served.CREDENTIALS, NOW);

        assertThat(forTwin.users()).hasSize(1);
        assertThat(lists.listings).isEqualTo(3);
    }

    @Test
    void aSharedListingIsNotUsedPastItsFirstExpiry() {
        lists.users = List.of(user(1));
        lists.changesAt = Optional.of(NOW.plusSeconds(300));
        Node twin = registry.put(node(2, 0, 0));
        poll(Served.CREDENTIALS, NOW);

        poll(twin, Served.CREDENTIALS, NOW.plusSeconds(299));
        poll(twin, Served.CREDENTIALS, NOW.plusSeconds(300));

        assertThat(lists.listings).isEqualTo(2);
    }

    @Test
    void anUnchangedPollIsStillTheNodesHeartbeat() {
        lists.users = List.of(user(1));
        String held = poll(Served.CREDENTIALS, NOW).version().orElseThrow();

        poll(Served.CREDENTIALS, NOW.plus(Duration.ofMinutes(1)), held);

        assertThat(registry.find(node.id()).orElseThrow().heartbeat()).contains(NOW.plus(Duration.ofMinutes(1)));
    }

    private static final class Lists implements NodeUserQuery {
        List<NodeUser> users = List.of();
        Optional<Instant> changesAt = Optional.empty();
        long generation = 7;
        int listings;

        @Override
        public Listing allowedOn(Node node, Instant now) {
            listings++;
            return new Listing(users, changesAt);
        }

        @Override
        public List<NodeUser> all() {
            return users;
        }

    }
}
