package spanel.adapter.persistence.node;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static spanel.adapter.persistence.generated.Tables.DETECT_LOG;
import static spanel.adapter.persistence.generated.Tables.DETECT_RULES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.DetectRules;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;
import spanel.domain.node.NodeId;

public final class JooqDetectRules implements DetectRules {

    private final DSLContext dsl;

    public JooqDetectRules(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DetectRule> all() {
        return dsl.selectFrom(DETECT_RULES).orderBy(DETECT_RULES.ID)
                .fetch(r -> new DetectRule(DetectRuleId.of(r.getId()), r.getName(), r.getText(), r.getRegex(), r.getType()));
    }

    @Override
    public DetectRuleId add(NewRule rule) {
        return DetectRuleId.of(dsl.insertInto(DETECT_RULES)
                .set(DETECT_RULES.NAME, rule.name())
                .set(DETECT_RULES.TEXT, rule.text())
                .set(DETECT_RULES.REGEX, rule.regex())
                .set(DETECT_RULES.TYPE, rule.type())
                .returning(DETECT_RULES.ID)
                .fetchOne(DETECT_RULES.ID));
    }

    @Override
    public boolean remove(DetectRuleId id) {
        return dsl.deleteFrom(DETECT_RULES).where(DETECT_RULES.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public int recordHits(NodeId node, List<Hit> hits, Instant at) {
        var when = Times.utc(at);
        int recorded = 0;
        for (Hit hit : hits) {
            recorded += dsl.insertInto(DETECT_LOG, DETECT_LOG.USER_ID, DETECT_LOG.NODE_ID, DETECT_LOG.RULE_ID,
                            DETECT_LOG.CREATED_AT)
                    .select(select(val(hit.user().value()), val(node.value()), val(hit.ruleId().value()), val(when))
                            .where(exists(selectOne().from(USERS).where(USERS.ID.eq(hit.user().value()))))
                            .and(exists(selectOne().from(DETECT_RULES).where(DETECT_RULES.ID.eq(hit.ruleId().value())))))
                    .execute();
        }
        return recorded;
    }
}
