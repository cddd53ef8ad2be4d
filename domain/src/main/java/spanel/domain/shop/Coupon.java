package spanel.domain.shop;

import java.time.Instant;
import java.util.Objects;

/** A stored coupon and how often it has been used; its total limit never drops below that. */
public record Coupon(CouponId id, CouponSpec spec, int usedCount) {

    public Coupon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        if (usedCount < 0) {
            throw new IllegalArgumentException("a use count is not negative");
        }
    }

    /** Whether a coupon with this spec could hold the uses already made. */
    public boolean allows(CouponSpec changed) {
        return changed.totalLimit().isEmpty() || changed.totalLimit().getAsInt() >= usedCount;
    }

    /**
     * Refuses a coupon that cannot be used on this product now: disabled, expired (from its
     * {@code expires_at} on), not for this product (400 invalid_coupon), or used up in total (409).
     * The total is checked again by the guarded claim when the purchase is written.
     */
    public void requireUsableOn(ProductId productId, Instant now) {
        if (!spec.enabled()) {
            throw new InvalidCoupon("coupon: " + spec.code() + " is disabled");
        }
        if (spec.expiresAt().isPresent() && !now.isBefore(spec.expiresAt().get())) {
            throw new InvalidCoupon("coupon: " + spec.code() + " expired at " + spec.expiresAt().get());
        }
        if (!spec.appliesTo(productId)) {
            throw new InvalidCoupon("coupon: " + spec.code() + " does not apply to product " + productId);
        }
        if (spec.totalLimit().isPresent() && usedCount >= spec.totalLimit().getAsInt()) {
            throw exhausted();
        }
    }

    /** Refuses a buyer who has used the coupon as often as one user may. */
    public void requireUseLeftFor(int usesByBuyer) {
        if (spec.perUserLimit().isPresent() && usesByBuyer >= spec.perUserLimit().getAsInt()) {
            throw new CouponExhausted("coupon: " + spec.code() + " may be used " + spec.perUserLimit().getAsInt()
                    + " time(s) per user, and you have used it " + usesByBuyer + " time(s)");
        }
    }

    /** Every use the total limit allows is spent. */
    public CouponExhausted exhausted() {
        return new CouponExhausted("coupon: " + spec.code() + " has been used up ("
                + spec.totalLimit().orElse(usedCount) + " uses)");
    }
}
