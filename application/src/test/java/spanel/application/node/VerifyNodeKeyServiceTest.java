package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import org.junit.jupiter.api.Test;
import spanel.domain.error.Refusal;

class VerifyNodeKeyServiceTest {

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final VerifyNodeKeyService service = new VerifyNodeKeyService(new NodeGate(registry, "shared-key"));

    @Test
    void theSharedKeyAndAnyNodesOwnKeyAreValid() {
        registry.put(aNode(1).withOwnKey("node-key").build());

        assertThatCode(() -> service.verify("shared-key")).doesNotThrowAnyException();
        assertThatCode(() -> service.verify("node-key")).doesNotThrowAnyException();
    }

    @Test
    void anyOtherKeyIsRefused() {
        registry.put(aNode(1).withOwnKey("node-key").build());

        assertThatThrownBy(() -> service.verify("node-key-2")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> service.verify(" ")).isInstanceOf(Refusal.class);
    }
}
