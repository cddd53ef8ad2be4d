package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.PAYMENT_EVENTS;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import spanel.application.payment.port.out.PaymentEvents;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.PaymentNotice;

public final class JooqPaymentEvents implements PaymentEvents {

    /** The payments table keeps this much of a notification's payload: enough to audit it. */
    static final int PAYLOAD_MAX = 65_535;

    private final DSLContext dsl;

    public JooqPaymentEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean recordFirst(OrderId orderId, PaymentNotice notice) {
        String payload = notice.payload().length() > PAYLOAD_MAX ? notice.payload().substring(0, PAYLOAD_MAX) : notice.payload();
        try {
            // PostgreSQL: ON CONFLICT DO NOTHING (no target: either unique key) waits for a concurrent
            // first insert to commit, then inserts nothing, leaving the transaction usable. H2
            // emulates it with MERGE, which raises the violation instead and rolls back only that
            // statement, so there the violation means "recorded already". Either way one delivery wins.
            return dsl.insertInto(PAYMENT_EVENTS)
                    .set(PAYMENT_EVENTS.GATEWAY, notice.gateway())
                    .set(PAYMENT_EVENTS.GATEWAY_TRADE_NO, notice.gatewayTradeNo())
                    .set(PAYMENT_EVENTS.ORDER_ID, orderId.value())
                    .set(PAYMENT_EVENTS.AMOUNT, notice.amount().fen())
                    .set(PAYMENT_EVENTS.PAYLOAD, payload)
                    .onConflictDoNothing()
                    .execute() == 1;
        } catch (IntegrityConstraintViolationException recorded) {
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                throw recorded;
            }
            return false;
        }
    }

    @Override
    public boolean isRecorded(String gateway, String gatewayTradeNo) {
        return dsl.fetchExists(PAYMENT_EVENTS, PAYMENT_EVENTS.GATEWAY.eq(gateway)
                .and(PAYMENT_EVENTS.GATEWAY_TRADE_NO.eq(gatewayTradeNo)));
    }
}
