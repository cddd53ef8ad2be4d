package spanel.application.dashboard.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;

/** What the dashboard reads: takings, orders awaiting review, and the per-node history. */
public interface DashboardQueries {

    /** Top-ups paid at or after {@code since} and purchases made at or after it. */
    Takings takingsSince(Instant since);

    /** How many paid orders are flagged and not yet resolved. */
    long awaitingReviewCount();

    /** Those orders, oldest first, at most {@code limit}. */
    List<TopUpOrder> awaitingReview(int limit);

    /** Every node, by id. */
    List<NodeName> nodes();

    /**
     * Raw bytes per node and hour, for hours starting at or after {@code since}; and per node and day
     * for the days already rolled up out of the hourly log, on or after the UTC date of {@code since}.
     * A rolled-up day (a day in TIMEZONE) is dated at 00:00 UTC of the same date, the UTC day it
     * overlaps most.
     */
    List<Sample> trafficSince(Instant since);

    /** Online counts per node and slot, for slots starting at or after {@code since}. */
    List<Sample> onlineSince(Instant since);

    record Takings(long topUps, Money topUpAmount, long purchases, Money purchaseAmount) {
    }

    record NodeName(long id, String name) {
    }

    record Sample(long node, Instant at, long value) {
    }
}
