package spanel.domain.referral;

/**
 * The sources of commission-ledger entries. The commission ledger keeps {@link spanel.domain.balance.LedgerEntry}
 * rows like the balance ledger, in a table of its own: the commission balance is the sum of its rows.
 */
public final class CommissionLedger {

    /** Earned on an invitee's paid order; the source is the order. */
    public static final String EARNED = "commission";
    /** Moved to the spendable balance; the source is the transfer, also named by its balance-ledger row. */
    public static final String TRANSFER = "transfer";
    /** Taken for a withdrawal; the source is the withdrawal. */
    public static final String WITHDRAWAL = "withdrawal";
    /** A rejected withdrawal given back; the source is the withdrawal. */
    public static final String REJECTED = "rejected";

    private CommissionLedger() {
    }
}
