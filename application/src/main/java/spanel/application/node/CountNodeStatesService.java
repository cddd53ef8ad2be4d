package spanel.application.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import spanel.application.node.port.in.CountNodeStates;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeState;

/** Judges every enabled node from its last call-in, as users see it in their node list. */
public final class CountNodeStatesService implements CountNodeStates {

    private final NodeRegistry registry;
    private final Duration downAfter;
    private final Clock clock;

    /** {@code downAfter}: a node silent this long is down (NODE_DOWN_AFTER). */
    public CountNodeStatesService(NodeRegistry registry, Duration downAfter, Clock clock) {
        this.registry = Objects.requireNonNull(registry);
        this.downAfter = Objects.requireNonNull(downAfter);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Map<NodeState, Long> count() {
        Instant now = clock.instant();
        Map<NodeState, Long> counts = new EnumMap<>(NodeState.class);
        for (NodeState state : NodeState.values()) {
            counts.put(state, 0L);
        }
        for (Node node : registry.all()) {
            if (node.enabled()) {
                counts.merge(NodeState.of(node.heartbeat(), now, downAfter), 1L, Long::sum);
            }
        }
        return counts;
    }
}
