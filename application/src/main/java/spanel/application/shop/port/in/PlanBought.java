package spanel.application.shop.port.in;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.shop.Entitlement;

/** What a purchase did: what was paid, the balance left, and the account's entitlement now. */
public record PlanBought(long purchaseId, long productId, String productName, Money price, Money paid, Money balance,
        Entitlement entitlement, boolean trafficReset) {

    public PlanBought {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(entitlement, "entitlement");
    }
}
