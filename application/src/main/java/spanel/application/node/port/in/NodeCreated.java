package spanel.application.node.port.in;

import spanel.domain.node.NodeId;

/** A node and its own key, shown this once: what creating a node and rotating its key both answer. */
public record NodeCreated(NodeId id, String key) {
}
