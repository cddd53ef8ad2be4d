package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.money.Money;

/** A product's price, the coupon's discount on it (never more than the price), and what would be paid. */
public record CouponQuote(String code, long productId, Money price, Money discount, Money finalPrice) {

    public CouponQuote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(finalPrice, "finalPrice");
    }
}
