package spanel.application.shop.port.in;

import spanel.domain.shop.Coupon;

/** An admin changes some parts of a coupon; the parts left out stay as they are. */
public interface UpdateCoupon {

    Coupon update(UpdateCouponCommand command);
}
