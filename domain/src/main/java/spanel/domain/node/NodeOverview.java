package spanel.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One line of the monitoring dashboard: a node, what it last reported, and its raw traffic today. */
public record NodeOverview(Node node, NodeStatus status, long trafficToday, Optional<Duration> heartbeatAge) {

    public static NodeOverview of(Node node, NodeStatus status, long trafficToday, Instant now) {
        return new NodeOverview(node, status, trafficToday,
                node.heartbeat().map(beat -> Duration.between(beat, now)));
    }
}
