package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/**
 * A node reports the IPs its users connect from. Each {@link Seen#ip} is an address in canonical
 * text, so one device counts once: the adapter that reads the report drops what is not an address
 * rather than refusing the report.
 */
public interface ReportAliveIps {

    /** How many distinct IPs were recorded. */
    int report(Command command);

    record Command(NodeId node, String key, List<Seen> seen) {
        public Command {
            Objects.requireNonNull(node, "node");
            seen = List.copyOf(seen);
        }
    }

    record Seen(UserId user, String ip) {
        public Seen {
            Objects.requireNonNull(user, "user");
        }
    }
}
