package spanel.application.payment.port.out;

import java.util.Objects;
import spanel.domain.money.Money;

/** What a gateway needs to take a payment: our trade number, the amount, and where to notify and return. */
public record PaymentRequest(String tradeNo, Money amount, String subject, String notifyUrl, String returnUrl) {

    public PaymentRequest {
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notifyUrl, "notifyUrl");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
