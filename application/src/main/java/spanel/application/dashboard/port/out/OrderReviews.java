package spanel.application.dashboard.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

/** The review state of top-up orders. */
public interface OrderReviews {

    /** Marks a flagged, unresolved order resolved in one guarded write; false when it changed nothing. */
    boolean resolve(OrderId order, UserId admin, Instant at);

    /** The order's review state, when the order exists. */
    Optional<State> state(OrderId order);

    record State(boolean flagged, Optional<Instant> resolvedAt, Optional<UserId> resolvedBy) {
    }
}
