package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.out.NodeRegistry.CalledIn;
import spanel.application.node.port.out.NodeStatusStore;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;
import spanel.domain.user.UserId;

public final class ListNodeUsersService implements ListNodeUsers {

    private final NodeGate gate;
    private final NodeUserQuery users;
    private final NodeStatusStore status;
    private final Clock clock;
    private final RecentListings recent = new RecentListings();

    public ListNodeUsersService(NodeGate gate, NodeUserQuery users, NodeStatusStore status, Clock clock) {
        this.gate = gate;
        this.users = users;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public NodeUsers list(Query query) {
        Instant now = clock.instant();
        if (query.node().isEmpty()) {
            gate.admitShared(query.key());
            return new NodeUsers(Optional.empty(), users.all());
        }
        // The generation is read with the node, before the list: a write committed in between makes
        // the version older than the list, which costs one extra full answer later, never a stale 304.
        CalledIn calledIn = gate.admitCalling(query.node().get(), query.key(), now);
        Node node = calledIn.node();
        if (!versioned(query.served(), now)) {
            return unversioned(node, now);
        }
        long generation = calledIn.listGeneration();
        ListVersion current = ListVersion.of(query.served(), node, generation);
        for (String known : query.knownVersions()) {
            if (current.isHeldIn(known, now)) {
                return new NodeUsers(Optional.of(node), List.of(), Optional.of(known), true);
            }
        }
        if (node.isOverBandwidth()) {
            return new NodeUsers(Optional.of(node), List.of(), Optional.of(current.until(Optional.empty())), false);
        }
        NodeUserQuery.Listing listing = recent.get(new RecentListings.Key(node.nodeClass(), node.nodeGroup(), generation), now,
                () -> users.allowedOn(node, now));
        return new NodeUsers(Optional.of(node), listing.users(), Optional.of(current.until(listing.changesAt())), false);
    }

    /**
     * Traffic counters change with every report, so a list showing them is never versioned; alive
     * IP counts are all zero, and stay so, once no IP has been recorded for a window.
     */
    private boolean versioned(Served served, Instant now) {
        return switch (served) {
            case CREDENTIALS -> true;
            case CREDENTIALS_AND_DEVICES -> devicesQuiet(now);
            case EVERYTHING -> false;
        };
    }

    private boolean devicesQuiet(Instant now) {
        try {
            return status.lastAliveIpAt().map(last -> last.isBefore(now.minus(NodeStatusStore.ALIVE_WINDOW))).orElse(true);
        } catch (DependencyUnavailable storeDown) {
            return false;
        }
    }

    private NodeUsers unversioned(Node node, Instant now) {
        if (node.isOverBandwidth()) {
            return new NodeUsers(Optional.of(node), List.of());
        }
        return new NodeUsers(Optional.of(node), withAliveIps(users.allowedOn(node, now).users(), now));
    }

    /**
     * Each user's current IP count across nodes, whether or not the panel knows a device limit for
     * them: a node may enforce a limit of its own (XrayR's local DeviceLimit) and needs the count.
     */
    private List<NodeUser> withAliveIps(List<NodeUser> listed, Instant now) {
        if (listed.isEmpty()) {
            return listed;
        }
        Map<UserId, Integer> counts = aliveIpCounts(listed.stream().map(u -> UserId.of(u.id())).toList(), now);
        return listed.stream().map(u -> u.withAliveIps(counts.getOrDefault(UserId.of(u.id()), 0))).toList();
    }

    /**
     * The list comes from the database; only the device counts live in the store. Without the store
     * the node still gets its users, each with no devices counted, until the store is back.
     */
    private Map<UserId, Integer> aliveIpCounts(List<UserId> users, Instant now) {
        try {
            return status.aliveIpCounts(users, now);
        } catch (DependencyUnavailable storeDown) {
            return Map.of();
        }
    }
}
