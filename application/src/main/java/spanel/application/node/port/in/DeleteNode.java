package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** An operator removes a node, with its reports and logs; audited. */
public interface DeleteNode {

    NodeId delete(Command command);

    record Command(UserId admin, NodeId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
