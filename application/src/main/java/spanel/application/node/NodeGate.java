package spanel.application.node;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeRegistry.CalledIn;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeKeys;
import spanel.domain.node.NodeRefusals;

/**
 * Decides who may act for a node: the shared MU_KEY for every node, a node's own key for that node
 * only. A wrong key is refused before anything is said about the node, so keys cannot be used to
 * probe which nodes exist.
 */
public final class NodeGate {

    private final NodeRegistry registry;
    private final String sharedKeyHash;

    public NodeGate(NodeRegistry registry, String sharedKey) {
        this.registry = registry;
        this.sharedKeyHash = NodeKeys.hash(sharedKey);
    }

    /** The enabled node the key may act for. */
    public Node admit(NodeId id, String presentedKey) {
        return check(registry.find(id).orElse(null), presentedKey);
    }

    /**
     * As {@link #admit(NodeId, String)}, recording the node's heartbeat and reading the users' list
     * generation with it: one round trip when the node is admitted. Refusals are decided as by
     * {@code admit}, and write nothing.
     */
    public CalledIn admitCalling(NodeId id, String presentedKey, Instant at) {
        if (presentedKey == null || presentedKey.isBlank()) {
            throw NodeRefusals.badKey();
        }
        Optional<String> ownKeyHash = NodeKeys.matches(presentedKey, sharedKeyHash) ? Optional.empty()
                : Optional.of(NodeKeys.hash(presentedKey));
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<CalledIn> calledIn = registry.callIn(id, ownKeyHash, at);
            if (calledIn.isPresent()) {
                return calledIn.get();
            }
            // Refused: admit reads the node and names the reason. When it admits, the node changed
            // between the two statements, and calling in again goes by its new state.
            admit(id, presentedKey);
        }
        throw new IllegalStateException("node " + id + " is admitted on reading but not on calling in");
    }

    /** The nodes a batch of requests names, read once for all of them. */
    public Map<NodeId, Node> nodes(Set<NodeId> ids) {
        return registry.findAll(ids);
    }

    /** As {@link #admit(NodeId, String)}, with the node read beforehand by {@link #nodes(Set)}. */
    public Node admit(NodeId id, String presentedKey, Map<NodeId, Node> nodes) {
        return check(nodes.get(id), presentedKey);
    }

    private Node check(Node node, String presentedKey) {
        boolean shared = NodeKeys.matches(presentedKey, sharedKeyHash);
        if (node == null) {
            throw shared ? NodeRefusals.notFound() : NodeRefusals.badKey();
        }
        if (!shared && !node.ownKeyIs(presentedKey)) {
            throw NodeRefusals.badKey();
        }
        if (!node.enabled()) {
            throw NodeRefusals.disabled();
        }
        return node;
    }

    /** Requests that act for no single node (every user, for instance) need the shared key. */
    public void admitShared(String presentedKey) {
        if (!NodeKeys.matches(presentedKey, sharedKeyHash)) {
            throw NodeRefusals.badKey();
        }
    }

    /** Requests any node may make (the audit rules): the shared key or any node's own key. */
    public void admitAnyNode(String presentedKey) {
        if (NodeKeys.matches(presentedKey, sharedKeyHash)) {
            return;
        }
        if (presentedKey == null || presentedKey.isBlank() || !registry.anyNodeHasKeyHash(NodeKeys.hash(presentedKey))) {
            throw NodeRefusals.badKey();
        }
    }
}
