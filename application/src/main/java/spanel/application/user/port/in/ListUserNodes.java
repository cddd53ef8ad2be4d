package spanel.application.user.port.in;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import spanel.domain.node.Node;
import spanel.domain.node.NodeState;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** A user lists the nodes they may use now, with how each is doing. */
public interface ListUserNodes {

    UserNodes list(Query query);

    record Query(UserId user) {
        public Query {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The account (its proxy credentials are what the user connects with) and the nodes, in listing order. */
    record UserNodes(UserAccount account, List<UserNode> nodes) {
    }

    /**
     * A node, its state from its last call-in, and, when it said so lately, the users online on it and
     * its load (the CPU in use, a whole percentage).
     */
    record UserNode(Node node, NodeState state, OptionalInt online, OptionalInt loadPercent) {
    }
}
