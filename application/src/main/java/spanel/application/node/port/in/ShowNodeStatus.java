package spanel.application.node.port.in;

import java.util.List;
import spanel.domain.node.NodeOverview;

/** The monitoring dashboard: per node, online users, load, heartbeat age and raw traffic today (UTC). */
public interface ShowNodeStatus {

    List<NodeOverview> overview();
}
