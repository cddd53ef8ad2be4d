package spanel.application.shop;

import java.time.Clock;
import java.util.Objects;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.out.CouponRedemptions;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.money.Money;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.Product;

/** The same checks as a purchase makes, read only: a quote is a forecast, the purchase decides. */
public final class CheckCouponService implements CheckCoupon {

    private final Checkout checkout;
    private final CouponRedemptions redemptions;
    private final Clock clock;

    public CheckCouponService(Products products, Coupons coupons, CouponRedemptions redemptions, Clock clock) {
        this.checkout = new Checkout(products, coupons);
        this.redemptions = Objects.requireNonNull(redemptions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CouponQuote check(Query query) {
        Product product = checkout.onSale(query.productId());
        Coupon coupon = checkout.usableCoupon(query.code(), product.id(), clock.instant());
        coupon.requireUseLeftFor(redemptions.usesBy(coupon.id(), query.user()));
        Money price = product.spec().price();
        Money discount = coupon.spec().discountOn(price);
        return new CouponQuote(coupon.spec().code(), product.id(), price, discount, price.minus(discount));
    }
}
