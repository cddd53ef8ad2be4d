package spanel.domain.shop;

import java.util.Objects;

/** A stored coupon and how often it has been used; its total limit never drops below that. */
public record Coupon(long id, CouponSpec spec, int usedCount) {

    public Coupon {
        Objects.requireNonNull(spec, "spec");
        if (id <= 0) {
            throw new IllegalArgumentException("a coupon id is positive");
        }
        if (usedCount < 0) {
            throw new IllegalArgumentException("a use count is not negative");
        }
    }

    /** Whether a coupon with this spec could hold the uses already made. */
    public boolean allows(CouponSpec changed) {
        return changed.totalLimit().isEmpty() || changed.totalLimit().getAsInt() >= usedCount;
    }
}
