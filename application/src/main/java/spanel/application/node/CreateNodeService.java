package spanel.application.node;

import java.security.SecureRandom;
import java.util.Base64;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeKeys;

/** A new node's own key: 256 random bits, handed out once; the registry keeps only its hash. */
public final class CreateNodeService implements CreateNode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public CreateNodeService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public NodeCreated create(Command command) {
        String key = newKey();
        return transactions.inTransaction(() -> {
            NodeId id = registry.create(
                    new NodeRegistry.NewNode(command.name(), command.nodeClass(), command.nodeGroup(), command.rate()),
                    NodeKeys.hash(key));
            registry.change(id, command.settings());
            command.admin().ifPresent(admin -> audit.node(admin, "node.create", id,
                    "name=" + command.name() + " class=" + command.nodeClass() + " group=" + command.nodeGroup()
                            + " rate=" + command.rate()));
            return new NodeCreated(id, key);
        });
    }

    /** A node key: 256 random bits, URL-safe. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
