package spanel.bootstrap;

import java.time.Clock;
import spanel.adapter.http.admin.NodeAdminUseCases;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.subscription.SubscriptionNodeConfigs;
import spanel.adapter.http.support.ErrorMapping;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.CountNodeStatesService;
import spanel.application.node.CreateNodeService;
import spanel.application.node.DeleteNodeService;
import spanel.application.node.GetNodeInfoService;
import spanel.application.node.ListDetectRulesService;
import spanel.application.node.ListNodeUsersService;
import spanel.application.node.ManageDetectRulesService;
import spanel.application.node.NodeAdminQueryService;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportAliveIpsService;
import spanel.application.node.ReportDetectionsService;
import spanel.application.node.ReportHeartbeatService;
import spanel.application.node.ReportOnlineService;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.ResolveNodeIdService;
import spanel.application.node.RotateNodeKeyService;
import spanel.application.node.RotateServerKeyService;
import spanel.application.node.ShowNodeStatusService;
import spanel.application.node.UpdateNodeService;
import spanel.application.node.VerifyNodeKeyService;
import spanel.application.node.port.in.CountNodeStates;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeStatusStore;

/** What node backends call, and the admin side of nodes. */
final class NodeWiring {

    private NodeWiring() {
    }

    /** Traffic reports are applied in batches on the ingest pool, as its settings say. */
    static NodeUseCases nodes(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        PersistenceAdapters ingest = wiring.ingest();
        Clock clock = wiring.clock();
        NodeRegistry nodes = persistence.nodeRegistry();
        NodeStatusStore status = wiring.stores().nodeStatus();
        NodeGate gate = new NodeGate(nodes, wiring.muKey());
        return new NodeUseCases(
                new ListNodeUsersService(gate, persistence.nodeUserQuery(), status, clock),
                new ReportTrafficService(new NodeGate(ingest.nodeRegistry(), wiring.muKey()), ingest.trafficLedger(),
                        ingest.transactionRunner(), wiring.metrics().trafficMeter(), clock, wiring.ingestSettings(),
                        ErrorMapping::isDependencyDown),
                new ReportOnlineService(gate, status, persistence.onlineHistory(), clock),
                new ReportHeartbeatService(gate, nodes, status, clock),
                new ReportAliveIpsService(gate, status, persistence.onlineHistory(), clock),
                new GetNodeInfoService(gate, status, clock),
                new ListDetectRulesService(gate, persistence.detectRules()),
                new ReportDetectionsService(gate, persistence.detectRules(), clock),
                new VerifyNodeKeyService(gate),
                new ResolveNodeIdService(persistence.legacyNodeIds()));
    }

    /** Settings, keys, the monitoring overview and the audit rules. */
    static NodeAdminUseCases nodeAdmin(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        NodeRegistry nodes = persistence.nodeRegistry();
        AuditTrail audit = persistence.auditTrail();
        TransactionRunner tx = persistence.transactionRunner();
        return new NodeAdminUseCases(
                new NodeAdminQueryService(nodes),
                new CreateNodeService(nodes, audit, tx, new SubscriptionNodeConfigs()),
                new UpdateNodeService(nodes, audit, tx, new SubscriptionNodeConfigs()),
                new DeleteNodeService(nodes, audit, tx),
                new RotateNodeKeyService(nodes, audit, tx),
                new RotateServerKeyService(nodes, audit, tx),
                new ShowNodeStatusService(nodes, wiring.stores().nodeStatus(), wiring.clock()),
                new ManageDetectRulesService(persistence.detectRules(), audit, tx));
    }

    /** The nodes by state, for /metrics. */
    static CountNodeStates nodeStates(Wiring wiring) {
        return new CountNodeStatesService(wiring.persistence().nodeRegistry(),
                wiring.settings().subscriptions().nodeDownAfter(), wiring.clock());
    }
}
