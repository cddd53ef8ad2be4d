package spanel.domain.shop;

import spanel.domain.error.Refusal;

/** The buyer already bought this product as many times as it may be bought per user: 409 purchase_limit_reached. */
public final class PurchaseLimitReached extends Refusal {

    private static final long serialVersionUID = 1L;

    public PurchaseLimitReached(String productName, int limit) {
        super(Kind.CONFLICT, "purchase_limit_reached",
                productName + " can be bought " + limit + (limit == 1 ? " time" : " times") + " per user");
    }
}
