package spanel.domain.shop;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** A user at the moment of a purchase: the balance left and what the account is entitled to. */
public record Buyer(UserId id, Money balance, Entitlement entitlement) {

    public Buyer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(entitlement, "entitlement");
    }
}
