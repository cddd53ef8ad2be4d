package spanel.domain.payment;

import java.util.Objects;
import spanel.domain.money.Money;

/**
 * What an authentic gateway notification says was paid: our trade number, the gateway's own
 * payment number (unique per gateway, the idempotency key) and the amount received.
 */
public record PaymentNotice(String gateway, String tradeNo, String gatewayTradeNo, Money amount, String payload) {

    public PaymentNotice {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(gatewayTradeNo, "gatewayTradeNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payload, "payload");
        if (gatewayTradeNo.isBlank() || gatewayTradeNo.length() > 128) {
            throw new IllegalArgumentException("a gateway trade number has 1 to 128 characters");
        }
    }
}
