package spanel.application.node.port.in;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.UserId;

/** An operator adds a node; its own key is shown once, only its hash is kept. */
public interface CreateNode {

    NodeCreated create(Command command);

    /**
     * {@code settings} are the node's other settings, applied in the same transaction;
     * {@code admin} is who asked, for the audit log (empty from the command line).
     */
    record Command(String name, int nodeClass, int nodeGroup, TrafficRate rate, NodeChanges settings,
            Optional<UserId> admin) {
        public Command {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(admin, "admin");
            if (name == null || name.isBlank() || name.length() > 128) {
                throw new IllegalArgumentException("name: 1 to 128 characters");
            }
            if (nodeClass < 0 || nodeGroup < 0) {
                throw new IllegalArgumentException("class and group cannot be negative");
            }
            Objects.requireNonNull(rate, "rate");
        }
    }
}
