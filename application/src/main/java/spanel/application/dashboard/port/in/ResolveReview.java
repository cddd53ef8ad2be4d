package spanel.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

/**
 * An admin marks the review of a flagged order done. Once only: a repeat answers the first resolution
 * and records nothing; an order never flagged is a conflict; an unknown order is not found.
 */
public interface ResolveReview {

    Resolved resolve(Command command);

    record Command(UserId admin, OrderId order) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(order, "order");
        }
    }

    record Resolved(OrderId order, Instant resolvedAt, UserId resolvedBy) {
        public Resolved {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(resolvedBy, "resolvedBy");
        }
    }
}
