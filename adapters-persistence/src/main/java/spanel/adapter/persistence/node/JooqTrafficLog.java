package spanel.adapter.persistence.node;

import static spanel.adapter.persistence.generated.Tables.TRAFFIC_DAILY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.node.port.out.TrafficLog;

/**
 * The hourly log folded into days. A day's daily rows are added to when they exist (a day rolled
 * up in two parts still sums right), created otherwise; the hourly rows go in the same transaction.
 */
public final class JooqTrafficLog implements TrafficLog {

    private static final String ADD_TO_EXISTING = """
            UPDATE traffic_daily SET
                u = u + (SELECT coalesce(sum(h.u), 0) FROM traffic_hourly h WHERE h.user_id = traffic_daily.user_id
                         AND h.node_id = traffic_daily.node_id AND h.hour_start >= CAST(? AS timestamp with time zone) AND h.hour_start < CAST(? AS timestamp with time zone)),
                d = d + (SELECT coalesce(sum(h.d), 0) FROM traffic_hourly h WHERE h.user_id = traffic_daily.user_id
                         AND h.node_id = traffic_daily.node_id AND h.hour_start >= CAST(? AS timestamp with time zone) AND h.hour_start < CAST(? AS timestamp with time zone)),
                billed = billed + (SELECT coalesce(sum(h.billed), 0) FROM traffic_hourly h WHERE h.user_id = traffic_daily.user_id
                         AND h.node_id = traffic_daily.node_id AND h.hour_start >= CAST(? AS timestamp with time zone) AND h.hour_start < CAST(? AS timestamp with time zone))
            WHERE log_day = CAST(? AS date)""";

    private static final String INSERT_NEW = """
            INSERT INTO traffic_daily (user_id, node_id, log_day, u, d, billed)
            SELECT h.user_id, h.node_id, CAST(? AS date), sum(h.u), sum(h.d), sum(h.billed) FROM traffic_hourly h
            WHERE h.hour_start >= CAST(? AS timestamp with time zone) AND h.hour_start < CAST(? AS timestamp with time zone)
              AND NOT EXISTS (SELECT 1 FROM traffic_daily t WHERE t.user_id = h.user_id AND t.node_id = h.node_id AND t.log_day = CAST(? AS date))
            GROUP BY h.user_id, h.node_id""";

    private final DSLContext dsl;

    public JooqTrafficLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> earliestHourBefore(Instant before) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.min(TRAFFIC_HOURLY.HOUR_START)).from(TRAFFIC_HOURLY)
                .where(TRAFFIC_HOURLY.HOUR_START.lt(Times.utc(before)))
                .fetchOne(0, java.time.OffsetDateTime.class)).map(Times::instant);
    }

    @Override
    public int rollUp(LocalDate day, Instant from, Instant to) {
        var start = Times.utc(from);
        var end = Times.utc(to);
        dsl.execute(ADD_TO_EXISTING, start, end, start, end, start, end, day);
        dsl.execute(INSERT_NEW, day, start, end, day);
        return dsl.deleteFrom(TRAFFIC_HOURLY)
                .where(TRAFFIC_HOURLY.HOUR_START.ge(start))
                .and(TRAFFIC_HOURLY.HOUR_START.lt(end))
                .execute();
    }

    @Override
    public int prune(LocalDate day, Instant hour) {
        return dsl.deleteFrom(TRAFFIC_DAILY).where(TRAFFIC_DAILY.LOG_DAY.lt(day)).execute()
                + dsl.deleteFrom(TRAFFIC_HOURLY).where(TRAFFIC_HOURLY.HOUR_START.lt(Times.utc(hour))).execute();
    }
}
