package spanel.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.user.port.in.ListUserNodes;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.node.NodeState;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserAccount;

public final class ListUserNodesService implements ListUserNodes {

    private final UserAccounts accounts;
    private final UsableNodes usableNodes;
    private final NodeStatusStore status;
    private final Duration downAfter;
    private final Clock clock;

    /** {@code downAfter}: a node silent this long is down (NODE_DOWN_AFTER). */
    public ListUserNodesService(UserAccounts accounts, UsableNodes usableNodes, NodeStatusStore status, Duration downAfter,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.usableNodes = Objects.requireNonNull(usableNodes);
        this.status = Objects.requireNonNull(status);
        this.downAfter = Objects.requireNonNull(downAfter);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public UserNodes list(Query query) {
        Instant now = clock.instant();
        UserAccount account = accounts.find(query.user()).orElseThrow(() -> new NotFound("no user " + query.user()));
        var nodes = usableNodes.usableBy(query.user(), now).stream()
                .map(node -> {
                    NodeStatus reported = status.status(node.id(), now);
                    return new UserNode(node, NodeState.of(node.heartbeat(), now, downAfter), reported.online(),
                            reported.loadPercent());
                })
                .toList();
        return new UserNodes(account, nodes);
    }
}
