package spanel.adapter.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.COMMISSION_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.generated.Tables.WITHDRAWALS;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.payment.JooqCommissions;
import spanel.adapter.persistence.payment.JooqTopUpOrders;
import spanel.adapter.persistence.testing.Ledgers;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.testing.Seed;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.balance.port.out.Balances;
import spanel.application.referral.DecideWithdrawalService;
import spanel.application.referral.ReferralQueryService;
import spanel.application.referral.ResetInviteCodeService;
import spanel.application.referral.TransferCommissionService;
import spanel.application.referral.WithdrawCommissionService;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Invite;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

/**
 * The commission balance on the real databases: what an invitee's order earned can be moved to the
 * balance or withdrawn, never both, however the requests race; a rejected withdrawal gives it back;
 * each movement is one commission-ledger row, so the commission balance is always their sum.
 */
class CommissionOnDatabaseTest extends PersistenceContractTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T10:00:00Z"));

    private TransferCommissionService transfers() {
        return new TransferCommissionService(new JooqCommissionBalances(dsl()), new JooqBalances(dsl()), transactions());
    }

    private WithdrawCommissionService withdrawals() {
        return new WithdrawCommissionService(new JooqCommissionBalances(dsl()), new JooqWithdrawals(dsl()), Money.ofFen(100),
                transactions(), clock);
    }

    private DecideWithdrawalService decisions() {
        return new DecideWithdrawalService(new JooqWithdrawals(dsl()), new JooqCommissionBalances(dsl()), entry -> { },
                transactions(), clock);
    }

    private ReferralQueryService queries() {
        return new ReferralQueryService(new JooqReferralReads(dsl()), new JooqWithdrawals(dsl()));
    }

    private record Invited(UserId inviter, UserId invitee) {
    }

    /** An inviter whose invitee paid an order that earned {@code fen} of commission. */
    private Invited earned(long fen) {
        long inviter = Seed.activeUser(dsl());
        var row = Seed.user(dsl());
        row.setInviterId(inviter);
        UserId invitee = new UserId(Seed.insert(row));
        var order = new JooqTopUpOrders(dsl()).add(invitee, "T" + UUID.randomUUID(), "epay", Money.ofFen(fen * 10), clock.instant());
        transactions().inTransaction(() -> {
            new JooqCommissions(dsl()).record(new UserId(inviter), invitee, order.id(), Money.ofFen(fen), "seeded");
            return null;
        });
        return new Invited(new UserId(inviter), invitee);
    }

    private Object transfer(UserId user, long fen) {
        return transfers().transfer(new TransferCommission.Command(user, Money.ofFen(fen)));
    }

    private Withdrawal withdraw(UserId user, long fen) {
        return withdrawals().withdraw(new WithdrawCommission.Command(user, Money.ofFen(fen), "alipay", "someone@example.com"));
    }

    @Test
    void aTransferMovesCommissionToTheBalanceWithARowInEachLedger() {
        UserId user = earned(1_000).inviter();

        TransferCommission.Transferred moved = transfers().transfer(new TransferCommission.Command(user, Money.ofFen(400)));

        assertThat(moved.commissionBalance()).isEqualTo(Money.ofFen(600));
        assertThat(moved.balance()).isEqualTo(Money.ofFen(400));
        assertThat(commission(user)).isEqualTo(600);
        assertThat(money(user)).isEqualTo(400);
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void aTransferThatFailsAfterTakingTheCommissionTakesNothing() {
        UserId user = earned(1_000).inviter();
        Balances failing = new Balances() {
            @Override
            public Optional<Money> adjust(UserId who, long deltaFen) {
                throw new IllegalStateException("injected after the commission was taken");
            }

            @Override
            public void book(LedgerEntry entry) {
                throw new IllegalStateException("booked after a failed credit");
            }
        };

        assertThatThrownBy(() -> new TransferCommissionService(new JooqCommissionBalances(dsl()), failing, transactions())
                .transfer(new TransferCommission.Command(user, Money.ofFen(400))))
                .hasMessage("injected after the commission was taken");

        assertThat(commission(user)).isEqualTo(1_000);
        assertThat(dsl().fetchCount(COMMISSION_LEDGER, COMMISSION_LEDGER.USER_ID.eq(user.value()))).isEqualTo(1);
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void aTransferOrWithdrawalOfMoreThanTheCommissionIsRefusedAndChangesNothing() {
        UserId user = earned(500).inviter();

        assertThatThrownBy(() -> transfer(user, 501)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("insufficient_commission");
        assertThatThrownBy(() -> withdraw(user, 501)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("insufficient_commission");
        assertThatThrownBy(() -> withdraw(user, 99)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("invalid_request");

        assertThat(commission(user)).isEqualTo(500);
        assertThat(money(user)).isZero();
        assertThat(dsl().fetchCount(WITHDRAWALS, WITHDRAWALS.USER_ID.eq(user.value()))).isZero();
        assertThat(dsl().fetchCount(COMMISSION_LEDGER, COMMISSION_LEDGER.USER_ID.eq(user.value()))).isEqualTo(1);
    }

    @Test
    void aTransferAndAWithdrawalOfTheSameCommissionAtOnceSpendItOnce() throws Exception {
        UserId user = earned(1_000).inviter();

        List<Object> outcomes = Races.race(20, i -> i % 2 == 0 ? () -> transfer(user, 1_000) : () -> withdraw(user, 1_000));

        assertThat(outcomes).filteredOn(o -> !(o instanceof Refusal)).hasSize(1);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).hasSize(19)
                .allSatisfy(r -> assertThat(((Refusal) r).code()).isEqualTo("insufficient_commission"));
        long withdrawn = dsl().select(WITHDRAWALS.AMOUNT).from(WITHDRAWALS).where(WITHDRAWALS.USER_ID.eq(user.value()))
                .fetch(WITHDRAWALS.AMOUNT).stream().mapToLong(Long::longValue).sum();
        assertThat(money(user) + withdrawn).isEqualTo(1_000);
        assertThat(commission(user)).isZero();
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void aRejectedWithdrawalGivesTheAmountBackAndADecisionIsMadeOnce() throws Exception {
        UserId user = earned(1_000).inviter();
        UserId admin = new UserId(Seed.activeUser(dsl()));
        Withdrawal rejected = withdraw(user, 300);
        Withdrawal approved = withdraw(user, 200);
        assertThat(commission(user)).isEqualTo(500);

        List<Object> decided = Races.race(6, i -> () -> decisions().decide(
                new DecideWithdrawal.Command(admin, rejected.id(), i % 2 == 0, "race " + i)));
        Withdrawal paid = decisions().decide(new DecideWithdrawal.Command(admin, approved.id(), true, "paid by bank"));

        assertThat(decided).filteredOn(Withdrawal.class::isInstance).hasSize(1);
        assertThat(decided).filteredOn(Refusal.class::isInstance).hasSize(5)
                .allSatisfy(r -> assertThat(((Refusal) r).code()).isEqualTo("already_decided"));
        Withdrawal first = (Withdrawal) decided.stream().filter(Withdrawal.class::isInstance).findFirst().orElseThrow();
        assertThat(commission(user)).isEqualTo(first.status() == WithdrawalStatus.REJECTED ? 800 : 500);
        assertThat(paid.status()).isEqualTo(WithdrawalStatus.APPROVED);
        assertThat(paid.decidedBy()).contains(admin);
        assertThatThrownBy(() -> decisions().decide(new DecideWithdrawal.Command(admin, approved.id(), false, "")))
                .extracting(Refusal.class::cast).extracting(Refusal::code).isEqualTo("already_decided");
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void theInviterSeesTheCodeInviteesEarnedAndBalanceAndMayReplaceTheCode() {
        Invited pair = earned(250);
        transfer(pair.inviter(), 50);
        String before = queries().invite(pair.inviter()).inviteCode();

        Invite invite = queries().invite(pair.inviter());
        String after = new ResetInviteCodeService(new JooqInviteCodes(dsl()), new SecureRandom()).reset(pair.inviter());

        assertThat(invite.invitees()).isEqualTo(1);
        assertThat(invite.commissionEarned()).isEqualTo(Money.ofFen(250));
        assertThat(invite.commissionBalance()).isEqualTo(Money.ofFen(200));
        assertThat(after).isNotEqualTo(before).hasSize(16);
        assertThat(new JooqUserAccounts(dsl()).findByInviteCode(before)).isEmpty();
        assertThat(new JooqUserAccounts(dsl()).findByInviteCode(after)).contains(pair.inviter());
        assertThat(queries().commissions(Optional.of(pair.inviter()), Optional.empty(), new PageRequest(1, 20)).items())
                .singleElement().satisfies(c -> assertThat(c.invitee()).isEqualTo(pair.invitee()));
        assertThat(queries().withdrawals(Optional.of(WithdrawalStatus.PENDING), Optional.of(pair.inviter()),
                new PageRequest(1, 20)).items()).isEmpty();
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    private long commission(UserId user) {
        return dsl().fetchValue(USERS.COMMISSION_BALANCE, USERS.ID.eq(user.value()));
    }
}
