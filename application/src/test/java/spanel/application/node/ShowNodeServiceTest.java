package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import org.junit.jupiter.api.Test;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

class ShowNodeServiceTest {

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final ShowNodeService service = new ShowNodeService(registry);

    @Test
    void aNodeIsShownEvenWhenDisabled() {
        Node node = registry.put(aNode(1).disabled().build());

        assertThat(service.show(node.id())).isEqualTo(node);
    }

    @Test
    void anUnknownNodeIsNotFound() {
        assertThatThrownBy(() -> service.show(NodeId.of(9))).isInstanceOf(NotFound.class);
    }
}
