package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import spanel.application.node.port.in.ShowNodeStatus;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.common.UtcDays;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeOverview;

public final class ShowNodeStatusService implements ShowNodeStatus {

    private final NodeRegistry registry;
    private final NodeStatusStore status;
    private final Clock clock;

    public ShowNodeStatusService(NodeRegistry registry, NodeStatusStore status, Clock clock) {
        this.registry = registry;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public List<NodeOverview> overview() {
        Instant now = clock.instant();
        Instant startOfDay = UtcDays.startOf(now);
        Map<NodeId, Long> today = registry.trafficSince(startOfDay);
        return registry.all().stream()
                .map(node -> NodeOverview.of(node, status.status(node.id(), now), today.getOrDefault(node.id(), 0L), now))
                .toList();
    }
}
