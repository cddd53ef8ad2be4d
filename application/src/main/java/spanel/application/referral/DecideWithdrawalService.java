package spanel.application.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.referral.CommissionLedger;
import spanel.domain.referral.CommissionRefused;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;

/** Pending → approved or rejected by one guarded update; a rejection gives the amount back with its ledger row, in the same transaction. */
public final class DecideWithdrawalService implements DecideWithdrawal {

    private final Withdrawals withdrawals;
    private final CommissionBalances commission;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public DecideWithdrawalService(Withdrawals withdrawals, CommissionBalances commission, AuditTrail audit,
            TransactionRunner transactions, Clock clock) {
        this.withdrawals = Objects.requireNonNull(withdrawals);
        this.commission = Objects.requireNonNull(commission);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Withdrawal decide(Command command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Withdrawal withdrawal = withdrawals.find(command.withdrawal())
                    .orElseThrow(() -> new NotFound("no withdrawal " + command.withdrawal()));
            WithdrawalStatus decision = command.approve() ? WithdrawalStatus.APPROVED : WithdrawalStatus.REJECTED;
            if (!withdrawals.decide(withdrawal.id(), decision, command.admin(), command.note(), now)) {
                throw CommissionRefused.alreadyDecided(withdrawals.find(withdrawal.id()).orElse(withdrawal));
            }
            if (decision == WithdrawalStatus.REJECTED) {
                Money balance = commission.adjust(withdrawal.user(), withdrawal.amount().fen())
                        .orElseThrow(() -> new IllegalStateException("user " + withdrawal.user() + " vanished during a rejection"));
                commission.book(new LedgerEntry(withdrawal.user(), withdrawal.amount().fen(), balance, CommissionLedger.REJECTED,
                        withdrawal.id().toString(), "withdrawal " + withdrawal.id() + " rejected"));
            }
            audit.record(new AuditEntry(command.admin(), "withdrawal." + decision.wire(), "withdrawal:" + withdrawal.id(),
                    "user=" + withdrawal.user() + "; amount=" + withdrawal.amount() + "; note=" + command.note()));
            return withdrawals.find(withdrawal.id()).orElseThrow();
        });
    }
}
