package spanel.application.node;

import java.util.List;
import java.util.Objects;
import spanel.application.node.port.in.NodeAdminQueries;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

public final class NodeAdminQueryService implements NodeAdminQueries {

    private final NodeRegistry registry;

    public NodeAdminQueryService(NodeRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    @Override
    public List<Node> nodes() {
        return registry.all();
    }

    @Override
    public Node node(NodeId id) {
        return registry.find(id).orElseThrow(() -> new NotFound("no node " + id));
    }
}
