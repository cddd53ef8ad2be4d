package spanel.application.node.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeStatus;
import spanel.domain.user.UserId;

/** Short-lived node state: online count, load, alive IPs. Everything expires after five minutes. */
public interface NodeStatusStore {

    /** How long anything a node reports is kept. */
    Duration EXPIRY = Duration.ofMinutes(5);

    /** An IP counts as a user's device while it was seen this recently, on any node. */
    Duration ALIVE_WINDOW = Duration.ofSeconds(90);

    void recordOnline(NodeId node, int online, String load, Instant at);

    void recordLoad(NodeId node, double cpuLoad, double memoryUsage, double networkSpeed, Instant at);

    /**
     * Records that each user was seen on each (canonical) IP through this node. The users it saw are
     * the node's online count, for nodes that report no count of their own (XrayR, V2bX).
     */
    void recordAliveIps(NodeId node, List<AliveIp> ips, Instant at);

    /** The load as the node words it (XrayR's node info: CPU, memory and disk usage as fractions). */
    void recordReportedLoad(NodeId node, String load, Instant at);

    /** Distinct IPs per user across all nodes within the window ending at {@code now}; users with none are absent. */
    Map<UserId, Integer> aliveIpCounts(Collection<UserId> users, Instant now);

    /**
     * The latest instant any node recorded an alive IP, while that is kept. Once it is a window
     * old, every count is zero and stays zero until the next record.
     */
    Optional<Instant> lastAliveIpAt();

    /**
     * What the node last reported. Its online count is the one it reported itself, else the distinct
     * users of its alive IPs within {@link #ALIVE_WINDOW} (0 once they are older, empty if it never
     * reported any); its load is the one reported with its online count, else its reported load.
     */
    NodeStatus status(NodeId node, Instant now);

    record AliveIp(UserId user, String ip) {
    }
}
