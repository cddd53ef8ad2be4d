package spanel.domain.shop;

import spanel.domain.error.Refusal;

/** A coupon that does not exist, is disabled, has expired or does not apply to the product: 400 invalid_coupon. */
public final class InvalidCoupon extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidCoupon(String message) {
        super(Kind.INVALID, "invalid_coupon", message);
    }
}
