package spanel.application.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import spanel.application.dashboard.port.in.ShowSales;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.common.UtcDays;

public final class ShowSalesService implements ShowSales {

    private final DashboardQueries queries;
    private final Clock clock;

    public ShowSalesService(DashboardQueries queries, Clock clock) {
        this.queries = Objects.requireNonNull(queries);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Sales today() {
        Instant midnight = UtcDays.startOf(clock.instant());
        DashboardQueries.Takings takings = queries.takingsSince(midnight);
        return new Sales(midnight, takings.topUps(), takings.topUpAmount(), takings.purchases(), takings.purchaseAmount(),
                queries.awaitingReviewCount(), queries.awaitingReview(REVIEW_LIST_LIMIT));
    }
}
