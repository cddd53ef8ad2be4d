package spanel.application.node.port.in;

import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;

/** A node reads its own configuration. */
public interface GetNodeInfo {

    NodeInfo info(NodeId node, String key);

    record NodeInfo(Node node, NodeStatus status) {
    }
}
