package spanel.application.user.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.node.Node;
import spanel.domain.user.UserId;

/** The nodes a user may use, by the same rule that puts the user on a node's user list. */
public interface UsableNodes {

    /**
     * The enabled nodes, not over their bandwidth cap, whose user list holds the user at this
     * instant (user enabled, switch on, not banned, not expired, traffic left, effective class at
     * least the node's, same group unless the node's is 0); ordered by node class, name, id.
     */
    List<Node> usableBy(UserId user, Instant now);
}
