package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.node.Nodes.aNode;

import org.junit.jupiter.api.Test;
import spanel.domain.node.Node;

class ListNodesServiceTest {

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();

    @Test
    void everyNodeIsListedEnabledOrNotInIdOrder() {
        Node second = registry.put(aNode(2).disabled().build());
        Node first = registry.put(aNode(1).build());

        assertThat(new ListNodesService(registry).list()).containsExactly(first, second);
    }
}
