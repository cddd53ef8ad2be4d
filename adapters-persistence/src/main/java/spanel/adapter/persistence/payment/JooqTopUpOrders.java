package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.TopupOrdersRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

public final class JooqTopUpOrders implements TopUpOrders {

    private static final short UNPAID = JooqTopUpOrderQueries.code(OrderStatus.UNPAID);
    private static final short PAID = JooqTopUpOrderQueries.code(OrderStatus.PAID);
    private static final short CLOSED = JooqTopUpOrderQueries.code(OrderStatus.CLOSED);

    private final DSLContext dsl;

    public JooqTopUpOrders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public TopUpOrder add(UserId user, String tradeNo, String gateway, Money total, Instant createdAt) {
        return JooqTopUpOrderQueries.toOrder(dsl.insertInto(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.USER_ID, user.value())
                .set(TOPUP_ORDERS.TRADENO, tradeNo)
                .set(TOPUP_ORDERS.GATEWAY, gateway)
                .set(TOPUP_ORDERS.TOTAL, total.fen())
                .set(TOPUP_ORDERS.STATUS, UNPAID)
                .set(TOPUP_ORDERS.CREATED_AT, Times.utc(createdAt))
                .returning()
                .fetchSingle());
    }

    @Override
    public Optional<TopUpOrder> find(OrderId id) {
        return dsl.selectFrom(TOPUP_ORDERS).where(TOPUP_ORDERS.ID.eq(id.value())).fetchOptional(JooqTopUpOrderQueries::toOrder);
    }

    @Override
    public Optional<TopUpOrder> findByTradeNo(String tradeNo) {
        return dsl.selectFrom(TOPUP_ORDERS).where(TOPUP_ORDERS.TRADENO.eq(tradeNo))
                .fetchOptional(JooqTopUpOrderQueries::toOrder);
    }

    @Override
    public Page<TopUpOrder> ofUser(UserId user, Optional<OrderStatus> status, PageRequest page) {
        return new JooqTopUpOrderQueries(dsl).list(status, Optional.of(user), page);
    }

    @Override
    public boolean markPaidIfUnpaid(OrderId id, Instant paidAt) {
        return dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.STATUS, PAID)
                .set(TOPUP_ORDERS.PAID_AT, Times.utc(paidAt))
                .where(TOPUP_ORDERS.ID.eq(id.value())).and(TOPUP_ORDERS.STATUS.eq(UNPAID))
                .execute() == 1;
    }

    @Override
    public boolean markPaidIfClosed(OrderId id, Instant paidAt, String reviewReason) {
        return dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.STATUS, PAID)
                .set(TOPUP_ORDERS.PAID_AT, Times.utc(paidAt))
                .set(TOPUP_ORDERS.NEEDS_REVIEW, true)
                .set(TOPUP_ORDERS.REVIEW_REASON, reviewReason.length() > 255 ? reviewReason.substring(0, 255) : reviewReason)
                .where(TOPUP_ORDERS.ID.eq(id.value())).and(TOPUP_ORDERS.STATUS.eq(CLOSED))
                .execute() == 1;
    }

    @Override
    public void flagForReview(OrderId id, String reason) {
        dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.NEEDS_REVIEW, true)
                .set(TOPUP_ORDERS.REVIEW_REASON, reason.length() > 255 ? reason.substring(0, 255) : reason)
                .where(TOPUP_ORDERS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void rememberReference(OrderId id, String reference) {
        dsl.update(TOPUP_ORDERS).set(TOPUP_ORDERS.GATEWAY_REF, reference).where(TOPUP_ORDERS.ID.eq(id.value())).execute();
    }

    @Override
    public List<Unsettled> toAsk(Collection<String> gateways, Instant createdSince, Instant closedSince, Instant now,
            int limit) {
        if (gateways.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(TOPUP_ORDERS)
                .where(TOPUP_ORDERS.STATUS.eq(UNPAID).and(TOPUP_ORDERS.CREATED_AT.ge(Times.utc(createdSince)))
                        .or(TOPUP_ORDERS.STATUS.eq(CLOSED).and(TOPUP_ORDERS.CLOSED_AT.ge(Times.utc(closedSince)))))
                .and(TOPUP_ORDERS.NEEDS_REVIEW.isFalse())
                .and(TOPUP_ORDERS.GATEWAY.in(gateways))
                .and(TOPUP_ORDERS.RECONCILE_AFTER.isNull().or(TOPUP_ORDERS.RECONCILE_AFTER.le(Times.utc(now))))
                .orderBy(TOPUP_ORDERS.CREATED_AT, TOPUP_ORDERS.ID)
                .limit(limit)
                .fetch(JooqTopUpOrders::unsettled);
    }

    @Override
    public Optional<Unsettled> toAsk(OrderId id) {
        return dsl.selectFrom(TOPUP_ORDERS).where(TOPUP_ORDERS.ID.eq(id.value())).fetchOptional(JooqTopUpOrders::unsettled);
    }

    private static Unsettled unsettled(TopupOrdersRecord row) {
        return new Unsettled(JooqTopUpOrderQueries.toOrder(row), Optional.ofNullable(row.getGatewayRef()),
                row.getReconcileFailures());
    }

    @Override
    public void askNotBefore(OrderId id, int failures, Instant after) {
        dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.RECONCILE_FAILURES, failures)
                .set(TOPUP_ORDERS.RECONCILE_AFTER, Times.utc(after))
                .where(TOPUP_ORDERS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public boolean closeIfUnpaid(OrderId id, Instant closedAt) {
        return dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.STATUS, CLOSED)
                .set(TOPUP_ORDERS.CLOSED_AT, Times.utc(closedAt))
                .where(TOPUP_ORDERS.ID.eq(id.value())).and(TOPUP_ORDERS.STATUS.eq(UNPAID))
                .execute() == 1;
    }

    @Override
    public int closeUnpaidCreatedBefore(Instant cutoff, Instant closedAt) {
        return dsl.update(TOPUP_ORDERS)
                .set(TOPUP_ORDERS.STATUS, CLOSED)
                .set(TOPUP_ORDERS.CLOSED_AT, Times.utc(closedAt))
                .where(TOPUP_ORDERS.STATUS.eq(UNPAID)).and(TOPUP_ORDERS.CREATED_AT.lt(Times.utc(cutoff)))
                .execute();
    }
}
