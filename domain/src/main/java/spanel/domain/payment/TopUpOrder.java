package spanel.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** A top-up order as an admin reviews it. Status: 0 unpaid, 1 paid, 2 closed. */
public record TopUpOrder(
        long id,
        UserId userId,
        String tradeNo,
        String gateway,
        Money total,
        int status,
        boolean needsReview,
        Instant createdAt,
        Optional<Instant> paidAt) {

    public static final int UNPAID = 0;
    public static final int PAID = 1;
    public static final int CLOSED = 2;

    public TopUpOrder {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tradeNo, "tradeNo");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(paidAt, "paidAt");
        if (!isKnownStatus(status)) {
            throw new IllegalArgumentException("an order status is 0, 1 or 2: " + status);
        }
    }

    public static boolean isKnownStatus(int status) {
        return status == UNPAID || status == PAID || status == CLOSED;
    }
}
