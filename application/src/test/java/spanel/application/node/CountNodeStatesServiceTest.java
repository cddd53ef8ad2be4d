package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.node.port.out.NodeRegistry.NewNode;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeState;
import spanel.domain.node.TrafficRate;

class CountNodeStatesServiceTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final Duration DOWN_AFTER = Duration.ofMinutes(10);

    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final CountNodeStatesService service =
            new CountNodeStatesService(registry, DOWN_AFTER, Clock.fixed(NOW, ZoneOffset.UTC));

    private NodeId nodeHeardFrom(Duration ago) {
        NodeId id = registry.create(new NewNode("node", 0, 0, TrafficRate.of(BigDecimal.ONE)), "hash");
        registry.touchHeartbeat(id, NOW.minus(ago));
        return id;
    }

    @Test
    void enabledNodesAreCountedUpLateOrDownByTheirLastCallIn() {
        nodeHeardFrom(Duration.ofSeconds(30));
        nodeHeardFrom(Duration.ofSeconds(120));
        nodeHeardFrom(Duration.ofMinutes(5));
        nodeHeardFrom(DOWN_AFTER);
        registry.create(new NewNode("never", 0, 0, TrafficRate.of(BigDecimal.ONE)), "hash");
        NodeId switchedOff = nodeHeardFrom(Duration.ofSeconds(1));
        registry.change(switchedOff, new NodeChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false)));

        assertThat(service.count()).isEqualTo(Map.of(NodeState.UP, 2L, NodeState.LATE, 1L, NodeState.DOWN, 2L));
    }

    @Test
    void withoutNodesEveryStateIsZero() {
        assertThat(service.count()).isEqualTo(Map.of(NodeState.UP, 0L, NodeState.LATE, 0L, NodeState.DOWN, 0L));
    }
}
