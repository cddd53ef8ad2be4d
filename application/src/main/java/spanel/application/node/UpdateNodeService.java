package spanel.application.node;

import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.UpdateNode;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;

public final class UpdateNodeService implements UpdateNode {

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public UpdateNodeService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public Node update(Command command) {
        return transactions.inTransaction(() -> {
            if (!registry.change(command.id(), command.changes())) {
                throw new NotFound("no node " + command.id());
            }
            audit.node(command.admin(), "node.update", command.id(), command.changes().toString());
            return registry.find(command.id()).orElseThrow();
        });
    }
}
