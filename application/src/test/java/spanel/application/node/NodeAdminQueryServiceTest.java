package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import org.junit.jupiter.api.Test;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

class NodeAdminQueryServiceTest {

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final NodeAdminQueryService queries = new NodeAdminQueryService(registry);

    @Test
    void aNodeIsShownEvenWhenDisabled() {
        Node node = registry.put(aNode(1).disabled().build());

        assertThat(queries.node(node.id())).isEqualTo(node);
    }

    @Test
    void anUnknownNodeIsNotFound() {
        assertThatThrownBy(() -> queries.node(NodeId.of(9))).isInstanceOf(NotFound.class);
    }
}
