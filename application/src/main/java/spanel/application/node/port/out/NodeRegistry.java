package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;

/** The nodes the panel knows. */
public interface NodeRegistry {

    Optional<Node> find(NodeId id);

    /** The nodes among {@code ids} that exist, by id. */
    Map<NodeId, Node> findAll(Set<NodeId> ids);

    /** Whether some node's own key has this hash. */
    boolean anyNodeHasKeyHash(String keyHash);

    /** Records that the node called in, for the heartbeat the dashboard shows. */
    void touchHeartbeat(NodeId id, Instant at);

    /**
     * A node calling in for its user list, in one statement: when the node is enabled and
     * {@code keyHash} is the hash of its own key (or is empty: the caller holds the shared key),
     * records its heartbeat and returns it with the users' list generation read at the same moment.
     * Otherwise empty, and nothing is written.
     */
    Optional<CalledIn> callIn(NodeId id, Optional<String> keyHash, Instant at);

    NodeId create(NewNode node, String keyHash);

    /** Every node, by id. */
    List<Node> all();

    /** Applies the changes; false when there is no such node. */
    boolean change(NodeId id, NodeChanges changes);

    /** Removes the node with its reports and logs; false when there is no such node. */
    boolean delete(NodeId id);

    /** Replaces the node's own key; the old one stops working at once. False when there is no such node. */
    boolean replaceKeyHash(NodeId id, String keyHash);

    /**
     * Sets (or with empty, clears) the node's Shadowsocks-2022 server key; keys are unique across
     * nodes. False when there is no such node.
     */
    boolean replaceServerKey(NodeId id, Optional<String> serverKey);

    /** Raw bytes each node carried since the instant, from the hourly log (hour granularity). */
    Map<NodeId, Long> trafficSince(Instant since);

    /**
     * A node that called in, and the users' list generation: a number that changes with every
     * committed write that could change any node's list (a user added or removed, or a change to
     * what a list serves of a user or to whether the user may be listed: limits, credentials, class,
     * group, expiry dates, enable, ban, crossing the traffic quota). It does not change with time
     * passing nor with traffic that stays within the quota.
     */
    record CalledIn(Node node, long listGeneration) {
    }

    /** A node to create: its name, class, group and rate; everything else starts at its default. */
    record NewNode(String name, int nodeClass, int nodeGroup, TrafficRate rate) {
    }
}
