package spanel.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.domain.common.MovableClock;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.user.AccountFakes;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.payment.AlreadyPaid;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.Caller;
import spanel.domain.user.UserId;

class ConfirmTopUpByHandServiceTest {

    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);
    private static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");

    private final PaymentFakes payment = new PaymentFakes();
    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final MovableClock clock = new MovableClock(CREATED.plusSeconds(60));
    private final TopUpCrediting crediting = new TopUpCrediting(payment.orders, payment.events, payment.balances, accounts,
            payment.commissions, CommissionRate.NONE, payment.transactions, clock, payment.plans,
            command -> {
                throw new AssertionError("no plan is bought here");
            });
    private final ConfirmTopUpByHandService service = new ConfirmTopUpByHandService(payment.orders, crediting);
    private TopUpOrder order;

    @BeforeEach
    void aliceHasAnUnpaidOrder() {
        accounts.stored.add(aUser(ALICE.value()).build());
        payment.balanceRows.put(ALICE, Money.ZERO);
        order = payment.orders.add(ALICE, "T1", "epay", Money.ofFen(1_000), CREATED);
    }

    private ConfirmTopUpByHand.TopUpConfirmed confirm(Caller caller, OrderId orderId) {
        return service.confirm(new ConfirmTopUpByHand.Command(caller, orderId));
    }

    @Test
    void theOwnerConfirmsTheirOrderAndItIsCreditedAsAPaymentThroughDebug() {
        ConfirmTopUpByHand.TopUpConfirmed confirmed = confirm(new Caller(ALICE, false), order.id());

        assertThat(confirmed.credited()).isEqualTo(Money.ofFen(1_000));
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_000));
        assertThat(payment.eventRows).singleElement()
                .satisfies(event -> assertThat(event.gateway()).isEqualTo(ConfirmTopUpByHandService.GATEWAY));
    }

    @Test
    void anAdminConfirmsAnyOrder() {
        confirm(new Caller(BOB, true), order.id());

        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_000));
    }

    @Test
    void someoneElsesOrderIsNotFoundAsIfItDidNotExist() {
        assertThatThrownBy(() -> confirm(new Caller(BOB, false), order.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> confirm(new Caller(ALICE, false), OrderId.of(999))).isInstanceOf(NotFound.class);
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void aPaidOrderIsRefusedAndCreditedOnlyOnce() {
        confirm(new Caller(ALICE, false), order.id());

        assertThatThrownBy(() -> confirm(new Caller(ALICE, false), order.id())).isInstanceOf(AlreadyPaid.class);
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_000));
        assertThat(payment.ledger).hasSize(1);
    }

    @Test
    void anOrderPaidThroughItsGatewayIsRefusedAndNotFlaggedAsASecondPayment() {
        crediting.credit(order, new PaymentNotice("epay", "T1", "G1", Money.ofFen(1_000), "{}"));

        assertThatThrownBy(() -> confirm(new Caller(ALICE, false), order.id())).isInstanceOf(AlreadyPaid.class);
        assertThat(payment.balanceRows).containsEntry(ALICE, Money.ofFen(1_000));
        assertThat(payment.order(order.id()).needsReview()).isFalse();
    }

    @Test
    void aClosedOrderConfirmedByHandIsCreditedAndFlaggedForReview() {
        payment.orders.closeUnpaidCreatedBefore(clock.instant(), clock.instant());

        assertThat(confirm(new Caller(ALICE, false), order.id()).credited()).isEqualTo(Money.ofFen(1_000));
        assertThat(payment.order(order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.order(order.id()).needsReview()).isTrue();
    }
}
