package spanel.application.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;

/** Nodes in a map, for service tests. */
public final class InMemoryNodeRegistry implements NodeRegistry {

    private final Map<NodeId, Node> nodes = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
    private final Map<NodeId, Long> trafficToday = new HashMap<>();
    private long nextId = 1;
    private LongSupplier listGeneration = () -> 0;

    public Node put(Node node) {
        nodes.put(node.id(), node);
        nextId = Math.max(nextId, node.id().value() + 1);
        return node;
    }

    /** Where {@link #callIn} reads the users' list generation from. */
    public void listGenerationFrom(LongSupplier generation) {
        this.listGeneration = generation;
    }

    public void carried(NodeId node, long bytes) {
        trafficToday.merge(node, bytes, Long::sum);
    }

    @Override
    public Optional<Node> find(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    @Override
    public Map<NodeId, Node> findAll(Set<NodeId> ids) {
        Map<NodeId, Node> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(node -> found.put(id, node)));
        return found;
    }

    @Override
    public boolean anyNodeHasKeyHash(String keyHash) {
        return nodes.values().stream().anyMatch(n -> n.keyHash().filter(keyHash::equals).isPresent());
    }

    @Override
    public void touchHeartbeat(NodeId id, Instant at) {
        find(id).ifPresent(n -> put(copy(n, n.name(), n.enabled(), n.keyHash(), Optional.of(at))));
    }

    @Override
    public Optional<CalledIn> callIn(NodeId id, Optional<String> keyHash, Instant at) {
        Optional<Node> admitted = find(id).filter(Node::enabled)
                .filter(n -> keyHash.isEmpty() || n.keyHash().equals(keyHash));
        admitted.ifPresent(n -> touchHeartbeat(id, at));
        return admitted.map(n -> new CalledIn(nodes.get(id), listGeneration.getAsLong()));
    }

    @Override
    public NodeId create(NewNode node, String keyHash) {
        NodeId id = NodeId.of(nextId++);
        put(new Node(id, node.name(), "", 0, "{}", "aes-128-gcm", node.rate(), node.nodeClass(), node.nodeGroup(), 0, 0,
                0, true, Optional.of(keyHash), Optional.empty(), Optional.empty()));
        return id;
    }

    @Override
    public List<Node> all() {
        return new ArrayList<>(nodes.values());
    }

    @Override
    public boolean change(NodeId id, NodeChanges changes) {
        Node n = nodes.get(id);
        if (n == null) {
            return false;
        }
        put(new Node(id, changes.name().orElse(n.name()), changes.server().orElse(n.server()),
                changes.sort().orElse(n.sort()), changes.customConfig().orElse(n.customConfig()),
                changes.method().orElse(n.method()), changes.rate().orElse(n.rate()),
                changes.nodeClass().orElse(n.nodeClass()), changes.nodeGroup().orElse(n.nodeGroup()),
                changes.speedLimit().orElse(n.speedLimit()), n.bandwidth(),
                changes.bandwidthLimit().orElse(n.bandwidthLimit()), changes.enabled().orElse(n.enabled()),
                n.keyHash(), n.heartbeat(), n.serverKey()));
        return true;
    }

    @Override
    public boolean delete(NodeId id) {
        return nodes.remove(id) != null;
    }

    @Override
    public boolean replaceKeyHash(NodeId id, String keyHash) {
        Node n = nodes.get(id);
        if (n == null) {
            return false;
        }
        put(copy(n, n.name(), n.enabled(), Optional.of(keyHash), n.heartbeat()));
        return true;
    }

    @Override
    public boolean replaceServerKey(NodeId id, Optional<String> serverKey) {
        Node n = nodes.get(id);
        if (n == null) {
            return false;
        }
        if (serverKey.isPresent() && nodes.values().stream().anyMatch(o -> !o.id().equals(id) && o.serverKey().equals(serverKey))) {
            throw new IllegalStateException("server key taken");
        }
        put(new Node(n.id(), n.name(), n.server(), n.sort(), n.customConfig(), n.method(), n.rate(), n.nodeClass(),
                n.nodeGroup(), n.speedLimit(), n.bandwidth(), n.bandwidthLimit(), n.enabled(), n.keyHash(), n.heartbeat(),
                serverKey));
        return true;
    }

    @Override
    public Map<NodeId, Long> trafficSince(Instant since) {
        return Map.copyOf(trafficToday);
    }

    private static Node copy(Node n, String name, boolean enabled, Optional<String> keyHash, Optional<Instant> heartbeat) {
        return new Node(n.id(), name, n.server(), n.sort(), n.customConfig(), n.method(), n.rate(), n.nodeClass(),
                n.nodeGroup(), n.speedLimit(), n.bandwidth(), n.bandwidthLimit(), enabled, keyHash, heartbeat, n.serverKey());
    }
}
