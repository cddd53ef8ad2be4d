package spanel.application.shop.port.in;

import spanel.domain.shop.Coupon;

/** An admin withdraws a coupon. It is kept, disabled, because past purchases refer to it. */
public interface DisableCoupon {

    Coupon disable(DisableCouponCommand command);
}
