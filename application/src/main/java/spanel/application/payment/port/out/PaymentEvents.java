package spanel.application.payment.port.out;

import spanel.domain.payment.OrderId;
import spanel.domain.payment.PaymentNotice;

/** Every payment a gateway confirmed, once per (gateway, gateway trade number) and once per order. */
public interface PaymentEvents {

    /**
     * Records the payment for the order; false when this payment, or any payment of this order, is
     * recorded already. Inside a transaction, a refused duplicate leaves the transaction usable.
     */
    boolean recordFirst(OrderId orderId, PaymentNotice notice);

    /** Whether this very payment (gateway and its trade number) is recorded. */
    boolean isRecorded(String gateway, String gatewayTradeNo);
}
