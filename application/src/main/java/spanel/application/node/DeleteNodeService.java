package spanel.application.node;

import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.DeleteNode;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.NodeId;

public final class DeleteNodeService implements DeleteNode {

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public DeleteNodeService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public NodeId delete(Command command) {
        return transactions.inTransaction(() -> {
            if (!registry.delete(command.id())) {
                throw new NotFound("no node " + command.id());
            }
            audit.node(command.admin(), "node.delete", command.id(), "");
            return command.id();
        });
    }
}
