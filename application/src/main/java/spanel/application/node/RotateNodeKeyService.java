package spanel.application.node;

import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.NodeCreated;
import spanel.application.node.port.in.RotateNodeKey;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.NodeKeys;

public final class RotateNodeKeyService implements RotateNodeKey {

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public RotateNodeKeyService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public NodeCreated rotate(Command command) {
        String key = CreateNodeService.newKey();
        return transactions.inTransaction(() -> {
            if (!registry.replaceKeyHash(command.id(), NodeKeys.hash(key))) {
                throw new NotFound("no node " + command.id());
            }
            audit.node(command.admin(), "node.rotate_key", command.id(), "");
            return new NodeCreated(command.id(), key);
        });
    }
}
