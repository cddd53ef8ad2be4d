package spanel.application.referral;

import java.util.Objects;
import java.util.UUID;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.referral.CommissionLedger;
import spanel.domain.referral.CommissionRefused;

/** The commission balance pays the transfer by one guarded debit; both ledgers name the same transfer. */
public final class TransferCommissionService implements TransferCommission {

    private final CommissionBalances commission;
    private final Balances balances;
    private final TransactionRunner transactions;

    public TransferCommissionService(CommissionBalances commission, Balances balances, TransactionRunner transactions) {
        this.commission = Objects.requireNonNull(commission);
        this.balances = Objects.requireNonNull(balances);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Transferred transfer(Command command) {
        return transactions.inTransaction(() -> {
            Money left = commission.adjust(command.user(), -command.amount().fen())
                    .orElseThrow(() -> CommissionRefused.insufficient("the commission balance is less than " + command.amount()));
            String transfer = "transfer-" + UUID.randomUUID();
            commission.book(new LedgerEntry(command.user(), -command.amount().fen(), left, CommissionLedger.TRANSFER,
                    transfer, "moved to the balance"));
            Money balance = balances.adjust(command.user(), command.amount().fen())
                    .orElseThrow(() -> new IllegalStateException("user " + command.user() + " vanished during a transfer"));
            balances.book(new LedgerEntry(command.user(), command.amount().fen(), balance, CommissionLedger.TRANSFER, transfer,
                    "commission moved to the balance"));
            return new Transferred(command.amount(), left, balance);
        });
    }
}
