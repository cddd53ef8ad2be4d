package spanel.adapter.payment.debug;

import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/**
 * A gateway for trying a set-up under DEBUG: nothing is paid anywhere, and an order is confirmed
 * by {@code POST /app/api/v0/payment/debug/confirm}. It believes no notification, so its notify
 * route credits nothing.
 */
public final class DebugGateway implements PaymentGateway {

    public static final String NAME = "debug";

    @Override
    public String name() {
        return NAME;
    }

    /** There is nowhere to pay: the user is sent back to the panel, where the order waits for its confirm. */
    @Override
    public String paymentUrl(PaymentRequest request) {
        return request.returnUrl();
    }

    @Override
    public NotifyVerdict verify(NotifyRequest request) {
        return new NotifyVerdict.Rejected("-", "the debug gateway is confirmed with POST /payment/debug/confirm, never notified");
    }

    /** Nobody pays a debug order anywhere: it stays unpaid until it is confirmed by hand. */
    @Override
    public GatewayAnswer ask(OrderQuery query) {
        return new GatewayAnswer.Unpaid("debug orders are confirmed by hand");
    }
}
