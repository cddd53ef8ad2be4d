package spanel.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.dashboard.port.in.ShowSales;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class ShowSalesServiceTest {

    /** Takings and flagged orders as the test sets them; records the moment takings were counted from. */
    private static final class Sales implements DashboardQueries {
        final List<Instant> askedSince = new ArrayList<>();
        final List<TopUpOrder> flagged = new ArrayList<>();

        @Override
        public Takings takingsSince(Instant since) {
            askedSince.add(since);
            return new Takings(3, Money.ofFen(3_000), 2, Money.ofFen(1_500));
        }

        @Override
        public long awaitingReviewCount() {
            return flagged.size();
        }

        @Override
        public List<TopUpOrder> awaitingReview(int limit) {
            return flagged.stream().limit(limit).toList();
        }

        @Override
        public List<NodeName> nodes() {
            return List.of();
        }

        @Override
        public List<Sample> trafficSince(Instant since) {
            return List.of();
        }

        @Override
        public List<Sample> onlineSince(Instant since) {
            return List.of();
        }
    }

    private final Sales queries = new Sales();
    private final ShowSalesService service = new ShowSalesService(queries, MovableClock.at("2026-03-01T17:45:12Z"));

    private static TopUpOrder flaggedOrder(long id) {
        return new TopUpOrder(OrderId.of(id), UserId.of(7), "T" + id, "epay", Money.ofFen(100), OrderStatus.PAID, true,
                Instant.parse("2026-02-01T00:00:00Z"), Optional.of(Instant.parse("2026-02-01T00:01:00Z")));
    }

    @Test
    void todayStartsAtMidnightUtcAndTheRevenueIsWhatTopUpsBroughtIn() {
        ShowSales.Sales sales = service.today();

        assertThat(sales.since()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(queries.askedSince).containsExactly(sales.since());
        assertThat(sales.revenue()).isEqualTo(Money.ofFen(3_000));
        assertThat(sales.purchases()).isEqualTo(2);
    }

    @Test
    void theReviewListStopsAtItsLimitWhileTheTotalCountsEveryFlaggedOrder() {
        IntStream.rangeClosed(1, ShowSales.REVIEW_LIST_LIMIT + 3).forEach(id -> queries.flagged.add(flaggedOrder(id)));

        ShowSales.Sales sales = service.today();

        assertThat(sales.awaitingReview()).hasSize(ShowSales.REVIEW_LIST_LIMIT);
        assertThat(sales.reviewTotal()).isEqualTo(ShowSales.REVIEW_LIST_LIMIT + 3);
    }
}
