package spanel.application.payment;

import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;

/**
 * What an authentic payment does to its order, whether a notify brought it or the gateway's answer
 * to our question: it must name an order of that gateway with exactly its amount, and is then
 * credited once through {@link TopUpCrediting}; another amount is written on the order for review.
 */
final class PaymentSettlement {

    private final TopUpOrders orders;
    private final TopUpCrediting crediting;

    PaymentSettlement(TopUpOrders orders, TopUpCrediting crediting) {
        this.orders = Objects.requireNonNull(orders);
        this.crediting = Objects.requireNonNull(crediting);
    }

    NotifyHandled settle(String gateway, PaymentNotice notice) {
        Optional<TopUpOrder> found = orders.findByTradeNo(notice.tradeNo());
        if (found.isEmpty()) {
            return new NotifyHandled(Outcome.REJECTED, notice.tradeNo(), "no order has this tradeno");
        }
        TopUpOrder order = found.get();
        if (!order.gateway().equals(gateway)) {
            return new NotifyHandled(Outcome.REJECTED, notice.tradeNo(), "the order is for " + order.gateway() + ", not " + gateway);
        }
        if (!order.total().equals(notice.amount())) {
            // Authentic (the signature held): the money moved at the gateway, so it is kept on record
            // for the operator rather than refused into a day of retries.
            orders.flagForReview(order.id(), "a payment of " + notice.amount() + " (" + gateway + " " + notice.gatewayTradeNo()
                    + ") does not match the order's " + order.total() + ": not credited; refund it or credit it by hand");
            return new NotifyHandled(Outcome.FLAGGED, notice.tradeNo(),
                    "amount " + notice.amount() + " differs from the order's " + order.total() + "; flagged for review");
        }
        String credited = "credited " + order.total() + " to user " + order.userId();
        // A paid order is acknowledged either way, so the gateway stops retrying.
        return switch (crediting.credit(order, notice)) {
            case CREDITED -> new NotifyHandled(Outcome.CREDITED, notice.tradeNo(), credited);
            case CREDITED_AFTER_CLOSE -> new NotifyHandled(Outcome.CREDITED, notice.tradeNo(),
                    credited + " (order was closed: flagged for review)");
            case ALREADY_CREDITED -> new NotifyHandled(Outcome.ALREADY_CREDITED, notice.tradeNo(), "paid before; nothing credited again");
            case ANOTHER_PAYMENT_FLAGGED -> new NotifyHandled(Outcome.ALREADY_CREDITED, notice.tradeNo(),
                    "another payment " + notice.gatewayTradeNo() + " for a paid order: not credited, flagged for review");
        };
    }
}
