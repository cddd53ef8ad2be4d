package spanel.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

class ReferralServicesTest {

    private static final UserId ALICE = new UserId(7);
    private static final UserId ADMIN = new UserId(1);

    private final MovableClock clock = MovableClock.at("2026-06-01T10:00:00Z");
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final Ledger commission = new Ledger();
    private final Ledger balance = new Ledger();
    private final FakeWithdrawals withdrawals = new FakeWithdrawals();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Boolean> noticesInTransaction = new ArrayList<>();

    /** A balance and its ledger, in memory, noting whether each write was inside a transaction. */
    private final class Ledger implements CommissionBalances, Balances {
        final Map<UserId, Long> fen = new HashMap<>();
        final List<LedgerEntry> rows = new ArrayList<>();
        final List<Boolean> inTransaction = new ArrayList<>();
        RuntimeException failNextAdjust;

        @Override
        public Optional<Money> adjust(UserId user, long deltaFen) {
            if (failNextAdjust != null) {
                throw failNextAdjust;
            }
            long after = fen.getOrDefault(user, 0L) + deltaFen;
            if (after < 0) {
                return Optional.empty();
            }
            fen.put(user, after);
            inTransaction.add(transactions.isOpen());
            return Optional.of(Money.ofFen(after));
        }

        @Override
        public void book(LedgerEntry entry) {
            rows.add(entry);
            inTransaction.add(transactions.isOpen());
        }
    }

    private final class FakeWithdrawals implements Withdrawals {
        final Map<WithdrawalId, Withdrawal> rows = new HashMap<>();

        @Override
        public WithdrawalId add(UserId user, Money amount, String method, String account, Instant now) {
            WithdrawalId id = new WithdrawalId(rows.size() + 1);
            rows.put(id, new Withdrawal(id, user, amount, method, account, WithdrawalStatus.PENDING, now, Optional.empty(),
                    Optional.empty(), ""));
            return id;
        }

        @Override
        public Optional<Withdrawal> find(WithdrawalId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public boolean decide(WithdrawalId id, WithdrawalStatus decision, UserId admin, String note, Instant now) {
            Withdrawal w = rows.get(id);
            if (w == null || w.status() != WithdrawalStatus.PENDING) {
                return false;
            }
            rows.put(id, new Withdrawal(id, w.user(), w.amount(), w.method(), w.account(), decision, w.createdAt(),
                    Optional.of(now), Optional.of(admin), note));
            return true;
        }

        @Override
        public Page<Withdrawal> list(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page) {
            return Page.slice(List.copyOf(rows.values()), page);
        }
    }

    private TransferCommissionService transfers() {
        return new TransferCommissionService(commission, balance, transactions);
    }

    private WithdrawCommissionService withdraws() {
        return new WithdrawCommissionService(commission, withdrawals, Money.ofFen(500), transactions, clock);
    }

    private DecideWithdrawalService decisions() {
        return new DecideWithdrawalService(withdrawals, commission, audit::add, transactions, clock, notice -> {
            notices.add(notice);
            noticesInTransaction.add(transactions.isOpen());
        });
    }

    private static String code(Throwable refusal) {
        return ((Refusal) refusal).code();
    }

    @Test
    void aTransferMovesCommissionToTheBalanceWithOneRowInEachLedgerUnderOneSource() {
        commission.fen.put(ALICE, 1_000L);

        TransferCommission.Transferred moved = transfers().transfer(new TransferCommission.Command(ALICE, Money.ofFen(300)));

        assertThat(moved.commissionBalance()).isEqualTo(Money.ofFen(700));
        assertThat(moved.balance()).isEqualTo(Money.ofFen(300));
        assertThat(commission.rows).extracting(LedgerEntry::deltaFen, LedgerEntry::sourceType).containsExactly(tuple(-300L, "transfer"));
        assertThat(balance.rows).extracting(LedgerEntry::deltaFen, LedgerEntry::sourceType).containsExactly(tuple(300L, "transfer"));
        assertThat(balance.rows.getFirst().sourceId()).isEqualTo(commission.rows.getFirst().sourceId());
        assertThat(commission.inTransaction).containsOnly(true);
        assertThat(balance.inTransaction).containsOnly(true);
    }

