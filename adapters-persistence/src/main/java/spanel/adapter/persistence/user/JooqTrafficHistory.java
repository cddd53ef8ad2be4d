package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.TRAFFIC_DAILY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.TrafficHistory;
import spanel.domain.user.UserId;

/** One user's rows of {@code traffic_hourly} and {@code traffic_daily}, by their primary keys' user prefix. */
public final class JooqTrafficHistory implements TrafficHistory {

    private final DSLContext dsl;

    public JooqTrafficHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<HourRow> hoursOf(UserId user, Instant from, Instant to) {
        return dsl.select(TRAFFIC_HOURLY.HOUR_START, TRAFFIC_HOURLY.NODE_ID, TRAFFIC_HOURLY.U, TRAFFIC_HOURLY.D,
                        TRAFFIC_HOURLY.BILLED)
                .from(TRAFFIC_HOURLY)
                .where(TRAFFIC_HOURLY.USER_ID.eq(user.value()))
                .and(TRAFFIC_HOURLY.HOUR_START.ge(Times.utc(from)))
                .and(TRAFFIC_HOURLY.HOUR_START.lt(Times.utc(to)))
                .fetch(row -> new HourRow(Times.instant(row.value1()), row.value2(), row.value3(), row.value4(),
                        row.value5()));
    }

    @Override
    public List<DayRow> daysOf(UserId user, LocalDate from, LocalDate to) {
        return dsl.select(TRAFFIC_DAILY.LOG_DAY, TRAFFIC_DAILY.NODE_ID, TRAFFIC_DAILY.U, TRAFFIC_DAILY.D,
                        TRAFFIC_DAILY.BILLED)
                .from(TRAFFIC_DAILY)
                .where(TRAFFIC_DAILY.USER_ID.eq(user.value()))
                .and(TRAFFIC_DAILY.LOG_DAY.between(from, to))
                .fetch(row -> new DayRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }
}
