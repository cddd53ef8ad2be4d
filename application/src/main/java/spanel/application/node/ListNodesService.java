package spanel.application.node;

import java.util.List;
import spanel.application.node.port.in.ListNodes;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;

public final class ListNodesService implements ListNodes {

    private final NodeRegistry registry;

    public ListNodesService(NodeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Node> list() {
        return registry.all();
    }
}
