package spanel.application.payment.port.out;

import java.util.Objects;
import java.util.Optional;

/** Where the user pays, and the gateway's own reference to that payment when asking about it later needs one. */
public record PaymentStarted(String paymentUrl, Optional<String> reference) {

    public PaymentStarted {
        Objects.requireNonNull(paymentUrl, "paymentUrl");
        Objects.requireNonNull(reference, "reference");
    }
}
