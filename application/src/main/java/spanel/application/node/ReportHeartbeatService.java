package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;

/** The heartbeat time is kept in the database as well, so the dashboard survives a store restart. */
public final class ReportHeartbeatService implements ReportHeartbeat {

    private final NodeGate gate;
    private final NodeRegistry registry;
    private final NodeStatusStore status;
    private final Clock clock;

    public ReportHeartbeatService(NodeGate gate, NodeRegistry registry, NodeStatusStore status, Clock clock) {
        this.gate = gate;
        this.registry = registry;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public Instant report(Command command) {
        gate.admit(command.node(), command.key());
        Instant now = clock.instant();
        if (command.measured()) {
            status.recordLoad(command.node(), command.cpuLoad(), command.memoryUsage(), command.networkSpeed(), now);
        }
        command.load().ifPresent(load -> status.recordReportedLoad(command.node(), load, now));
        registry.touchHeartbeat(command.node(), now);
        return now;
    }
}
