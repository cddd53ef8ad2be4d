package spanel.domain.shop;

import spanel.domain.error.Refusal;

/** Another coupon has this code already (codes are compared without case): 409 coupon_code_taken. */
public final class CouponCodeTaken extends Refusal {

    private static final long serialVersionUID = 1L;

    public CouponCodeTaken(String code) {
        super(Kind.CONFLICT, "coupon_code_taken", "a coupon with the code " + code + " exists already");
    }
}
