package spanel.application.node.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

/** The nodes the panel knows. */
public interface NodeRegistry {

    Optional<Node> find(NodeId id);

    /** Whether some node's own key has this hash. */
    boolean anyNodeHasKeyHash(String keyHash);

    /** Records that the node called in, for the heartbeat the dashboard shows. */
    void touchHeartbeat(NodeId id, Instant at);

    NodeId create(NewNode node, String keyHash);

    /** A node to create: its name, class, group and rate; everything else starts at its default. */
    record NewNode(String name, int nodeClass, int nodeGroup, spanel.domain.node.TrafficRate rate) {
    }
}
