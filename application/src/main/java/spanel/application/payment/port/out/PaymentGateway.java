package spanel.application.payment.port.out;

import java.util.Optional;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/** One payment gateway's protocol: starting a payment and reading its notifications. */
public interface PaymentGateway {

    /** The name in URLs and orders: epay, alipay, stripe. */
    String name();

    /**
     * Where the user pays: a signed URL, a QR code's content, a hosted checkout page. A gateway
     * that fails or does not answer in time is a {@link spanel.domain.payment.GatewayFailed}.
     */
    String paymentUrl(PaymentRequest request);

    /**
     * As {@link #paymentUrl}, with the gateway's own reference to the payment when asking about it
     * later needs one; by default none.
     */
    default PaymentStarted start(PaymentRequest request) {
        return new PaymentStarted(paymentUrl(request), Optional.empty());
    }

    /** Checks the notification's signature and merchant, and says what it reports; never throws for bad input. */
    NotifyVerdict verify(NotifyRequest request);

    /**
     * Asks the gateway what became of the order's payment. A gateway that fails, refuses, or answers
     * something that does not verify is {@link GatewayAnswer.Unknown}; never throws for those. A
     * gateway that cannot be asked answers Unknown too.
     */
    default GatewayAnswer ask(OrderQuery query) {
        return new GatewayAnswer.Unknown(name() + " cannot be asked about an order");
    }
}
