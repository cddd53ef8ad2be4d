package spanel.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.domain.common.MovableClock;
import spanel.application.dashboard.port.in.ResolveReview;
import spanel.application.dashboard.port.out.OrderReviews;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.error.Refusal;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

class ResolveReviewServiceTest {

    private static final UserId ADMIN = UserId.of(1);
    private static final UserId OTHER_ADMIN = UserId.of(2);

    /** Review states by order, resolved with the same guard as the SQL update. */
    private static final class Reviews implements OrderReviews {
        final Map<OrderId, State> states = new HashMap<>();

        @Override
        public boolean resolve(OrderId order, UserId admin, Instant at) {
            State state = states.get(order);
            if (state == null || !state.flagged() || state.resolvedAt().isPresent()) {
                return false;
            }
            states.put(order, new State(true, Optional.of(at), Optional.of(admin)));
            return true;
        }

        @Override
        public Optional<State> state(OrderId order) {
            return Optional.ofNullable(states.get(order));
        }
    }

    private final Reviews reviews = new Reviews();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final MovableClock clock = MovableClock.at("2026-03-01T12:00:00.123456789Z");
    private final ResolveReviewService service = new ResolveReviewService(reviews, audit::add, new DirectTransactionRunner(),
            clock);

    private ResolveReview.Resolved resolve(UserId admin, long order) {
        return service.resolve(new ResolveReview.Command(admin, OrderId.of(order)));
    }

    @Test
    void aFlaggedOrderIsResolvedOnceAndTheResolutionIsAudited() {
        reviews.states.put(OrderId.of(5), new OrderReviews.State(true, Optional.empty(), Optional.empty()));

        ResolveReview.Resolved resolved = resolve(ADMIN, 5);

        assertThat(resolved).isEqualTo(new ResolveReview.Resolved(OrderId.of(5), Instant.parse("2026-03-01T12:00:00.123456Z"), ADMIN));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("order.review_resolved");
            assertThat(entry.target()).isEqualTo("order:5");
        });
    }

    @Test
    void aRepeatAnswersTheFirstResolutionAndRecordsNothing() {
        reviews.states.put(OrderId.of(5), new OrderReviews.State(true, Optional.empty(), Optional.empty()));
        ResolveReview.Resolved first = resolve(ADMIN, 5);
        clock.advance(Duration.ofMinutes(1));

        assertThat(resolve(OTHER_ADMIN, 5)).isEqualTo(first);
        assertThat(audit).hasSize(1);
    }

    @Test
    void anOrderNeverFlaggedIsAConflictAndAnUnknownOrderIsNotFound() {
        reviews.states.put(OrderId.of(6), new OrderReviews.State(false, Optional.empty(), Optional.empty()));

        assertThatThrownBy(() -> resolve(ADMIN, 6))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> resolve(ADMIN, 7)).isInstanceOf(NotFound.class);
        assertThat(audit).isEmpty();
    }
}
