package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** A node reports which users hit which audit rules. */
public interface ReportDetections {

    /** How many hits were recorded (those naming an existing user and rule). */
    int report(Command command);

    record Command(NodeId node, String key, List<Hit> hits) {
        public Command {
            Objects.requireNonNull(node, "node");
            hits = List.copyOf(hits);
        }
    }

    /** As the node reported it: a rule id below 1 names no rule, and the hit is skipped, not refused. */
    record Hit(UserId user, long ruleId) {
        public Hit {
            Objects.requireNonNull(user, "user");
        }
    }
}
