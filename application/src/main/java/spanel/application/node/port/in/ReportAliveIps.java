package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** A node reports the IPs its users connect from; invalid IPs are dropped, not refused. */
public interface ReportAliveIps {

    /** How many of the reported IPs were valid and recorded. */
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
