package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import spanel.domain.node.NodeId;

/** Nodes that stopped calling in. */
public interface NodeSilence {

    /**
     * Marks down (since {@code at}, counting it) every enabled node up until now and not heard from
     * since {@code heardBefore} (never heard from: created before it), and marks up again every
     * node down that has called in since. Each node is moved by a guarded update of its own, so
     * each change is answered exactly once, to the caller that made it.
     */
    Changes mark(Instant heardBefore, Instant at);

    /** A node (and its name) marked down at {@code since}, last heard from (or created) at {@code lastHeard}. */
    record WentDown(NodeId node, String name, Instant since, Instant lastHeard) {
        public WentDown {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(lastHeard, "lastHeard");
        }
    }

    /** A node (and its name) down since {@code downSince}, found up again at {@code at}. */
    record CameBack(NodeId node, String name, Instant downSince, Instant at) {
        public CameBack {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(downSince, "downSince");
            Objects.requireNonNull(at, "at");
        }
    }

    record Changes(List<WentDown> down, List<CameBack> back) {
        public Changes {
            down = List.copyOf(down);
            back = List.copyOf(back);
        }
    }
}
