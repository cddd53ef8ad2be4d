package spanel.application.shop.port.in;

/** An admin adds a coupon. */
public interface CreateCoupon {

    CouponCreated create(CreateCouponCommand command);
}
