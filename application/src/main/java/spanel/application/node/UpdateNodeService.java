package spanel.application.node;

import java.util.Optional;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.UpdateNode;
import spanel.application.node.port.out.NodeConfigs;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;

/**
 * A partial change of a node's settings; a Shadowsocks-2022 node's server key follows its cipher.
 * custom_config is partial too: its keys are merged into those kept. A change that leaves an enabled
 * node no client could use is refused and changes nothing.
 */
public final class UpdateNodeService implements UpdateNode {

    private final NodeRegistry registry;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;
    private final NodeConfigs configs;

    public UpdateNodeService(NodeRegistry registry, AuditTrail audit, TransactionRunner transactions,
            NodeConfigs configs) {
        this.registry = registry;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
        this.configs = configs;
    }

    @Override
    public Node update(Command command) {
        return transactions.inTransaction(() -> {
            Node before = registry.find(command.id()).orElseThrow(() -> new NotFound("no node " + command.id()));
            NodeChanges asked = CreateNodeService.settled(command.changes(), before.sort(), before.method());
            NodeChanges changes = asked.customConfig()
                    .map(change -> asked.withCustomConfig(configs.merged(before.customConfig(), change))).orElse(asked);
            if (!registry.change(command.id(), changes)) {
                throw new NotFound("no node " + command.id());
            }
            ServerKeys.settle(registry, Optional.of(before), registry.find(command.id()).orElseThrow());
            ServableNodes.settle(registry, configs, registry.find(command.id()).orElseThrow());
            audit.node(command.admin(), "node.update", command.id(), changes.toString());
            return registry.find(command.id()).orElseThrow();
        });
    }
}
