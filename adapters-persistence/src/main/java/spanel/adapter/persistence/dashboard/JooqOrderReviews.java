package spanel.adapter.persistence.dashboard;

import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.dashboard.port.out.OrderReviews;
import spanel.domain.payment.OrderId;
import spanel.domain.user.UserId;

public final class JooqOrderReviews implements OrderReviews {

    private final DSLContext dsl;

    public JooqOrderReviews(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean resolve(OrderId order, UserId admin, Instant at) {
        return dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.REVIEW_RESOLVED_AT, Times.utc(at))
                .set(TOPUP_ORDERS.REVIEW_RESOLVED_BY, admin.value())
                .where(TOPUP_ORDERS.ID.eq(order.value()))
                .and(TOPUP_ORDERS.NEEDS_REVIEW.isTrue())
                .and(TOPUP_ORDERS.REVIEW_RESOLVED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public Optional<State> state(OrderId order) {
        return dsl.select(TOPUP_ORDERS.NEEDS_REVIEW, TOPUP_ORDERS.REVIEW_RESOLVED_AT, TOPUP_ORDERS.REVIEW_RESOLVED_BY)
                .from(TOPUP_ORDERS).where(TOPUP_ORDERS.ID.eq(order.value()))
                .fetchOptional(r -> new State(r.value1(), Optional.ofNullable(Times.instant(r.value2())),
                        Optional.ofNullable(r.value3()).map(UserId::new)));
    }
}
