package spanel.application.node.port.in;

import java.util.Map;
import spanel.domain.node.NodeState;

/** How many enabled nodes are up, late and down now, for the operator's graphs. */
public interface CountNodeStates {

    /** Every state, 0 when no node is in it. */
    Map<NodeState, Long> count();
}
