package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/**
 * An operator replaces a Shadowsocks-2022 node's server key (its PSK): nodes pick the new one up
 * with their next config pull, and clients need the new key in their subscriptions.
 */
public interface RotateServerKey {

    ServerKeyRotated rotate(Command command);

    record Command(UserId admin, NodeId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }

    record ServerKeyRotated(NodeId id, String serverKey) {
    }
}
