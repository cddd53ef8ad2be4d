package spanel.application.node.port.in;

import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

/** An operator looks at one node; an unknown id is not found. */
public interface ShowNode {

    Node show(NodeId id);
}
