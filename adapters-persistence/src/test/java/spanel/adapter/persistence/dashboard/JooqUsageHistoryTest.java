package spanel.adapter.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.node.JooqTrafficLog;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.dashboard.ShowUsageService;
import spanel.application.dashboard.port.in.ShowUsage;

/** The 30-day chart reads the daily roll-up too: traffic older than the hourly log's week is still drawn. */
class JooqUsageHistoryTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2041-05-30T12:00:00Z");

    @Test
    void theMonthChartShowsDaysAlreadyRolledUpBesideTheHoursStillKept() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        hourly(user, node, "2041-05-08T03:00:00Z", 100);
        hourly(user, node, "2041-05-08T21:00:00Z", 20);
        hourly(user, node, "2041-05-28T10:00:00Z", 7);
        new JooqTrafficLog(dsl()).rollUp(LocalDate.parse("2041-05-08"), Instant.parse("2041-05-08T00:00:00Z"),
                Instant.parse("2041-05-09T00:00:00Z"));

        ShowUsage.Usage usage = new ShowUsageService(new JooqDashboardQueries(dsl()), Clock.fixed(NOW, ZoneOffset.UTC))
                .usage(ShowUsage.Range.MONTH);

        var traffic = usage.nodes().stream().filter(n -> n.id() == node).findFirst().orElseThrow().traffic();
        assertThat(traffic.get(usage.buckets().indexOf(Instant.parse("2041-05-08T00:00:00Z"))))
                .as("May 8, rolled up into a day").isEqualTo(3 * 120);
        assertThat(traffic.get(usage.buckets().indexOf(Instant.parse("2041-05-28T00:00:00Z"))))
                .as("May 28, still hourly").isEqualTo(3 * 7);
        assertThat(traffic.stream().mapToLong(Long::longValue).sum()).isEqualTo(3 * 127);
    }

    @Test
    void theDayChartLeavesTheRolledUpDaysOut() {
        long user = Seed.activeUser(dsl());
        long node = Seed.insert(Seed.node(dsl(), "1"));
        hourly(user, node, "2041-05-29T00:00:00Z", 100);
        new JooqTrafficLog(dsl()).rollUp(LocalDate.parse("2041-05-29"), Instant.parse("2041-05-29T00:00:00Z"),
                Instant.parse("2041-05-30T00:00:00Z"));
        hourly(user, node, "2041-05-30T11:00:00Z", 5);

        ShowUsage.Usage usage = new ShowUsageService(new JooqDashboardQueries(dsl()), Clock.fixed(NOW, ZoneOffset.UTC))
                .usage(ShowUsage.Range.DAY);

        var traffic = usage.nodes().stream().filter(n -> n.id() == node).findFirst().orElseThrow().traffic();
        assertThat(traffic.stream().mapToLong(Long::longValue).sum()).isEqualTo(3 * 5);
    }

    /** {@code bytes} up and twice that down. */
    private void hourly(long user, long node, String hour, long bytes) {
        dsl().insertInto(TRAFFIC_HOURLY)
                .set(TRAFFIC_HOURLY.USER_ID, user).set(TRAFFIC_HOURLY.NODE_ID, node)
                .set(TRAFFIC_HOURLY.HOUR_START, Times.utc(Instant.parse(hour)))
                .set(TRAFFIC_HOURLY.U, bytes).set(TRAFFIC_HOURLY.D, 2 * bytes).set(TRAFFIC_HOURLY.BILLED, bytes)
                .execute();
    }
}
