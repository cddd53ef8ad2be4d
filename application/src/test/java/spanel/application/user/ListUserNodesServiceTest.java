package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;
import static spanel.domain.user.Users.aUser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.NodeFakes;
import spanel.application.user.port.in.ListUserNodes;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeState;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

class ListUserNodesServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final NodeFakes nodes = new NodeFakes();
    private final List<Node> usable = new ArrayList<>();
    private final ListUserNodesService service = new ListUserNodesService(accounts, (user, now) -> List.copyOf(usable),
            nodes.status, Duration.ofMinutes(10), new MovableClock(NOW));

    private List<ListUserNodes.UserNode> listForAlice() {
        return service.list(new ListUserNodes.Query(ALICE)).nodes();
    }

    @Test
    void eachUsableNodeIsShownWithItsStateFromItsLastCallIn() {
        accounts.stored.add(aUser(7).build());
        usable.add(aNode(1).heardFromAt(NOW.minusSeconds(30)).build());
        usable.add(aNode(2).heardFromAt(NOW.minus(Duration.ofMinutes(5))).build());
        usable.add(aNode(3).heardFromAt(NOW.minus(Duration.ofMinutes(10))).build());
        usable.add(aNode(4).build());

        assertThat(listForAlice()).extracting(ListUserNodes.UserNode::state)
                .containsExactly(NodeState.UP, NodeState.LATE, NodeState.DOWN, NodeState.DOWN);
    }

    @Test
    void theOnlineCountIsWhatTheNodeLastReported() {
        accounts.stored.add(aUser(7).build());
        usable.add(aNode(1).heardFromAt(NOW).build());
        nodes.reported = new NodeStatus(OptionalInt.of(12), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.of(NOW));

        assertThat(listForAlice()).singleElement().satisfies(n -> assertThat(n.online()).hasValue(12));
    }

    @Test
    void theLoadIsTheCpuTheNodeLastReportedAsAPercentage() {
        accounts.stored.add(aUser(7).build());
        usable.add(aNode(1).heardFromAt(NOW).build());
        nodes.reported = new NodeStatus(OptionalInt.empty(), Optional.of("0.37 0.50 0.20"), OptionalDouble.of(0.37),
                OptionalDouble.of(50), OptionalDouble.empty(), Optional.of(NOW));

        assertThat(listForAlice()).singleElement().satisfies(n -> assertThat(n.loadPercent()).hasValue(37));
    }

    @Test
    void aNodeThatReportedNoLoadHasNone() {
        accounts.stored.add(aUser(7).build());
        usable.add(aNode(1).heardFromAt(NOW).build());

        assertThat(listForAlice()).singleElement().satisfies(n -> assertThat(n.loadPercent()).isEmpty());
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(this::listForAlice).isInstanceOf(NotFound.class);
    }
}
