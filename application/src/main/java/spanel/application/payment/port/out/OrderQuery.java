package spanel.application.payment.port.out;

import java.util.Objects;
import java.util.Optional;

/** What a gateway is asked about: our trade number, and the gateway's own reference when it gave one (a Checkout Session id). */
public record OrderQuery(String tradeNo, Optional<String> reference) {

    public OrderQuery {
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(reference, "reference");
    }
}
