package spanel.application.shop.port.in;

/**
 * A user asks what a product would cost with a coupon, before buying: the price after the
 * discount, or why the coupon does not apply. Changes nothing.
 */
public interface CheckCoupon {

    CouponQuote check(CheckCouponQuery query);
}
