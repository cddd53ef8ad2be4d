package spanel.application.node.port.out;

import java.time.Duration;
import java.time.Instant;
import spanel.domain.node.NodeId;

/** The dashboard's history of online users: per node, the highest count reported in each slot. */
public interface OnlineHistory {

    /** The length of one slot. */
    Duration SLOT = Duration.ofMinutes(10);

    /** How long a slot is kept. */
    Duration KEPT = Duration.ofDays(31);

    /** Raises the count of the slot holding {@code at} to {@code online} if it is higher; drops slots older than KEPT. */
    void record(NodeId node, int online, Instant at);
}
