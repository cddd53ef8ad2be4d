package spanel.application.shop;

import java.time.Instant;
import java.util.Objects;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.domain.error.NotFound;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.InvalidCoupon;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;

/** What buying and a coupon preview both check first: the product is on sale, the coupon usable on it. */
final class Checkout {

    private final Products products;
    private final Coupons coupons;

    Checkout(Products products, Coupons coupons) {
        this.products = Objects.requireNonNull(products);
        this.coupons = Objects.requireNonNull(coupons);
    }

    /** The product, when it exists and is enabled; a disabled one is as unknown to a buyer as a missing one. */
    Product onSale(ProductId productId) {
        return products.find(productId).filter(product -> product.spec().enabled())
                .orElseThrow(() -> new NotFound("no product " + productId + " is on sale"));
    }

    Coupon usableCoupon(String code, ProductId productId, Instant now) {
        Coupon coupon = coupons.findByCode(code).orElseThrow(() -> new InvalidCoupon("coupon: no coupon has the code " + code));
        coupon.requireUsableOn(productId, now);
        return coupon;
    }
}
