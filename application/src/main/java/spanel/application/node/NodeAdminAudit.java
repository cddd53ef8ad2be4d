package spanel.application.node;

import spanel.application.common.port.out.AuditTrail;
import spanel.domain.audit.AuditEntry;
import spanel.domain.node.DetectRuleId;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** The audit line of an admin write to a node or rule; written in the same transaction as the write. */
final class NodeAdminAudit {

    private final AuditTrail trail;

    NodeAdminAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void node(UserId admin, String action, NodeId node, String detail) {
        trail.record(new AuditEntry(admin, action, "node:" + node, detail));
    }

    void rule(UserId admin, String action, DetectRuleId rule, String detail) {
        trail.record(new AuditEntry(admin, action, "detect_rule:" + rule, detail));
    }
}
