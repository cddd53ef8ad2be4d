package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficRate;

/** An operator adds a node; its own key is shown once, only its hash is kept. */
public interface CreateNode {

    NodeCreated create(Command command);

    record Command(String name, int nodeClass, int nodeGroup, TrafficRate rate) {
        public Command {
            if (name == null || name.isBlank() || name.length() > 128) {
                throw new IllegalArgumentException("name: 1 to 128 characters");
            }
            if (nodeClass < 0 || nodeGroup < 0) {
                throw new IllegalArgumentException("class and group cannot be negative");
            }
            Objects.requireNonNull(rate, "rate");
        }
    }

    record NodeCreated(NodeId id, String key) {
    }
}
