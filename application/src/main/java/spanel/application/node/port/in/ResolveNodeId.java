package spanel.application.node.port.in;

import java.util.Optional;
import spanel.domain.node.NodeId;

/**
 * Which node a UniProxy caller is: V2bX and XrayR send the node id they were configured with and
 * their node type. A node imported from V2board is found by that pair, so its configuration keeps
 * working although its spanel id may differ; any other id is the spanel id itself.
 */
public interface ResolveNodeId {

    NodeId resolve(Optional<String> nodeType, NodeId sent);
}
