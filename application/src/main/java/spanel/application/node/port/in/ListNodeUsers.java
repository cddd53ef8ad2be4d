package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeUser;

/** A node pulls the users it may serve; the pull is also its heartbeat. */
public interface ListNodeUsers {

    NodeUsers list(Query query);

    /**
     * Without a node, every user (shared key only). {@code knownVersions} are the list versions the
     * node already holds (from If-None-Match); {@code served} is what the answer shows of each user.
     */
    record Query(Optional<NodeId> node, String key, Served served, List<String> knownVersions) {
        public Query {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(served, "served");
            knownVersions = List.copyOf(knownVersions);
        }

        /** A full list with everything, unversioned. */
        public Query(Optional<NodeId> node, String key) {
            this(node, key, Served.EVERYTHING, List.of());
        }
    }

    /** What an answer shows of each user, which decides what can change it. */
    enum Served {
        /** Credentials and limits only: the list changes with the users and the node, and with time. */
        CREDENTIALS,
        /** Also each user's alive IP count, which changes as nodes report devices and as they age out. */
        CREDENTIALS_AND_DEVICES,
        /** Also the traffic counters, which change with every report: never versioned. */
        EVERYTHING
    }

    /**
     * The users, with the node they were listed for when there was one. {@code version}, when
     * present, names this list: it changes whenever the answer would. {@code unchanged} means the
     * node already holds this version, and {@code users} is then empty.
     */
    record NodeUsers(Optional<Node> node, List<NodeUser> users, Optional<String> version, boolean unchanged) {

        public NodeUsers(Optional<Node> node, List<NodeUser> users) {
            this(node, users, Optional.empty(), false);
        }
    }
}
