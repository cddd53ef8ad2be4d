package spanel.application.node.port.in;

import java.util.List;
import spanel.domain.node.Node;

/** An operator lists the nodes. */
public interface ListNodes {

    List<Node> list();
}
