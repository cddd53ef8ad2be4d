package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** An operator changes a node's settings (partial); the change is audited. */
public interface UpdateNode {

    Node update(Command command);

    record Command(UserId admin, NodeId id, NodeChanges changes) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
