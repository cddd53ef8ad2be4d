package spanel.application.node;

import java.time.Clock;
import spanel.application.node.port.in.ReportOnline;
import spanel.application.node.port.out.NodeStatusStore;

public final class ReportOnlineService implements ReportOnline {

    private final NodeGate gate;
    private final NodeStatusStore status;
    private final Clock clock;

    public ReportOnlineService(NodeGate gate, NodeStatusStore status, Clock clock) {
        this.gate = gate;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public Command report(Command command) {
        gate.admit(command.node(), command.key());
        status.recordOnline(command.node(), command.online(), command.load(), clock.instant());
        return command;
    }
}
