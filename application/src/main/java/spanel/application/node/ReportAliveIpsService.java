package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.OnlineHistory;

/**
 * A node's alive IPs: each user's devices, and for nodes that report no online count of their own
 * (XrayR, V2bX) the node's online users, in the status store and the dashboard's history.
 */
public final class ReportAliveIpsService implements ReportAliveIps {

    private final NodeGate gate;
    private final NodeStatusStore status;
    private final OnlineHistory history;
    private final Clock clock;

    public ReportAliveIpsService(NodeGate gate, NodeStatusStore status, OnlineHistory history, Clock clock) {
        this.gate = gate;
        this.status = status;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public int report(Command command) {
        gate.admit(command.node(), command.key());
        List<NodeStatusStore.AliveIp> valid = command.seen().stream()
                .map(seen -> new NodeStatusStore.AliveIp(seen.user(), seen.ip()))
                .distinct()
                .toList();
        if (!valid.isEmpty()) {
            Instant now = clock.instant();
            status.recordAliveIps(command.node(), valid, now);
            long users = valid.stream().map(NodeStatusStore.AliveIp::user).distinct().count();
            history.record(command.node(), (int) users, now);
        }
        return valid.size();
    }
}
