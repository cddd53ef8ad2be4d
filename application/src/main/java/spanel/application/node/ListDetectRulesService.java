package spanel.application.node;

import java.util.List;
import spanel.application.node.port.in.ListDetectRules;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.node.DetectRule;

public final class ListDetectRulesService implements ListDetectRules {

    private final NodeGate gate;
    private final DetectRules rules;

    public ListDetectRulesService(NodeGate gate, DetectRules rules) {
        this.gate = gate;
        this.rules = rules;
    }

    @Override
    public List<DetectRule> list(String key) {
        gate.admitAnyNode(key);
        return rules.all();
    }
}
