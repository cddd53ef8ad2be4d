package spanel.application.node;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

/** A status store that answers what a test set: by default it has heard nothing from any node. */
final class HeardNodeStatus implements NodeStatusStore {

    Optional<Instant> lastAliveIp = Optional.empty();
    Map<UserId, Integer> aliveIps = Map.of();

    @Override
    public void recordOnline(NodeId node, int online, String load, Instant at) {
    }

    @Override
    public void recordLoad(NodeId node, double cpuLoad, double memoryUsage, double networkSpeed, Instant at) {
    }

    @Override
    public void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at) {
    }

    @Override
    public void recordReportedLoad(NodeId node, String load, Instant at) {
    }

    @Override
    public Map<UserId, Integer> aliveIpCounts(Collection<UserId> users, Instant now) {
        return aliveIps;
    }

    @Override
    public Optional<Instant> lastAliveIpAt() {
        return lastAliveIp;
    }

    @Override
    public NodeStatus status(NodeId node, Instant now) {
        return NodeStatus.NONE;
    }
}
