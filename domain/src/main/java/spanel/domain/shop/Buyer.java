package spanel.domain.shop;

import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

/**
 * A user at the moment of a purchase: the balance left, what the account is entitled to, and the
 * day of the month its traffic resets on (none when no plan with a monthly reset is running).
 */
public record Buyer(UserId id, Money balance, Entitlement entitlement, Optional<ResetDay> resetDay) {

    public Buyer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(resetDay, "resetDay");
    }

    /** A buyer without a monthly reset. */
    public Buyer(UserId id, Money balance, Entitlement entitlement) {
        this(id, balance, entitlement, Optional.empty());
    }
}
