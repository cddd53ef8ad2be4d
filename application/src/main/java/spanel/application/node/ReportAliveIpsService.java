package spanel.application.node;

import java.time.Clock;
import java.util.List;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.out.NodeStatusStore;

public final class ReportAliveIpsService implements ReportAliveIps {

    private final NodeGate gate;
    private final NodeStatusStore status;
    private final Clock clock;

    public ReportAliveIpsService(NodeGate gate, NodeStatusStore status, Clock clock) {
        this.gate = gate;
        this.status = status;
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
            status.recordAliveIps(command.node(), valid, clock.instant());
        }
        return valid.size();
    }
}
