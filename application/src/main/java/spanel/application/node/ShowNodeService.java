package spanel.application.node;

import spanel.application.node.port.in.ShowNode;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

public final class ShowNodeService implements ShowNode {

    private final NodeRegistry registry;

    public ShowNodeService(NodeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Node show(NodeId id) {
        return registry.find(id).orElseThrow(() -> new NotFound("no node " + id));
    }
}
