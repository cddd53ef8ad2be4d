package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import org.junit.jupiter.api.Test;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.error.Refusal;
import spanel.domain.node.DetectRuleId;

class ListDetectRulesServiceTest {

    private final NodeFakes fakes = new NodeFakes();
    private final ListDetectRulesService service = new ListDetectRulesService(new NodeGate(fakes.registry, "shared-key"),
            fakes.rules);

    @Test
    void anyNodesKeyOrTheSharedKeyReadsTheRules() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        DetectRuleId id = fakes.rules.add(new DetectRules.NewRule("torrent", "", "BitTorrent", 1));

        assertThat(service.list("node-key")).extracting(r -> r.id()).containsExactly(id);
        assertThat(service.list("shared-key")).hasSize(1);
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertThatThrownBy(() -> service.list("nobody's key")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> service.list(null)).isInstanceOf(Refusal.class);
    }
}
