package spanel.application.node;

import spanel.application.node.port.out.NodeConfigs;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;

/**
 * An enabled node is saved only as one its users' clients can use, with its derived settings filled
 * in. A disabled node is served to no one, so an operator can always switch a broken one off.
 */
final class ServableNodes {

    private ServableNodes() {
    }

    /** After a node was saved as {@code node}, in the same transaction: a refusal rolls the save back. */
    static void settle(NodeRegistry registry, NodeConfigs configs, Node node) {
        if (!node.enabled()) {
            return;
        }
        String config = configs.servable(node);
        if (!config.equals(node.customConfig())) {
            registry.change(node.id(), NodeChanges.customConfigOnly(config));
        }
    }
}
