package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.ReconcileOrders.Outcome;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.user.AccountFakes;
import spanel.domain.common.MovableClock;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/** Reconciliation's rules, with the ports in memory; the gateways' protocols are tested in adapters-payment. */
class ReconcileOrdersServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration ORDER_TTL = Duration.ofHours(2);

    private final PaymentFakes payment = new PaymentFakes();
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final MovableClock clock = new MovableClock(CREATED.plusSeconds(300));
    private final CountingMeters meters = new CountingMeters();
    private final TopUpCrediting crediting = new TopUpCrediting(payment.orders, payment.events, payment.balances, accounts,
            payment.commissions, new CommissionRate(BigDecimal.ZERO), payment.transactions, clock, payment.plans,
            command -> {
                throw new AssertionError("no plan is bought here");
            });
    private final ReconcileOrdersService service = new ReconcileOrdersService(payment.orders, payment.gateways, crediting,
            ORDER_TTL, meters, clock);
    private TopUpOrder order;

    @BeforeEach
    void aliceHasAnUnpaidOrder() {
        accounts.stored.add(aUser(ALICE.value()).build());
        payment.balanceRows.put(ALICE, Money.ofFen(500));
        order = payment.orders.add(ALICE, "T1", "epay", Money.ofFen(1_000), CREATED);
    }

    private static GatewayAnswer.Paid paid(String tradeNo, long fen) {
        return new GatewayAnswer.Paid(new PaymentNotice("epay", tradeNo, "G1", Money.ofFen(fen), "{}"));
    }

    private ReconcileOrders.Reconciled sweep() {
        return service.reconcile(ReconcileOrders.Command.sweep());
    }

    @Test
    void aPaidAnswerCreditsTheOrderAsItsNotifyWould() {
        payment.epay.answer = paid("T1", 1_000);

        ReconcileOrders.Reconciled done = sweep();

        assertThat(done.orders()).singleElement().extracting(ReconcileOrders.Checked::outcome).isEqualTo(Outcome.RECOVERED);
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
        assertThat(payment.ledger).singleElement().satisfies(entry -> assertThat(entry.sourceType()).isEqualTo("topup"));
        assertThat(meters.count("reconciled epay recovered")).isEqualTo(1);
    }

    @Test
    void theNotifyThatArrivesAfterARecoveryIsADuplicateAndCreditsNothing() {
        payment.epay.answer = paid("T1", 1_000);
        sweep();
        payment.epay.verdict = new NotifyVerdict.Paid(new PaymentNotice("epay", "T1", "G1", Money.ofFen(1_000), "{}"));

        var handled = new HandlePaymentNotifyService(payment.gateways, payment.orders, crediting, new CountingMeters(), tradeNo -> false)
                .handle(new HandlePaymentNotify.Command("epay", new NotifyRequest(Map.of(), "", Map.of())));

        assertThat(handled.outcome()).isEqualTo(HandlePaymentNotify.NotifyHandled.Outcome.ALREADY_CREDITED);
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
        assertThat(payment.ledger).hasSize(1);
    }

    @Test
    void anUnpaidAnswerChangesNothingAndTheOrderIsAskedAgainNextSweep() {
        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.UNPAID);
        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.UNPAID);

        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(payment.epay.queries).hasSize(2).allSatisfy(q -> assertThat(q.tradeNo()).isEqualTo("T1"));
        assertThat(payment.ledger).isEmpty();
    }

    @Test
    void aClosedAnswerClosesTheOrderAndCreditsNothing() {
        payment.epay.answer = new GatewayAnswer.Closed("TRADE_CLOSED");

        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.CLOSED);

        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(payment.ledger).isEmpty();
        assertThat(sweep().orders()).as("closed at the gateway's word: not asked again").isEmpty();
    }

    @Test
    void aPaymentOfAnotherAmountIsFlaggedNotCreditedAndNotAskedAboutAgain() {
        payment.epay.answer = paid("T1", 100);

        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FLAGGED);
        assertThat(sweep().orders()).isEmpty();

        assertThat(payment.order(order.id()).needsReview()).isTrue();
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(payment.reviewReasons.get(order.id())).contains("1.00", "10.00");
        assertThat(payment.ledger).isEmpty();
    }

    @Test
    void aFailingGatewayIsAskedAgainOnlyAfterAWaitThatGrowsWithEachFailure() {
        payment.epay.answer = new GatewayAnswer.Unknown("epay answered HTTP 502");

        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FAILED);
        assertThat(sweep().orders()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FAILED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweep().orders()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweep().orders()).hasSize(1);

        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(payment.ledger).isEmpty();
        assertThat(meters.count("reconciled epay failed")).isEqualTo(3);
    }

    @Test
    void aGatewayThatThrowsCountsAsAFailureAndCreditsNothing() {
        payment.epay.failure = new IllegalStateException("connection reset");

        assertThat(sweep().orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FAILED);

        assertThat(payment.ledger).isEmpty();
        assertThat(payment.askFailures).containsEntry(order.id(), 1);
    }

    @Test
    void theSweepLeavesOrdersOlderThanTheOrderTtlToTheExpiryJob() {
        clock.advance(ORDER_TTL);

        assertThat(sweep().orders()).isEmpty();
        assertThat(payment.epay.queries).isEmpty();
    }

    @Test
    void oneOrderIsAskedAboutOnDemandWhateverItsAgeOrItsGatewaysFailures() {
        payment.orders.askNotBefore(order.id(), 3, clock.instant().plus(Duration.ofMinutes(30)));
        clock.advance(ORDER_TTL.multipliedBy(2));
        payment.epay.answer = paid("T1", 1_000);

        var done = service.reconcile(new ReconcileOrders.Command(Optional.of(order.id())));

        assertThat(done.orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.RECOVERED);
    }

    @Test
    void anOrderClosedByExpiryInTheLastHourIsStillAskedAboutAndCreditedWhenItWasPaidBeforeItExpired() {
        payment.orders.closeUnpaidCreatedBefore(clock.instant(), clock.instant());
        clock.advance(ReconcileOrdersService.CLOSED_GRACE.minusMinutes(1));
        payment.epay.answer = paid("T1", 1_000);

        var done = sweep();

        assertThat(done.orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.RECOVERED);
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.order(order.id()).needsReview()).isTrue();
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_500));
    }

    @Test
    void anOrderClosedMoreThanAnHourAgoIsAskedAboutOnlyOnDemand() {
        payment.orders.closeUnpaidCreatedBefore(clock.instant(), clock.instant());
        clock.advance(ReconcileOrdersService.CLOSED_GRACE.plusSeconds(1));
        payment.epay.answer = paid("T1", 1_000);

        assertThat(sweep().orders()).isEmpty();
        assertThat(service.reconcile(new ReconcileOrders.Command(Optional.of(order.id()))).orders())
                .extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.RECOVERED);
    }

    @Test
    void aClosedOrderThatTheGatewayClosedTooStaysClosed() {
        payment.orders.closeUnpaidCreatedBefore(clock.instant(), clock.instant());
        payment.epay.answer = new GatewayAnswer.Closed("TRADE_CLOSED");

        var done = service.reconcile(new ReconcileOrders.Command(Optional.of(order.id())));

        assertThat(done.orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.CLOSED);
        assertThat(payment.ledger).isEmpty();
    }

    @Test
    void aPaidOrderAskedAboutOnDemandIsNotAskedAtAll() {
        payment.orders.markPaidIfUnpaid(order.id(), clock.instant());

        var done = service.reconcile(new ReconcileOrders.Command(Optional.of(order.id())));

        assertThat(done.orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.NOT_ASKED);
        assertThat(done.checked()).isZero();
        assertThat(payment.epay.queries).isEmpty();
    }

    @Test
    void anUnknownOrderOnDemandIsNotFound() {
        assertThatThrownBy(() -> service.reconcile(new ReconcileOrders.Command(Optional.of(OrderId.of(99)))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anAnswerNamingAnotherOrderCreditsNothing() {
        payment.orders.add(ALICE, "T2", "epay", Money.ofFen(1_000), CREATED);
        payment.epay.answer = paid("T2", 1_000);

        var done = service.reconcile(new ReconcileOrders.Command(Optional.of(order.id())));

        assertThat(done.orders()).extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FAILED);
        assertThat(payment.ledger).isEmpty();
    }
}
