package spanel.adapter.persistence.plan;

import static spanel.adapter.persistence.generated.Tables.TRAFFIC_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Times;
import spanel.domain.plan.ResetDay;
import spanel.application.plan.port.out.PlanLifecycle;

/**
 * The monthly reset and the expiries, over all users at once. The reset locks the users it resets
 * in id order (the order traffic reports lock them in, so the two never deadlock), records what
 * each used, and subtracts exactly that: a report that lands after the read stays in the new period.
 * A date is reset once per user: a change of TIMEZONE moves the date's boundary, not the date.
 */
public final class JooqPlanLifecycle implements PlanLifecycle {

    private static final int BATCH = 1000;

    private final DSLContext dsl;

    public JooqPlanLifecycle(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int resetTraffic(LocalDate date, Instant boundary, Instant now) {
        OffsetDateTime at = Times.utc(boundary);
        ResetDay.Days fallingToday = ResetDay.fallingOn(date);
        Condition fallsToday = USERS.RESET_DAY.between(fallingToday.first(), fallingToday.last());
        List<Record3<Long, Long, Long>> due = dsl.select(USERS.ID, USERS.U, USERS.D)
                .from(USERS)
                .where(fallsToday)
                .and(USERS.RESET_SINCE.lt(at))
                .and(USERS.CLASS_EXPIRE.gt(at))
                .and(DSL.notExists(DSL.selectOne().from(TRAFFIC_RESETS)
                        .where(TRAFFIC_RESETS.USER_ID.eq(USERS.ID))
                        .and(TRAFFIC_RESETS.RESET_DATE.eq(date).or(TRAFFIC_RESETS.BOUNDARY.eq(at)))))
                .orderBy(USERS.ID)
                .forUpdate()
                .fetch();
        OffsetDateTime resetAt = Times.utc(now);
        for (int from = 0; from < due.size(); from += BATCH) {
            List<Record3<Long, Long, Long>> chunk = due.subList(from, Math.min(due.size(), from + BATCH));
            var record = dsl.batch(dsl.insertInto(TRAFFIC_RESETS, TRAFFIC_RESETS.USER_ID, TRAFFIC_RESETS.BOUNDARY,
                    TRAFFIC_RESETS.RESET_DATE, TRAFFIC_RESETS.U, TRAFFIC_RESETS.D, TRAFFIC_RESETS.RESET_AT)
                    .values((Long) null, (OffsetDateTime) null, (LocalDate) null, (Long) null, (Long) null, (OffsetDateTime) null));
            var subtract = dsl.batch(dsl.update(USERS)
                    .set(USERS.U, USERS.U.minus((Long) null))
                    .set(USERS.D, USERS.D.minus((Long) null))
                    .where(USERS.ID.eq((Long) null)));
            for (Record3<Long, Long, Long> user : chunk) {
                record.bind(user.value1(), at, date, user.value2(), user.value3(), resetAt);
                subtract.bind(user.value2(), user.value3(), user.value1());
            }
            record.execute();
            subtract.execute();
        }
        return due.size();
    }

    @Override
    public int dropExpiredClasses(Instant at, int defaultClass) {
        return dsl.update(USERS)
                .set(USERS.CLASS, defaultClass)
                .setNull(USERS.RESET_DAY)
                .setNull(USERS.RESET_SINCE)
                .where(USERS.CLASS_EXPIRE.le(Times.utc(at)))
                .and(USERS.CLASS.ne(defaultClass).or(USERS.RESET_DAY.isNotNull()))
                .execute();
    }

    @Override
    public int countAccountsExpired(Instant after, Instant atOrBefore) {
        return dsl.fetchCount(USERS, USERS.EXPIRE_IN.gt(Times.utc(after)).and(USERS.EXPIRE_IN.le(Times.utc(atOrBefore))));
    }
}
