package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static spanel.domain.user.Users.aUser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.user.AccountFakes;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.money.Money;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class HandlePaymentNotifyServiceTest {

    private static final UserId INVITER = UserId.of(3);
    private static final UserId ALICE = UserId.of(7);
    private static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");

    private final PaymentFakes payment = new PaymentFakes();
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final MovableClock clock = new MovableClock(CREATED.plusSeconds(60));
    private final TopUpCrediting crediting = new TopUpCrediting(payment.orders, payment.events, payment.balances, accounts,
            payment.commissions, new CommissionRate(new BigDecimal("0.10")), payment.transactions, clock, payment.plans,
            command -> {
                throw new AssertionError("no plan is bought here");
            });
    /** The trade numbers of orders paid in the panel spanel was imported from. */
    private final java.util.Set<String> paidBeforeImport = new java.util.HashSet<>();
    private final HandlePaymentNotifyService service = new HandlePaymentNotifyService(payment.gateways, payment.orders,
            crediting, new CountingMeters(), paidBeforeImport::contains);
    private TopUpOrder order;

    @BeforeEach
    void aliceInvitedByTheInviterHasAnUnpaidOrder() {
        accounts.stored.add(aUser(INVITER.value()).build());
        accounts.stored.add(aUser(ALICE.value()).invitedBy(INVITER).build());
        payment.balanceRows.put(INVITER, Money.ZERO);
        payment.balanceRows.put(ALICE, Money.ofFen(500));
        order = payment.orders.add(ALICE, "T1", "epay", Money.ofFen(1_000), CREATED);
        payment.writes.clear();
    }

    private HandlePaymentNotify.NotifyHandled notifyPaid(String tradeNo, String gatewayTradeNo, long fen) {
        payment.epay.verdict = new NotifyVerdict.Paid(new PaymentNotice("epay", tradeNo, gatewayTradeNo, Money.ofFen(fen), "{}"));
        return notify("epay");
    }

    private HandlePaymentNotify.NotifyHandled notify(String gateway) {
        return service.handle(new HandlePaymentNotify.Command(gateway, new NotifyRequest(Map.of(), "", Map.of())));
    }

    @Test
    void aPaidNoticeCreditsTheBalanceAndTheInvitersCommissionBalanceInOneTransaction() {
        HandlePaymentNotify.NotifyHandled handled = notifyPaid("T1", "G1", 1_000);

        assertThat(handled.outcome()).isEqualTo(Outcome.CREDITED);
        assertThat(handled.acknowledged()).isTrue();
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.order(order.id()).paidAt()).contains(clock.instant());
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500)).containsEntry(INVITER, Money.ZERO);
        assertThat(payment.ledger).extracting(LedgerEntry::userId, LedgerEntry::deltaFen, LedgerEntry::sourceType)
                .containsExactly(tuple(ALICE, 1_000L, "topup"));
        assertThat(payment.commissionRows).containsExactly(INVITER + " gets 1.00 from " + ALICE + " on order " + order.id());
        assertThat(payment.transactions.opened()).isEqualTo(1);
        assertThat(payment.writes).allMatch(PaymentFakes.Write::inTransaction);
    }

    @Test
    void theSameNoticeTwiceCreditsOnceAndIsAcknowledgedBothTimes() {
        notifyPaid("T1", "G1", 1_000);

        HandlePaymentNotify.NotifyHandled again = notifyPaid("T1", "G1", 1_000);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(again.acknowledged()).isTrue();
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
        assertThat(payment.ledger).hasSize(1);
        assertThat(payment.commissionRows).hasSize(1);
        assertThat(payment.order(order.id()).needsReview()).isFalse();
    }

    @Test
    void anotherPaymentForAPaidOrderIsNotCreditedButFlaggedForTheOperator() {
        notifyPaid("T1", "G1", 1_000);

        HandlePaymentNotify.NotifyHandled second = notifyPaid("T1", "G2", 1_000);

        assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(second.detail()).contains("flagged for review");
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
        assertThat(payment.order(order.id()).needsReview()).isTrue();
        assertThat(payment.reviewReasons.get(order.id())).contains("G2");
    }

    @Test
    void aPaymentForAnOrderPaidByAPathThatLeftNoEventIsNotCreditedAgainButFlagged() {
        payment.orders.markPaidIfUnpaid(order.id(), clock.instant());

        HandlePaymentNotify.NotifyHandled handled = notifyPaid("T1", "G1", 1_000);

        assertThat(handled.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(handled.acknowledged()).isTrue();
        assertThat(handled.detail()).contains("flagged for review");
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(500));
        assertThat(payment.eventRows).isEmpty();
    }

    @Test
    void aPaymentForAClosedOrderIsCreditedAndFlaggedForReview() {
        clock.advance(Duration.ofHours(2));
        payment.orders.closeUnpaidCreatedBefore(clock.instant(), clock.instant());

        HandlePaymentNotify.NotifyHandled handled = notifyPaid("T1", "G1", 1_000);

        assertThat(handled.outcome()).isEqualTo(Outcome.CREDITED);
        assertThat(handled.detail()).contains("order was closed");
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.order(order.id()).needsReview()).isTrue();
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
    }

    @Test
    void aLateNoticeForAnOrderPaidBeforeTheImportIsARepeatAndCreditsNothing() {
        paidBeforeImport.add("2023112012345678");

        HandlePaymentNotify.NotifyHandled late = notifyPaid("2023112012345678", "G9", 1_500);

        assertThat(late.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(late.acknowledged()).as("the gateway stops retrying").isTrue();
        assertThat(payment.ledger).isEmpty();
        assertThat(notifyPaid("2023112099999999", "G9", 1_500).outcome()).as("not an imported one").isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aNoticeThatDoesNotMatchItsOrderIsRejectedOrFlaggedAndCreditsNothing() {
        assertThat(notifyPaid("T-unknown", "G1", 1_000).outcome()).isEqualTo(Outcome.REJECTED);
        HandlePaymentNotify.NotifyHandled wrongAmount = notifyPaid("T1", "G1", 999);
        assertThat(wrongAmount.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(wrongAmount.acknowledged()).isTrue();
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(payment.reviewReasons.get(order.id())).contains("9.99").contains("G1");

        payment.orders.add(ALICE, "T2", "alipay", Money.ofFen(1_000), CREATED);
        HandlePaymentNotify.NotifyHandled wrongGateway = notifyPaid("T2", "G1", 1_000);

        assertThat(wrongGateway.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(wrongGateway.acknowledged()).isFalse();
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(500));
        assertThat(payment.eventRows).isEmpty();
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void aNoticeTheGatewayRejectsOrCallsUnpaidChangesNothing() {
        payment.epay.verdict = new NotifyVerdict.Rejected("T1", "bad signature");
        HandlePaymentNotify.NotifyHandled rejected = notify("epay");
        payment.epay.verdict = new NotifyVerdict.NotPaid("T1", "waiting for the buyer");
        HandlePaymentNotify.NotifyHandled notPaid = notify("epay");

        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.acknowledged()).isFalse();
        assertThat(notPaid.outcome()).isEqualTo(Outcome.NOT_PAID);
        assertThat(notPaid.acknowledged()).isTrue();
        assertThat(payment.writes).isEmpty();
    }

    @Test
    void aNoticeForAGatewayThatIsNotEnabledIsRejected() {
        HandlePaymentNotify.NotifyHandled handled = notify("stripe");

        assertThat(handled.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(handled.detail()).contains("not enabled");
        assertThat(payment.writes).isEmpty();
    }

    @Test
    void aFailureAfterTheFirstWritesLeavesTheTransactionSoAllOfItIsRolledBack() {
        payment.failNextBooking = new IllegalStateException("the database went away");

        assertThatThrownBy(() -> notifyPaid("T1", "G1", 1_000)).hasMessage("the database went away");

        assertThat(payment.transactions.rolledBack()).isEqualTo(1);
        assertThat(payment.writes).isNotEmpty().allMatch(PaymentFakes.Write::inTransaction);
    }
}
