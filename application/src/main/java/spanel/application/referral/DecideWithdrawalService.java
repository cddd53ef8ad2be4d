package spanel.application.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.referral.CommissionLedger;
import spanel.domain.referral.CommissionRefused;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;

/**
 * Pending → approved or rejected by one guarded update; a rejection gives the amount back with its
 * ledger row, and the user's notice of the decision is raised, in the same transaction.
 */
public final class DecideWithdrawalService implements DecideWithdrawal {

    private final Withdrawals withdrawals;
    private final CommissionBalances commission;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Notices notices;

    public DecideWithdrawalService(Withdrawals withdrawals, CommissionBalances commission, AuditTrail audit,
            TransactionRunner transactions, Clock clock) {
        this(withdrawals, commission, audit, transactions, clock, Notices.none());
    }

    public DecideWithdrawalService(Withdrawals withdrawals, CommissionBalances commission, AuditTrail audit,
            TransactionRunner transactions, Clock clock, Notices notices) {
        this.withdrawals = Objects.requireNonNull(withdrawals);
        this.commission = Objects.requireNonNull(commission);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.notices = Objects.requireNonNull(notices);
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
            NoticeEvent told = decision == WithdrawalStatus.APPROVED ? NoticeEvent.WITHDRAWAL_APPROVED : NoticeEvent.WITHDRAWAL_REJECTED;
            notices.raise(Notice.toUser(told, withdrawal.user(), "withdrawal:" + withdrawal.id(),
                    Map.of("withdrawal_id", withdrawal.id().toString(), "amount", withdrawal.amount().toDecimalString())));
            audit.record(new AuditEntry(command.admin(), "withdrawal." + decision.wire(), "withdrawal:" + withdrawal.id(),
                    "user=" + withdrawal.user() + "; amount=" + withdrawal.amount() + "; note=" + command.note()));
            return withdrawals.find(withdrawal.id()).orElseThrow();
        });
    }
}
