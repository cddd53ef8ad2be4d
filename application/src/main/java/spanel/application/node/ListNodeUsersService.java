package spanel.application.node;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
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
        long generation = calledIn.listGeneration();
        if (!versioned(query.served(), now)) {
            return unversioned(node, query.served(), generation, now);
        }
        ListVersion current = ListVersion.of(query.served(), node, generation);
        for (String known : query.knownVersions()) {
            if (current.isHeldIn(known, now)) {
                return new NodeUsers(Optional.of(node), List.of(), Optional.of(known), true);
            }
        }
        if (node.isOverBandwidth()) {
            return new NodeUsers(Optional.of(node), List.of(), Optional.of(current.until(Optional.empty())), false);
        }
        NodeUserQuery.Listing listing = shared(node, generation, now);
        return new NodeUsers(Optional.of(node), listing.users(), Optional.of(current.until(listing.changesAt())), false);
    }

    /** The listing nodes of the same class and group share until a user changes or time moves it. */
    private NodeUserQuery.Listing shared(Node node, long generation, Instant now) {
        return recent.get(new RecentListings.Key(node.nodeClass(), node.nodeGroup(), generation), now,
                () -> users.allowedOn(node, now));
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

    /** Traffic counters are read afresh; a list without them is the shared listing, with today's device counts. */
    private NodeUsers unversioned(Node node, Served served, long generation, Instant now) {
        if (node.isOverBandwidth()) {
            return new NodeUsers(Optional.of(node), List.of());
        }
        List<NodeUser> listed = served == Served.EVERYTHING ? users.allowedOn(node, now).users()
                : shared(node, generation, now).users();
        return new NodeUsers(Optional.of(node), withAliveIps(listed, now));
    }

    /**
     * Each user's current IP count across nodes, whether or not the panel knows a device limit for
     * them: a node may enforce a limit of its own (XrayR's local DeviceLimit) and needs the count.
     */
    private List<NodeUser> withAliveIps(List<NodeUser> listed, Instant now) {
        if (listed.isEmpty()) {
            return listed;
        }
        Map<UserId, Integer> counts = aliveIpCounts(new UserIds(listed), now);
        if (counts.isEmpty()) {
            return listed;
        }
        return new WithAliveIps(listed, counts);
    }

    /** The listed users' ids, read off the list as they are asked for rather than copied. */
    private static final class UserIds extends AbstractList<UserId> {
        private final List<NodeUser> listed;

        UserIds(List<NodeUser> listed) {
            this.listed = listed;
        }

        @Override
        public UserId get(int index) {
            return UserId.of(listed.get(index).id());
        }

        @Override
        public int size() {
            return listed.size();
        }
    }

    /** A listing seen with device counts, each user counted as read, so a large list is not copied. */
    private static final class WithAliveIps extends AbstractList<NodeUser> implements RandomAccess {
        private final List<NodeUser> listed;
        private final Map<UserId, Integer> counts;

        WithAliveIps(List<NodeUser> listed, Map<UserId, Integer> counts) {
            this.listed = listed;
            this.counts = counts;
        }

        @Override
        public NodeUser get(int index) {
            NodeUser user = listed.get(index);
            return user.withAliveIps(counts.getOrDefault(UserId.of(user.id()), 0));
        }

        @Override
        public int size() {
            return listed.size();
        }
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
