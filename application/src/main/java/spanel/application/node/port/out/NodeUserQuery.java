package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;

/** The user lists nodes pull, as flat views straight from one query each. */
public interface NodeUserQuery {

    /**
     * The users allowed on the node at this instant: enabled, switch on, not banned, account not
     * expired, effective class (class while class_expire is ahead, else 0) at least the node's,
     * same group unless the node's group is 0, traffic left. Ordered by id.
     */
    Listing allowedOn(Node node, Instant now);

    /** Every user, ordered by id. */
    List<NodeUser> all();

    /**
     * The users listed, and the first instant after the listing at which time alone would change it
     * (a listed account or class expiring), if any.
     */
    record Listing(List<NodeUser> users, Optional<Instant> changesAt) {
    }
}
