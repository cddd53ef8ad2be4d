package spanel.application.node.port.in;

import java.util.List;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

/** What an operator reads about the nodes' settings. */
public interface NodeAdminQueries {

    /** Every node, disabled ones too. */
    List<Node> nodes();

    /** One node, disabled or not; an unknown id is not found. */
    Node node(NodeId id);
}
