package spanel.application.referral.port.out;

import java.util.Optional;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** Users' commission balances and the commission ledger that explains them. Callers pair each change with its entry in one transaction. */
public interface CommissionBalances {

    /**
     * Adds {@code deltaFen} (negative to take) in one guarded update that never goes below zero.
     * Returns the new commission balance; empty when it would go negative or the user does not exist.
     */
    Optional<Money> adjust(UserId user, long deltaFen);

    /** Books a commission ledger entry; its (source type, source id) must be new. */
    void book(LedgerEntry entry);
}
