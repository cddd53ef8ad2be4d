package spanel.application.node;

import java.security.SecureRandom;
import java.util.Base64;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeKeys;

/** A new node's own key: 256 random bits, handed out once; the registry keeps only its hash. */
public final class CreateNodeService implements CreateNode {

    private final NodeRegistry registry;
    private final SecureRandom random = new SecureRandom();

    public CreateNodeService(NodeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public NodeCreated create(Command command) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        NodeId id = registry.create(
                new NodeRegistry.NewNode(command.name(), command.nodeClass(), command.nodeGroup(), command.rate()),
                NodeKeys.hash(key));
        return new NodeCreated(id, key);
    }
}
