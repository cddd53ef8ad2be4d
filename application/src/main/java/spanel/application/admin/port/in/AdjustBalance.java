package spanel.application.admin.port.in;

/**
 * An admin credits or debits a user's balance, with a reason: one guarded update that never goes
 * below zero, one ledger entry and one audit entry, all in one transaction.
 */
public interface AdjustBalance {

    BalanceAdjusted adjust(AdjustBalanceCommand command);
}
