package spanel.domain.shop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;

/** One line of a user's purchase history, as recorded at the time. */
public record PastPurchase(PurchaseId id, ProductId productId, String productName, Money price, Money paid,
        Optional<String> couponCode, PlanContent content, Instant createdAt) {

    public PastPurchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(couponCode, "couponCode");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
