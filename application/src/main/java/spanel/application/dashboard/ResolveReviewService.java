package spanel.application.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.dashboard.port.in.ResolveReview;
import spanel.application.dashboard.port.out.OrderReviews;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.error.Refusal;

/** The guarded write decides: the first admin to resolve an order resolves it and is audited; a repeat changes nothing. */
public final class ResolveReviewService implements ResolveReview {

    private final OrderReviews reviews;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResolveReviewService(OrderReviews reviews, AuditTrail audit, TransactionRunner transactions, Clock clock) {
        this.reviews = Objects.requireNonNull(reviews);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Resolved resolve(Command command) {
        return transactions.inTransaction(() -> {
            // Stored to the microsecond: the first answer and its repeats read the same.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (reviews.resolve(command.order(), command.admin(), now)) {
                audit.record(new AuditEntry(command.admin(), "order.review_resolved", "order:" + command.order(), ""));
                return new Resolved(command.order(), now, command.admin());
            }
            OrderReviews.State state = reviews.state(command.order())
                    .orElseThrow(() -> new NotFound("no order " + command.order()));
            if (!state.flagged() || state.resolvedAt().isEmpty() || state.resolvedBy().isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "not_flagged", "This order is not flagged for review.");
            }
            return new Resolved(command.order(), state.resolvedAt().get(), state.resolvedBy().get());
        });
    }
}
