package spanel.application.balance.port.out;

import java.util.Optional;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** Users' balances and the ledger that explains them. Callers pair each change with its entry in one transaction. */
public interface Balances {

    /**
     * Adds {@code deltaFen} (negative to take) in one guarded update that never goes below zero.
     * Returns the new balance; empty when the balance would go negative or the user does not exist.
     */
    Optional<Money> adjust(UserId user, long deltaFen);

    /** Books a ledger entry; its (source type, source id) must be new. */
    void book(LedgerEntry entry);
}
