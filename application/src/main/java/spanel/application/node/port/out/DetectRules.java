package spanel.application.node.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;
import spanel.domain.node.NodeId;
import spanel.domain.user.UserId;

/** The audit rules nodes enforce, and the hits they report. */
public interface DetectRules {

    List<DetectRule> all();

    /** Stores a rule whose pattern was already checked; returns its id. */
    DetectRuleId add(NewRule rule);

    /** False when there is no such rule. */
    boolean remove(DetectRuleId id);

    record NewRule(String name, String text, String regex, int type) {
    }

    /** Records each hit whose user and rule exist; returns how many were recorded. */
    int recordHits(NodeId node, List<Hit> hits, Instant at);

    record Hit(UserId user, DetectRuleId ruleId) {
    }
}
