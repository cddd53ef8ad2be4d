package spanel.adapter.persistence.notice;

import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import spanel.adapter.persistence.support.Times;
import spanel.application.notice.port.out.NoticeBoundaries;
import spanel.domain.user.UserId;

/**
 * The boundaries, over all users in SQL. A traffic period is named in SQL too, from the quota and
 * the number of monthly resets so far ({@code q<bytes>/r<resets>}), so the users already told are
 * left out by the query rather than found again every run.
 */
public final class JooqNoticeBoundaries implements NoticeBoundaries {

    private final DSLContext dsl;

    public JooqNoticeBoundaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PlanEnd> plansEnding(Instant after, Instant atOrBefore) {
        return dsl.select(USERS.ID, USERS.CLASS_EXPIRE).from(USERS)
                .where(USERS.CLASS_EXPIRE.gt(Times.utc(after)))
                .and(USERS.CLASS_EXPIRE.le(Times.utc(atOrBefore)))
                .orderBy(USERS.ID)
                .fetch(row -> new PlanEnd(UserId.of(row.value1()), Times.instant(row.value2())));
    }

    /** A user's (of {@code USERS} in the query) traffic period now: its quota and monthly resets so far. */
    static Field<String> trafficPeriod() {
        Field<Integer> resets = DSL.field(DSL.selectCount().from(TRAFFIC_RESETS).where(TRAFFIC_RESETS.USER_ID.eq(USERS.ID)));
        return DSL.concat(DSL.inline("q"), USERS.TRANSFER_ENABLE.cast(SQLDataType.VARCHAR(20)),
                DSL.inline("/r"), resets.cast(SQLDataType.VARCHAR(20)));
    }

    @Override
    public List<TrafficUsed> trafficUsed(int percent, int belowPercent, String event, int limit) {
        Field<Long> used = USERS.U.plus(USERS.D);
        Field<String> period = trafficPeriod();
        var reached = used.mul(100L).ge(USERS.TRANSFER_ENABLE.mul((long) percent));
        var below = belowPercent == Integer.MAX_VALUE ? DSL.noCondition()
                : used.mul(100L).lt(USERS.TRANSFER_ENABLE.mul((long) belowPercent));
        return dsl.select(USERS.ID, period, used, USERS.TRANSFER_ENABLE).from(USERS)
                .where(USERS.TRANSFER_ENABLE.gt(0L))
                .and(USERS.ENABLE.isTrue())
                .and(USERS.BANNED.isFalse())
                .and(reached)
                .and(below)
                .andNotExists(DSL.selectOne().from(NOTICES)
                        .where(NOTICES.EVENT.eq(event))
                        .and(NOTICES.USER_ID.eq(USERS.ID))
                        .and(NOTICES.BOUNDARY.eq(period)))
                .orderBy(USERS.ID)
                .limit(limit)
                .fetch(row -> new TrafficUsed(UserId.of(row.value1()), row.value2(), row.value3(), row.value4()));
    }
}
