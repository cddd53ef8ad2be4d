package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.NODES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.NodeSilence;
import spanel.domain.node.NodeId;

/**
 * The candidates are read first, then each is moved by its own guarded update (up → down, counted
 * once per silence; down → up, only from the down_since that was read), so a change that another
 * runner made first is not reported here too.
 */
public final class JooqNodeSilence implements NodeSilence {

    private final DSLContext dsl;

    public JooqNodeSilence(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Changes mark(Instant heardBefore, Instant at) {
        var cutoff = Times.utc(heardBefore);
        var lastHeard = DSL.coalesce(NODES.NODE_HEARTBEAT, NODES.CREATED_AT);
        List<WentDown> down = new ArrayList<>();
        for (var silent : dsl.select(NODES.ID, lastHeard, NODES.NAME).from(NODES)
                .where(NODES.ENABLED.isTrue()).and(NODES.DOWN_SINCE.isNull()).and(lastHeard.lt(cutoff))
                .orderBy(NODES.ID).fetch()) {
            int marked = dsl.update(NODES)
                    .set(NODES.DOWN_SINCE, Times.utc(at))
                    .set(NODES.DOWN_COUNT, NODES.DOWN_COUNT.plus(1))
                    .where(NODES.ID.eq(silent.value1()))
                    .and(NODES.ENABLED.isTrue())
                    .and(NODES.DOWN_SINCE.isNull())
                    .and(lastHeard.lt(cutoff))
                    .execute();
            if (marked == 1) {
                down.add(new WentDown(NodeId.of(silent.value1()), silent.value3(), at, Times.instant(silent.value2())));
            }
        }
        List<CameBack> back = new ArrayList<>();
        for (var heard : dsl.select(NODES.ID, NODES.DOWN_SINCE, NODES.NAME).from(NODES)
                .where(NODES.DOWN_SINCE.isNotNull()).and(NODES.NODE_HEARTBEAT.ge(cutoff))
                .orderBy(NODES.ID).fetch()) {
            int marked = dsl.update(NODES)
                    .setNull(NODES.DOWN_SINCE)
                    .where(NODES.ID.eq(heard.value1()))
                    .and(NODES.DOWN_SINCE.eq(heard.value2()))
                    .execute();
            if (marked == 1) {
                back.add(new CameBack(NodeId.of(heard.value1()), heard.value3(), Times.instant(heard.value2()), at));
            }
        }
        return new Changes(down, back);
    }
}
