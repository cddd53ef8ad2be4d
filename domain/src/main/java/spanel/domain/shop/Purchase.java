package spanel.domain.shop;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/**
 * A purchase as it is recorded: a snapshot of the product as sold (name, price, content), what was
 * paid, the coupon, and the entitlement it left, so that editing the product later rewrites nothing.
 */
public record Purchase(UserId buyer, ProductId productId, String productName, Money price, Money paid,
        Optional<String> couponCode, PlanContent content, Entitlement after) {

    public Purchase {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(couponCode, "couponCode");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(after, "after");
        if (price.isLessThan(paid)) {
            throw new IllegalArgumentException("a purchase never costs more than its price");
        }
    }
}