    @Test
    void moreThanTheCommissionBalanceIsRefusedAndWritesNothing() {
        commission.fen.put(ALICE, 100L);

        assertThatThrownBy(() -> transfers().transfer(new TransferCommission.Command(ALICE, Money.ofFen(101))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("insufficient_commission"));
        assertThatThrownBy(() -> withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(600), "alipay", "a")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("insufficient_commission"));

        assertThat(commission.rows).isEmpty();
        assertThat(balance.fen).isEmpty();
        assertThat(withdrawals.rows).isEmpty();
    }

    @Test
    void aFailureAfterTheCommissionIsTakenLeavesTheTransaction() {
        commission.fen.put(ALICE, 1_000L);
        balance.failNextAdjust = new IllegalStateException("injected");

        assertThatThrownBy(() -> transfers().transfer(new TransferCommission.Command(ALICE, Money.ofFen(300))))
                .hasMessage("injected");

        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void aWithdrawalBelowTheMinimumIsRefusedBeforeAnyWrite() {
        commission.fen.put(ALICE, 1_000L);

        assertThatThrownBy(() -> withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(499), "alipay", "a")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("invalid_request")).hasMessageStartingWith("amount:");

        assertThat(transactions.opened()).isZero();
        assertThat(commission.fen).containsEntry(ALICE, 1_000L);
    }

    @Test
    void aRejectedWithdrawalComesBackAnApprovedOneStaysOutAndEachIsDecidedOnce() {
        commission.fen.put(ALICE, 1_000L);
        Withdrawal first = withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(600), " alipay ", "me"));
        assertThat(first.method()).isEqualTo("alipay");
        assertThat(commission.fen).containsEntry(ALICE, 400L);

        Withdrawal rejected = decisions().decide(new DecideWithdrawal.Command(ADMIN, first.id(), false, "wrong account"));

        assertThat(rejected.status()).isEqualTo(WithdrawalStatus.REJECTED);
        assertThat(rejected.note()).isEqualTo("wrong account");
        assertThat(commission.fen).containsEntry(ALICE, 1_000L);
        assertThat(commission.rows).extracting(LedgerEntry::deltaFen, LedgerEntry::sourceType, LedgerEntry::sourceId)
                .containsExactly(tuple(-600L, "withdrawal", "1"), tuple(600L, "rejected", "1"));
        assertThatThrownBy(() -> decisions().decide(new DecideWithdrawal.Command(ADMIN, first.id(), true, "")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("already_decided"));

        Withdrawal second = withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(500), "bank", "123"));
        decisions().decide(new DecideWithdrawal.Command(ADMIN, second.id(), true, ""));

        assertThat(commission.fen).containsEntry(ALICE, 500L);
        assertThat(commission.rows).hasSize(3);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("withdrawal.rejected", "withdrawal.approved");
        assertThatThrownBy(() -> decisions().decide(new DecideWithdrawal.Command(ADMIN, new WithdrawalId(99), true, "")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("not_found"));
    }

    @Test
    void theUserIsToldOfEachDecisionOnceInItsTransaction() {
        commission.fen.put(ALICE, 2_000L);
        Withdrawal first = withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(600), "alipay", "me"));
        Withdrawal second = withdraws().withdraw(new WithdrawCommission.Command(ALICE, Money.ofFen(700), "bank", "123"));

        decisions().decide(new DecideWithdrawal.Command(ADMIN, first.id(), false, "wrong account"));
        decisions().decide(new DecideWithdrawal.Command(ADMIN, second.id(), true, ""));
        assertThatThrownBy(() -> decisions().decide(new DecideWithdrawal.Command(ADMIN, second.id(), false, "")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("already_decided"));

        assertThat(notices).extracting(Notice::event, Notice::user, Notice::boundary).containsExactly(
                tuple(NoticeEvent.WITHDRAWAL_REJECTED, Optional.of(ALICE), "withdrawal:" + first.id()),
                tuple(NoticeEvent.WITHDRAWAL_APPROVED, Optional.of(ALICE), "withdrawal:" + second.id()));
        assertThat(notices).extracting(n -> n.values().get("amount")).containsExactly("6.00", "7.00");
        assertThat(noticesInTransaction).containsOnly(true);
    }
}
