package spanel.adapter.http.admin;

import spanel.domain.payment.TopUpOrder;

/** A top-up order on the wire: total as a two-decimal string, times in ISO-8601 UTC. */
record OrderView(long id, long userId, String tradeno, String gateway, String total, int status, boolean needsReview,
        String createdAt, String paidAt) {

    static OrderView of(TopUpOrder order) {
        return new OrderView(order.id().value(), order.userId().value(), order.tradeNo(), order.gateway(),
                order.total().toDecimalString(), order.status().code(), order.needsReview(), order.createdAt().toString(),
                order.paidAt().map(Object::toString).orElse(null));
    }
}
