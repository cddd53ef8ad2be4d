package spanel.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.application.dashboard.port.in.ShowUsage;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;

class ShowUsageServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:42:00Z");

    /** The rows a database would hold; "since" is checked so that the service asks from its first bucket. */
    private record Rows(List<DashboardQueries.Sample> traffic, List<DashboardQueries.Sample> online)
            implements DashboardQueries {
        @Override
        public Takings takingsSince(Instant since) {
            return new Takings(0, Money.ZERO, 0, Money.ZERO);
        }

        @Override
        public long awaitingReviewCount() {
            return 0;
        }

        @Override
        public List<TopUpOrder> awaitingReview(int limit) {
            return List.of();
        }

        @Override
        public List<NodeName> nodes() {
            return List.of(new NodeName(1, "a"), new NodeName(2, "b"));
        }

        @Override
        public List<Sample> trafficSince(Instant since) {
            return traffic.stream().filter(s -> !s.at().isBefore(since)).toList();
        }

        @Override
        public List<Sample> onlineSince(Instant since) {
            return online.stream().filter(s -> !s.at().isBefore(since)).toList();
        }
    }

    private static ShowUsage.Usage usage(Rows rows, ShowUsage.Range range) {
        return new ShowUsageService(rows, Clock.fixed(NOW, ZoneOffset.UTC)).usage(range);
    }

    private static DashboardQueries.Sample at(long node, String time, long value) {
        return new DashboardQueries.Sample(node, Instant.parse(time), value);
    }

    @Test
    void twentyFourHourlyBucketsEndingWithTheCurrentHourAddTrafficAndTakeTheHighestOnlineCount() {
        Rows rows = new Rows(
                List.of(at(1, "2026-03-10T15:00:00Z", 100), at(1, "2026-03-09T16:00:00Z", 7),
                        at(1, "2026-03-09T15:00:00Z", 999), at(2, "2026-03-10T14:00:00Z", 50)),
                List.of(at(1, "2026-03-10T15:10:00Z", 3), at(1, "2026-03-10T15:30:00Z", 8),
                        at(1, "2026-03-10T15:40:00Z", 5)));

        ShowUsage.Usage day = usage(rows, ShowUsage.Range.DAY);

        assertThat(day.buckets()).hasSize(24);
        assertThat(day.buckets().getFirst()).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(day.buckets().getLast()).isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
        ShowUsage.NodeUsage a = day.nodes().get(0);
        assertThat(a.traffic().getFirst()).isEqualTo(7);
        assertThat(a.traffic().getLast()).as("the hour before the range is left out").isEqualTo(100);
        assertThat(a.traffic().stream().mapToLong(Long::longValue).sum()).isEqualTo(107);
        assertThat(a.online().getLast()).isEqualTo(8);
        assertThat(day.nodes().get(1).traffic().get(22)).isEqualTo(50);
        assertThat(day.nodes().get(1).online()).containsOnly(0);
    }

    @Test
    void thirtyDailyBucketsEndingToday() {
        Rows rows = new Rows(
                List.of(at(1, "2026-03-10T01:00:00Z", 10), at(1, "2026-03-10T15:00:00Z", 20),
                        at(1, "2026-02-09T23:00:00Z", 5), at(1, "2026-02-08T23:00:00Z", 999)),
                List.of(at(2, "2026-03-01T08:00:00Z", 4), at(2, "2026-03-01T20:00:00Z", 6)));

        ShowUsage.Usage month = usage(rows, ShowUsage.Range.MONTH);

        assertThat(month.buckets()).hasSize(30);
        assertThat(month.buckets().getFirst()).isEqualTo(Instant.parse("2026-02-09T00:00:00Z"));
        assertThat(month.nodes().get(0).traffic().getLast()).isEqualTo(30);
        assertThat(month.nodes().get(0).traffic().getFirst()).isEqualTo(5);
        assertThat(month.nodes().get(1).online().get(20)).isEqualTo(6);
    }
}
