package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.NodeSilence;

/** Two guarded updates: up → down (counted once per silence), down → up. */
public final class JooqNodeSilence implements NodeSilence {

    private final DSLContext dsl;

    public JooqNodeSilence(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Changes mark(Instant heardBefore, Instant at) {
        var cutoff = Times.utc(heardBefore);
        int down = dsl.update(NODES)
                .set(NODES.DOWN_SINCE, Times.utc(at))
                .set(NODES.DOWN_COUNT, NODES.DOWN_COUNT.plus(1))
                .where(NODES.ENABLED.isTrue())
                .and(NODES.DOWN_SINCE.isNull())
                .and(DSL.coalesce(NODES.NODE_HEARTBEAT, NODES.CREATED_AT).lt(cutoff))
                .execute();
        int back = dsl.update(NODES)
                .setNull(NODES.DOWN_SINCE)
                .where(NODES.DOWN_SINCE.isNotNull())
                .and(NODES.NODE_HEARTBEAT.ge(cutoff))
                .execute();
        return new Changes(down, back);
    }
}
