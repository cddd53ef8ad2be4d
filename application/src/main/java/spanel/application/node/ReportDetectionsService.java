package spanel.application.node;

import java.time.Clock;
import java.util.List;
import spanel.application.node.port.in.ReportDetections;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.node.DetectRuleId;

/** Rules from a node's local file carry ids of 0 or below; they are never recorded. */
public final class ReportDetectionsService implements ReportDetections {

    private final NodeGate gate;
    private final DetectRules rules;
    private final Clock clock;

    public ReportDetectionsService(NodeGate gate, DetectRules rules, Clock clock) {
        this.gate = gate;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int report(Command command) {
        gate.admit(command.node(), command.key());
        List<DetectRules.Hit> hits = command.hits().stream()
                .filter(hit -> hit.ruleId() > 0)
                .map(hit -> new DetectRules.Hit(hit.user(), DetectRuleId.of(hit.ruleId())))
                .distinct()
                .toList();
        return hits.isEmpty() ? 0 : rules.recordHits(command.node(), hits, clock.instant());
    }
}
