package spanel.adapter.persistence.dashboard;

import static spanel.adapter.persistence.generated.Tables.NODE_ONLINE_LOG;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.OnlineHistory;
import spanel.domain.node.NodeId;

/**
 * One row per node and slot. The count only rises within a slot ({@code GREATEST} in the UPDATE), so two
 * reports racing for one slot both end in the higher count whatever their order; a slot's first
 * report inserts it and drops the node's slots older than {@link #KEPT}.
 */
public final class JooqOnlineHistory implements OnlineHistory {

    private final DSLContext dsl;

    public JooqOnlineHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(NodeId node, int online, Instant at) {
        long slotSeconds = SLOT.toSeconds();
        OffsetDateTime slot = Times.utc(Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), slotSeconds) * slotSeconds));
        if (raise(node, online, slot)) {
            return;
        }
        try {
            dsl.insertInto(NODE_ONLINE_LOG, NODE_ONLINE_LOG.NODE_ID, NODE_ONLINE_LOG.SLOT_START, NODE_ONLINE_LOG.ONLINE)
                    .values(node.value(), slot, online)
                    .execute();
        } catch (IntegrityConstraintViolationException raced) {
            // Another report inserted this slot first (or the node is gone, and then this changes nothing).
            raise(node, online, slot);
            return;
        }
        dsl.deleteFrom(NODE_ONLINE_LOG)
                .where(NODE_ONLINE_LOG.NODE_ID.eq(node.value()))
                .and(NODE_ONLINE_LOG.SLOT_START.lt(Times.utc(at.minus(KEPT))))
                .execute();
    }

    private boolean raise(NodeId node, int online, OffsetDateTime slot) {
        return dsl.update(NODE_ONLINE_LOG)
                .set(NODE_ONLINE_LOG.ONLINE, DSL.greatest(NODE_ONLINE_LOG.ONLINE, DSL.val(online)))
                .where(NODE_ONLINE_LOG.NODE_ID.eq(node.value()))
                .and(NODE_ONLINE_LOG.SLOT_START.eq(slot))
                .execute() == 1;
    }
}
