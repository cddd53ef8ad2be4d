package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.node.Nodes.aNode;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.domain.error.Refusal;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;

class GetNodeInfoServiceTest {

    private static final NodeId NODE = NodeId.of(1);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final NodeFakes fakes = new NodeFakes();
    private final GetNodeInfoService service = new GetNodeInfoService(new NodeGate(fakes.registry, "shared-key"),
            fakes.status, new MovableClock(NOW));
    private Node node;

    @BeforeEach
    void aNodeThatReportedItsLoad() {
        node = fakes.registry.put(aNode(1).withOwnKey("node-key").build());
        fakes.reported = new NodeStatus(OptionalInt.of(3), Optional.of("0.1"), OptionalDouble.of(0.5), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.of(NOW.minusSeconds(30)));
    }

    @Test
    void aNodeGetsItsSettingsWithWhatItLastReported() {
        GetNodeInfo.NodeInfo info = service.info(NODE, "node-key");

        assertThat(info.node()).isEqualTo(node);
        assertThat(info.status()).isEqualTo(fakes.reported);
    }

    @Test
    void withoutTheStatusStoreANodeStillGetsItsSettingsWithNothingReported() {
        fakes.storeDown = true;

        GetNodeInfo.NodeInfo info = service.info(NODE, "node-key");

        assertThat(info.node()).isEqualTo(node);
        assertThat(info.status()).isEqualTo(NodeStatus.NONE);
    }

    @Test
    void aWrongKeyIsRefused() {
        assertThatThrownBy(() -> service.info(NODE, "wrong")).isInstanceOf(Refusal.class);
    }
}
