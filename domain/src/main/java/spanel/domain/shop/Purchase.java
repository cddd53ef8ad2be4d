package spanel.domain.shop;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;

/**
 * What one purchase bought: a snapshot of the product as sold (name, price, content), what was
 * paid and the coupon, so that editing the product later rewrites nothing. Recorded with its buyer
 * and the entitlement it left; read back as a line of the buyer's history ({@link PastPurchase}).
 */
public record Purchase(ProductId productId, String productName, Money price, Money paid, Optional<String> couponCode,
        PlanContent content) {

    public Purchase {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(couponCode, "couponCode");
        Objects.requireNonNull(content, "content");
        if (price.isLessThan(paid)) {
            throw new IllegalArgumentException("a purchase never costs more than its price");
        }
    }
}
