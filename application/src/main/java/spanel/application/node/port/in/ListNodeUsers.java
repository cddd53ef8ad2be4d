package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeUser;

/** A node pulls the users it may serve; the pull is also its heartbeat. */
public interface ListNodeUsers {

    NodeUsers list(Query query);

    /** Without a node, every user (shared key only). */
    record Query(Optional<NodeId> node, String key) {
        public Query {
            Objects.requireNonNull(node, "node");
        }
    }

    /** The users, with the node they were listed for when there was one. */
    record NodeUsers(Optional<Node> node, List<NodeUser> users) {
    }
}
