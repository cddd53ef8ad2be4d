package spanel.application.payment.port.out;

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

    /** Checks the notification's signature and merchant, and says what it reports; never throws for bad input. */
    NotifyVerdict verify(NotifyRequest request);
}
