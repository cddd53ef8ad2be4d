package spanel.domain.shop;

import java.time.Instant;
import java.util.Objects;

/** One line of a user's purchase history: the purchase as recorded at the time, its id and when. */
public record PastPurchase(PurchaseId id, Purchase purchase, Instant createdAt) {

    public PastPurchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
