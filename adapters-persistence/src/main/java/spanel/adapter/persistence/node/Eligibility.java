package spanel.adapter.persistence.node;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Who may use which node, as SQL conditions: one rule for a node's user list and for a user's node
 * list, so the two can never disagree.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** The account may use any node at all: enabled, switch on, not banned, not expired, traffic left. */
    static Condition userServable(OffsetDateTime at) {
        return USERS.ENABLE.isTrue()
                .and(USERS.SWITCH_ON.isTrue())
                .and(USERS.BANNED.isFalse())
                .and(USERS.EXPIRE_IN.gt(at))
                // u + d < quota, without a sum past the largest bigint (each counter stops there).
                .and(USERS.U.lt(USERS.TRANSFER_ENABLE.minus(USERS.D)));
    }

    /**
     * The account's level and group fit a node of this class and group: the effective class (class
     * while class_expire is ahead, else 0) at least the node's, and the same group unless the node's is 0.
     */
    static Condition fits(Field<Integer> nodeClass, Field<Integer> nodeGroup, OffsetDateTime at) {
        Field<Integer> effectiveClass = when(USERS.CLASS_EXPIRE.gt(at), USERS.CLASS).otherwise(inline(0));
        return effectiveClass.ge(nodeClass).and(nodeGroup.eq(inline(0)).or(USERS.NODE_GROUP.eq(nodeGroup)));
    }

    /** The node serves anyone: enabled and not over its bandwidth cap (0 means none). */
    static Condition nodeServing() {
        return NODES.ENABLED.isTrue()
                .and(NODES.NODE_BANDWIDTH_LIMIT.eq(inline(0L)).or(NODES.NODE_BANDWIDTH.lt(NODES.NODE_BANDWIDTH_LIMIT)));
    }
}
