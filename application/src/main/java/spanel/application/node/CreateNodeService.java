package spanel.application.node;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.in.NodeCreated;
import spanel.application.node.port.out.NodeConfigs;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.InvalidInput;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeKeys;

/**
 * A new node's own key: 256 random bits, handed out once; the registry keeps only its hash. A
 * Shadowsocks-2022 node also gets its server key. A node no client could use is refused.
 */
public final class CreateNodeService implements CreateNode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;
    private final NodeConfigs configs;

    public CreateNodeService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions,
            NodeConfigs configs) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
        this.configs = configs;
    }

    @Override
    public NodeCreated create(Command command) {
        String key = newKey();
        NodeChanges asked = settled(command.settings(), 0, NodeChanges.DEFAULT_METHOD);
        NodeChanges settings = asked.customConfig().map(config -> asked.withCustomConfig(configs.merged("{}", config)))
                .orElse(asked);
        return transactions.inTransaction(() -> {
            NodeId id = registry.create(
                    new NodeRegistry.NewNode(command.name(), command.nodeClass(), command.nodeGroup(), command.rate()),
                    NodeKeys.hash(key));
            registry.change(id, settings);
            ServerKeys.settle(registry, Optional.empty(), registry.find(id).orElseThrow());
            ServableNodes.settle(registry, configs, registry.find(id).orElseThrow());
            command.admin().ifPresent(admin -> audit.node(admin, "node.create", id,
                    "name=" + command.name() + " class=" + command.nodeClass() + " group=" + command.nodeGroup()
                            + " rate=" + command.rate()));
            return new NodeCreated(id, key);
        });
    }

    /** The settings made fit for the node's protocol; a cipher that does not fit is a 400 naming it. */
    static NodeChanges settled(NodeChanges changes, int sort, String method) {
        try {
            return changes.settledOn(sort, method);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(e);
        }
    }

    /** A node key: 256 random bits, URL-safe. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
