package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ReportOnline;
import spanel.domain.error.Refusal;
import spanel.domain.node.NodeId;

class ReportOnlineServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final NodeFakes fakes = new NodeFakes();
    private final ReportOnlineService service = new ReportOnlineService(new NodeGate(fakes.registry, "shared-key"),
            fakes.status, fakes.history, new MovableClock(NOW));

    @Test
    void theOnlineCountGoesToTheStatusStoreAndToTheDashboardsHistory() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());

        service.report(new ReportOnline.Command(NODE, "node-key", 12, "0.5 0.4 0.3"));

        assertThat(fakes.statusCalls).containsExactly("online " + NODE + " 12 0.5 0.4 0.3 at " + NOW);
        assertThat(fakes.onlineHistory).containsExactly(NODE + " 12 at " + NOW);
    }

    @Test
    void aReportForAnotherNodesKeyChangesNothing() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.registry.put(aNode(2).withOwnKey("other-key").build());

        assertThatThrownBy(() -> service.report(new ReportOnline.Command(NODE, "other-key", 1, "")))
                .isInstanceOf(Refusal.class);
        assertThat(fakes.statusCalls).isEmpty();
        assertThat(fakes.onlineHistory).isEmpty();
    }

    @Test
    void aNegativeCountOrAnOverlongLoadIsRefusedWhenTheCommandIsMade() {
        assertThatThrownBy(() -> new ReportOnline.Command(NODE, "k", -1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportOnline.Command(NODE, "k", 1, "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
