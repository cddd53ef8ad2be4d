package spanel.application.dashboard.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.payment.TopUpOrder;

/** Today's takings (since midnight UTC) and the paid orders waiting for an admin's review. */
public interface ShowSales {

    /** How many of the orders awaiting review are listed; {@code reviewTotal} counts them all. */
    int REVIEW_LIST_LIMIT = 50;

    Sales today();

    /** Top-ups paid and purchases made since {@code since}; revenue is what the top-ups brought in. */
    record Sales(Instant since, long topUps, Money topUpAmount, long purchases, Money purchaseAmount,
            long reviewTotal, List<TopUpOrder> awaitingReview) {
        public Sales {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(topUpAmount, "topUpAmount");
            Objects.requireNonNull(purchaseAmount, "purchaseAmount");
            awaitingReview = List.copyOf(awaitingReview);
        }

        public Money revenue() {
            return topUpAmount;
        }
    }
}
