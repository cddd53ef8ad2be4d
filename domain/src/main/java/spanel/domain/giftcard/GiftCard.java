package spanel.domain.giftcard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.shop.ProductId;

/**
 * A gift card as stored: worth an amount of balance or one plan, redeemable {@code uses} times (by
 * as many users, each once) until it expires. Its code is not here: only its hash and first
 * characters are kept.
 */
public record GiftCard(GiftCardId id, String hint, String batch, Money value, Optional<ProductId> plan, int uses,
        int usesLeft, Optional<Instant> expiresAt, Instant createdAt) {

    public GiftCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (plan.isPresent() == !value.isZero()) {
            throw new IllegalArgumentException("a gift card is worth either an amount or a plan");
        }
        if (uses < 1 || usesLeft < 0 || usesLeft > uses) {
            throw new IllegalArgumentException("a gift card has 1 or more uses and 0 to that many left");
        }
    }

    public boolean hasExpiredAt(Instant now) {
        return expiresAt.isPresent() && !now.isBefore(expiresAt.get());
    }

    /** active, used_up or expired, as the admin list filters and shows it. */
    public String state(Instant now) {
        if (usesLeft == 0) {
            return "used_up";
        }
        return hasExpiredAt(now) ? "expired" : "active";
    }
}
