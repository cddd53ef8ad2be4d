package spanel.application.node;

import java.util.List;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.node.port.in.ManageDetectRules;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.error.NotFound;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;

public final class ManageDetectRulesService implements ManageDetectRules {

    private final DetectRules rules;
    private final NodeAdminAudit audit;
    private final TransactionRunner transactions;

    public ManageDetectRulesService(DetectRules rules, AuditTrail audit, TransactionRunner transactions) {
        this.rules = rules;
        this.audit = new NodeAdminAudit(audit);
        this.transactions = transactions;
    }

    @Override
    public List<DetectRule> list() {
        return rules.all();
    }

    @Override
    public DetectRule add(Add command) {
        return transactions.inTransaction(() -> {
            DetectRuleId id = rules.add(new DetectRules.NewRule(command.name(), command.text(), command.regex(), command.type()));
            audit.rule(command.admin(), "detect_rule.add", id, command.name() + ": " + command.regex());
            return new DetectRule(id, command.name(), command.text(), command.regex(), command.type());
        });
    }

    @Override
    public DetectRuleId remove(Remove command) {
        return transactions.inTransaction(() -> {
            if (!rules.remove(command.id())) {
                throw new NotFound("no detect rule " + command.id());
            }
            audit.rule(command.admin(), "detect_rule.remove", command.id(), "");
            return command.id();
        });
    }
}
