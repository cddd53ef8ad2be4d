package spanel.domain.payment;

import java.time.Instant;
import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/**
 * A payment made in the panel an installation was imported from: a plan order or a top-up, paid,
 * kept as history only. {@code kind} is "plan" or "topup"; {@code gateway} the old panel's payment
 * method ("balance" when paid from the balance there); {@code tradeNo} the old panel's trade number.
 */
public record ImportedOrder(long id, UserId user, String source, String kind, Money amount, String gateway, String tradeNo,
        String description, Instant paidAt) {

    public ImportedOrder {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
