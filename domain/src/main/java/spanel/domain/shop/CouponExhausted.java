package spanel.domain.shop;

import spanel.domain.error.Refusal;

/** A coupon whose total uses, or this user's uses, are all spent: 409 coupon_exhausted. */
public final class CouponExhausted extends Refusal {

    private static final long serialVersionUID = 1L;

    public CouponExhausted(String message) {
        super(Kind.CONFLICT, "coupon_exhausted", message);
    }
}
