package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** An operator replaces a node's own key: the new one is shown once, the old one stops at once. */
public interface RotateNodeKey {

    NodeCreated rotate(Command command);

    record Command(UserId admin, NodeId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
