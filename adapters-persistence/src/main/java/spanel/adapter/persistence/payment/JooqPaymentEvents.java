package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.PAYMENT_EVENTS;

import org.jooq.DSLContext;
import spanel.adapter.persistence.support.FirstInsert;
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
        // Either unique key (gateway trade number, order) counts: one delivery wins.
        return FirstInsert.wins(dsl, dsl.insertInto(PAYMENT_EVENTS)
                .set(PAYMENT_EVENTS.GATEWAY, notice.gateway())
                .set(PAYMENT_EVENTS.GATEWAY_TRADE_NO, notice.gatewayTradeNo())
                .set(PAYMENT_EVENTS.ORDER_ID, orderId.value())
                .set(PAYMENT_EVENTS.AMOUNT, notice.amount().fen())
                .set(PAYMENT_EVENTS.PAYLOAD, payload));
    }

    @Override
    public boolean isRecorded(String gateway, String gatewayTradeNo) {
        return dsl.fetchExists(PAYMENT_EVENTS, PAYMENT_EVENTS.GATEWAY.eq(gateway)
                .and(PAYMENT_EVENTS.GATEWAY_TRADE_NO.eq(gatewayTradeNo)));
    }
}
