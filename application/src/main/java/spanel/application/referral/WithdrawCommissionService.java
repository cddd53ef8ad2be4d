package spanel.application.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.referral.CommissionLedger;
import spanel.domain.referral.CommissionRefused;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;

/** Takes the amount from the commission balance by one guarded debit, and records the withdrawal with its ledger row. */
public final class WithdrawCommissionService implements WithdrawCommission {

    private final CommissionBalances commission;
    private final Withdrawals withdrawals;
    private final Money minimum;
    private final TransactionRunner transactions;
    private final Clock clock;

    public WithdrawCommissionService(CommissionBalances commission, Withdrawals withdrawals, Money minimum,
            TransactionRunner transactions, Clock clock) {
        this.commission = Objects.requireNonNull(commission);
        this.withdrawals = Objects.requireNonNull(withdrawals);
        this.minimum = Objects.requireNonNull(minimum);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Withdrawal withdraw(Command command) {
        if (command.amount().isLessThan(minimum)) {
            throw new InvalidInput("amount", "at least " + minimum + " per withdrawal");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Money left = commission.adjust(command.user(), -command.amount().fen())
                    .orElseThrow(() -> CommissionRefused.insufficient("the commission balance is less than " + command.amount()));
            WithdrawalId id = withdrawals.add(command.user(), command.amount(), command.method(), command.account(), now);
            commission.book(new LedgerEntry(command.user(), -command.amount().fen(), left, CommissionLedger.WITHDRAWAL,
                    id.toString(), "withdrawal " + id + " asked for"));
            return withdrawals.find(id).orElseThrow();
        });
    }
}
