package spanel.adapter.http.payment;

import spanel.domain.payment.TopUpOrder;

/** A user's top-up order on the wire: total as a two-decimal string, created_at and paid_at in ISO-8601 UTC. */
record OrderJson(long id, String tradeno, String gateway, String total, int status, String createdAt, String paidAt) {

    static OrderJson of(TopUpOrder order) {
        return new OrderJson(order.id().value(), order.tradeNo(), order.gateway(), order.total().toDecimalString(), order.status().code(),
                order.createdAt().toString(), order.paidAt().map(Object::toString).orElse(null));
    }
}
