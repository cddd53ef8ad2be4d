package spanel.adapter.persistence.dashboard;

import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.NODE_ONLINE_LOG;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_DAILY;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_HOURLY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.payment.JooqTopUpOrderQueries;
import spanel.adapter.persistence.support.Times;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;

public final class JooqDashboardQueries implements DashboardQueries {

    /** Paid, flagged, not yet resolved. */
    private static final Condition AWAITING_REVIEW = TOPUP_ORDERS.NEEDS_REVIEW.isTrue()
            .and(TOPUP_ORDERS.REVIEW_RESOLVED_AT.isNull());

    private final DSLContext dsl;

    public JooqDashboardQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Takings takingsSince(Instant since) {
        Field<BigDecimal> topUpSum = DSL.coalesce(DSL.sum(TOPUP_ORDERS.TOTAL), BigDecimal.ZERO);
        Record topUps = dsl.select(DSL.count(), topUpSum).from(TOPUP_ORDERS)
                .where(TOPUP_ORDERS.STATUS.eq(JooqTopUpOrderQueries.code(OrderStatus.PAID))).and(TOPUP_ORDERS.PAID_AT.ge(Times.utc(since)))
                .fetchOne();
        Field<BigDecimal> purchaseSum = DSL.coalesce(DSL.sum(PURCHASES.PAID), BigDecimal.ZERO);
        Record purchases = dsl.select(DSL.count(), purchaseSum).from(PURCHASES)
                .where(PURCHASES.CREATED_AT.ge(Times.utc(since)))
                .fetchOne();
        return new Takings(topUps.get(0, Long.class), Money.ofFen(topUps.get(topUpSum).longValueExact()),
                purchases.get(0, Long.class), Money.ofFen(purchases.get(purchaseSum).longValueExact()));
    }

    @Override
    public long awaitingReviewCount() {
        return dsl.fetchCount(TOPUP_ORDERS, AWAITING_REVIEW);
    }

    @Override
    public List<TopUpOrder> awaitingReview(int limit) {
        return dsl.selectFrom(TOPUP_ORDERS).where(AWAITING_REVIEW).orderBy(TOPUP_ORDERS.ID).limit(limit)
                .fetch(JooqTopUpOrderQueries::toOrder);
    }

    @Override
    public List<NodeName> nodes() {
        return dsl.select(NODES.ID, NODES.NAME).from(NODES).orderBy(NODES.ID)
                .fetch(r -> new NodeName(r.value1(), r.value2()));
    }

    @Override
    public List<Sample> trafficSince(Instant since) {
        Field<BigDecimal> bytes = DSL.sum(TRAFFIC_HOURLY.U.plus(TRAFFIC_HOURLY.D));
        List<Sample> samples = new ArrayList<>(dsl.select(TRAFFIC_HOURLY.NODE_ID, TRAFFIC_HOURLY.HOUR_START, bytes)
                .from(TRAFFIC_HOURLY)
                .where(TRAFFIC_HOURLY.HOUR_START.ge(Times.utc(since)))
                .groupBy(TRAFFIC_HOURLY.NODE_ID, TRAFFIC_HOURLY.HOUR_START)
                .fetch(r -> new Sample(r.value1(), Times.instant(r.value2()), r.value3().longValueExact())));
        // The roll-up deletes the hours it folds in the same transaction, so no byte is read twice.
        Field<BigDecimal> dayBytes = DSL.sum(TRAFFIC_DAILY.U.plus(TRAFFIC_DAILY.D));
        samples.addAll(dsl.select(TRAFFIC_DAILY.NODE_ID, TRAFFIC_DAILY.LOG_DAY, dayBytes)
                .from(TRAFFIC_DAILY)
                .where(TRAFFIC_DAILY.LOG_DAY.ge(since.atOffset(ZoneOffset.UTC).toLocalDate()))
                .groupBy(TRAFFIC_DAILY.NODE_ID, TRAFFIC_DAILY.LOG_DAY)
                .fetch(r -> new Sample(r.value1(), r.value2().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        r.value3().longValueExact())));
        return samples;
    }

    @Override
    public List<Sample> onlineSince(Instant since) {
        return dsl.select(NODE_ONLINE_LOG.NODE_ID, NODE_ONLINE_LOG.SLOT_START, NODE_ONLINE_LOG.ONLINE)
                .from(NODE_ONLINE_LOG)
                .where(NODE_ONLINE_LOG.SLOT_START.ge(Times.utc(since)))
                .fetch(r -> new Sample(r.value1(), Times.instant(r.value2()), r.value3()));
    }
}
