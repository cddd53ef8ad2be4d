package spanel.application.node;

import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.RotateServerKey;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.error.Refusal;
import spanel.domain.node.Node;

public final class RotateServerKeyService implements RotateServerKey {

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public RotateServerKeyService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public ServerKeyRotated rotate(Command command) {
        return transactions.inTransaction(() -> {
            Node node = registry.find(command.id()).orElseThrow(() -> new NotFound("no node " + command.id()));
            if (!node.isSs2022()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "not_ss2022",
                        "only a Shadowsocks-2022 node (sort 1) has a server key");
            }
            String key = ServerKeys.replace(registry, node);
            audit.node(command.admin(), "node.rotate_server_key", command.id(), "");
            return new ServerKeyRotated(command.id(), key);
        });
    }
}
