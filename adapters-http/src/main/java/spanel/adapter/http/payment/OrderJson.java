package spanel.adapter.http.payment;

import spanel.domain.payment.TopUpOrder;

/** A user's top-up order on the wire: total as a two-decimal string, datetime and paid_at in Unix seconds. */
record OrderJson(long orderId, String tradeno, String gateway, String total, int status, long datetime, Long paidAt) {

    static OrderJson of(TopUpOrder order) {
        return new OrderJson(order.id(), order.tradeNo(), order.gateway(), order.total().toDecimalString(), order.status(),
                order.createdAt().getEpochSecond(), order.paidAt().map(t -> t.getEpochSecond()).orElse(null));
    }
}
