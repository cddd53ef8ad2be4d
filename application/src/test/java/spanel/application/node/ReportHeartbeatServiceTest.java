package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.domain.error.Refusal;
import spanel.domain.node.NodeId;

class ReportHeartbeatServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final NodeFakes fakes = new NodeFakes();
    private final ReportHeartbeatService service = new ReportHeartbeatService(new NodeGate(fakes.registry, "shared-key"),
            fakes.registry, fakes.status, new MovableClock(NOW));

    @Test
    void aHeartbeatRecordsTheLoadAndTheTimeTheNodeWasLastHeardFrom() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());

        Instant at = service.report(new ReportHeartbeat.Command(NODE, "node-key", 0.5, 0.25, 1000));

        assertThat(at).isEqualTo(NOW);
        assertThat(fakes.statusCalls).containsExactly("load " + NODE + " 0.5 0.25 1000.0 at " + NOW);
        assertThat(fakes.registry.find(NODE).orElseThrow().heartbeat()).contains(NOW);
    }

    @Test
    void aLoadTheNodeWordsItselfIsRecordedBesideTheNumbers() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());

        service.report(new ReportHeartbeat.Command(NODE, "node-key", 0.12, 45, 0, java.util.Optional.of("0.12 0.45 0.30")));

        assertThat(fakes.statusCalls).containsExactly("load " + NODE + " 0.12 45.0 0.0 at " + NOW,
                "reported load " + NODE + " 0.12 0.45 0.30 at " + NOW);
    }

    @Test
    void aHeartbeatWithoutFiguresIsHeardButRecordsNoLoad() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());

        service.report(ReportHeartbeat.Command.unmeasured(NODE, "node-key"));

        assertThat(fakes.statusCalls).isEmpty();
        assertThat(fakes.registry.find(NODE).orElseThrow().heartbeat()).contains(NOW);
    }

    @Test
    void aHeartbeatWithAWrongKeyChangesNothing() {
        fakes.registry.put(aNode(1).withOwnKey("node-key").build());

        assertThatThrownBy(() -> service.report(new ReportHeartbeat.Command(NODE, "wrong", 0, 0, 0)))
                .isInstanceOf(Refusal.class);
        assertThat(fakes.statusCalls).isEmpty();
        assertThat(fakes.registry.find(NODE).orElseThrow().heartbeat()).isEmpty();
    }

    @Test
    void aLoadThatIsNotANumberFromZeroIsRefusedWhenTheCommandIsMade() {
        assertThatThrownBy(() -> new ReportHeartbeat.Command(NODE, "k", -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportHeartbeat.Command(NODE, "k", Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportHeartbeat.Command(NODE, "k", 0, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
