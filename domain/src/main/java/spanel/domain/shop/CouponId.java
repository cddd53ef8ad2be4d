package spanel.domain.shop;

/** A coupon's id: a positive number. */
public record CouponId(long value) {

    public CouponId {
        if (value <= 0) {
            throw new IllegalArgumentException("a coupon id is a positive integer, got " + value);
        }
    }

    public static CouponId of(long value) {
        return new CouponId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
