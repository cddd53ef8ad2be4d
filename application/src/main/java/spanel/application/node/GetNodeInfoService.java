package spanel.application.node;

import java.time.Clock;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;

public final class GetNodeInfoService implements GetNodeInfo {

    private final NodeGate gate;
    private final NodeStatusStore status;
    private final Clock clock;

    public GetNodeInfoService(NodeGate gate, NodeStatusStore status, Clock clock) {
        this.gate = gate;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public NodeInfo info(NodeId id, String key) {
        Node node = gate.admit(id, key);
        try {
            return new NodeInfo(node, status.status(id, clock.instant()));
        } catch (DependencyUnavailable storeDown) {
            // The node's settings come from the database; what it last reported lives in the store.
            // Without the store a node still gets its settings, with nothing reported.
            return new NodeInfo(node, NodeStatus.NONE);
        }
    }
}
