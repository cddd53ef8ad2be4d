package spanel.application.node.port.in;

import java.util.Objects;
import spanel.domain.node.NodeId;

/** A node reports how many users are online and its load. */
public interface ReportOnline {

    Command report(Command command);

    record Command(NodeId node, String key, int online, String load) {
        public Command {
            Objects.requireNonNull(node, "node");
            if (online < 0) {
                throw new IllegalArgumentException("online: cannot be negative");
            }
            if (load == null || load.length() > 64) {
                throw new IllegalArgumentException("load: a string of at most 64 characters");
            }
        }
    }
}
