package spanel.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** A top-up order as an admin reviews it. */
public record TopUpOrder(
        OrderId id,
        UserId userId,
        String tradeNo,
        String gateway,
        Money total,
        OrderStatus status,
        boolean needsReview,
        Instant createdAt,
        Optional<Instant> paidAt) {

    public TopUpOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
