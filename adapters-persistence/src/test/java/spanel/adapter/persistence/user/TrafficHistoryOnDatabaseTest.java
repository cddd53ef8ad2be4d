package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_DAILY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.node.JooqTrafficLog;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.user.ShowTrafficHistoryService;
import spanel.application.user.port.in.ShowTrafficHistory;
import spanel.application.user.port.in.ShowTrafficHistory.Bytes;
import spanel.application.user.port.in.ShowTrafficHistory.NodeBytes;
import spanel.domain.common.MovableClock;
import spanel.domain.job.Schedule;
import spanel.domain.user.UserId;

/** The history on the real databases: hourly and daily rows read together, days in TIMEZONE (UTC+8 here). */
class TrafficHistoryOnDatabaseTest extends PersistenceContractTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final MovableClock clock = MovableClock.at("2026-03-10T04:00:00Z"); // 12:00 on 10 March in Shanghai

    private ShowTrafficHistory history() {
        return new ShowTrafficHistoryService(new JooqTrafficHistory(dsl()), SHANGHAI, clock);
    }

    private void hour(long user, long node, String hourStart, long u, long d) {
        dsl().insertInto(TRAFFIC_HOURLY)
                .set(TRAFFIC_HOURLY.USER_ID, user).set(TRAFFIC_HOURLY.NODE_ID, node)
                .set(TRAFFIC_HOURLY.HOUR_START, Times.utc(Instant.parse(hourStart)))
                .set(TRAFFIC_HOURLY.U, u).set(TRAFFIC_HOURLY.D, d).set(TRAFFIC_HOURLY.BILLED, 2 * (u + d))
                .execute();
    }

    private void day(long user, long node, String day, long u, long d) {
        dsl().insertInto(TRAFFIC_DAILY)
                .set(TRAFFIC_DAILY.USER_ID, user).set(TRAFFIC_DAILY.NODE_ID, node)
                .set(TRAFFIC_DAILY.LOG_DAY, LocalDate.parse(day))
                .set(TRAFFIC_DAILY.U, u).set(TRAFFIC_DAILY.D, d).set(TRAFFIC_DAILY.BILLED, u + d)
                .execute();
    }

    @Test
    void everyDayOfTheRangeIsPresentOldestFirstWithHoursCountedInTheirLocalDay() {
        long user = Seed.activeUser(dsl());
        long other = Seed.activeUser(dsl());
        long hk = Seed.insert(Seed.node(dsl(), "2.0"));
        long jp = Seed.insert(Seed.node(dsl(), "1.0"));
        day(user, hk, "2026-03-01", 100, 1_000);
        day(user, hk, "2026-03-06", 5, 50);
        day(user, jp, "2026-03-06", 7, 70);
        hour(user, hk, "2026-03-08T15:00:00Z", 1, 10); // 23:00 on 8 March in Shanghai
        hour(user, hk, "2026-03-08T16:00:00Z", 2, 20); // 00:00 on 9 March
        hour(user, jp, "2026-03-10T03:00:00Z", 3, 30); // today
        hour(other, hk, "2026-03-10T03:00:00Z", 999, 999);

        var days = history().show(new ShowTrafficHistory.Query(UserId.of(user), 5)).days();

        assertThat(days).extracting(ShowTrafficHistory.Day::date).containsExactly(LocalDate.parse("2026-03-06"),
                LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-03-10"));
        assertThat(days.get(0).total()).isEqualTo(new Bytes(12, 120, 132));
        assertThat(days.get(0).nodes()).containsExactly(new NodeBytes(hk, new Bytes(5, 50, 55)),
                new NodeBytes(jp, new Bytes(7, 70, 77)));
        assertThat(days.get(1).total()).isEqualTo(Bytes.ZERO);
        assertThat(days.get(1).nodes()).isEmpty();
        assertThat(days.get(2).nodes()).containsExactly(new NodeBytes(hk, new Bytes(1, 10, 22)));
        assertThat(days.get(3).nodes()).containsExactly(new NodeBytes(hk, new Bytes(2, 20, 44)));
        assertThat(days.get(4).nodes()).containsExactly(new NodeBytes(jp, new Bytes(3, 30, 66)));
    }

    @Test
    void aDayReadsTheSameBeforeAndAfterItsHoursAreRolledUp() {
        long user = Seed.activeUser(dsl());
        long hk = Seed.insert(Seed.node(dsl(), "1.0"));
        hour(user, hk, "2026-03-04T16:00:00Z", 1, 2); // 00:00 on 5 March in Shanghai
        hour(user, hk, "2026-03-05T10:00:00Z", 3, 4);
        hour(user, hk, "2026-03-05T15:00:00Z", 5, 6); // 23:00 on 5 March
        ShowTrafficHistory.Query week = new ShowTrafficHistory.Query(UserId.of(user), 7);
        var before = history().show(week);

        Schedule.Daily days = new Schedule.Daily(SHANGHAI);
        LocalDate fifth = LocalDate.parse("2026-03-05");
        transactions().inTransaction(() -> new JooqTrafficLog(dsl()).rollUp(fifth, days.startOf(fifth),
                days.startOf(fifth.plusDays(1))));

        assertThat(dsl().fetchCount(TRAFFIC_HOURLY, TRAFFIC_HOURLY.USER_ID.eq(user))).isZero();
        assertThat(history().show(week)).isEqualTo(before);
        assertThat(before.days().get(1).total()).isEqualTo(new Bytes(9, 12, 42));
    }
}
