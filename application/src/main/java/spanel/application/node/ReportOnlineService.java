package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import spanel.application.node.port.in.ReportOnline;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.OnlineHistory;

public final class ReportOnlineService implements ReportOnline {

    private final NodeGate gate;
    private final NodeStatusStore status;
    private final OnlineHistory history;
    private final Clock clock;

    public ReportOnlineService(NodeGate gate, NodeStatusStore status, OnlineHistory history, Clock clock) {
        this.gate = gate;
        this.status = status;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Command report(Command command) {
        gate.admit(command.node(), command.key());
        Instant now = clock.instant();
        status.recordOnline(command.node(), command.online(), command.load(), now);
        history.record(command.node(), command.online(), now);
        return command;
    }
}
