package spanel.adapter.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.COMMISSIONS;
import static spanel.adapter.persistence.generated.Tables.COMMISSION_LEDGER;
import static spanel.adapter.persistence.generated.Tables.PAYMENT_EVENTS;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.testing.Ledgers;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.CountingMeters;
import spanel.application.payment.CloseStaleOrdersService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentRequest;
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

/**
 * The crediting path on the real databases: a notify credits an order once, with its ledger row
 * and its commission, however often and however concurrently it arrives, and all or nothing.
 */
class TopUpCreditingOnDatabaseTest extends PersistenceContractTest {

    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** A gateway whose notifies are authentic when their sign is "ok": the protocol is tested in adapters-payment. */
    static final PaymentGateway TEST_GATEWAY = new PaymentGateway() {
        @Override
        public String name() {
            return "epay";
        }

        @Override
        public String paymentUrl(PaymentRequest request) {
            return "https://pay.example.com/" + request.tradeNo();
        }

        @Override
        public NotifyVerdict verify(NotifyRequest request) {
            Map<String, String> p = request.params();
            if (!"ok".equals(p.get("sign"))) {
                return new NotifyVerdict.Rejected(p.getOrDefault("out_trade_no", "-"), "bad sign");
            }
            return new NotifyVerdict.Paid(new PaymentNotice("epay", p.get("out_trade_no"), p.get("trade_no"),
                    Money.parse(p.get("money")), p.toString()));
        }
    };

    static final PaymentGateways GATEWAYS = new PaymentGateways() {
        @Override
        public Optional<PaymentGateway> named(String name) {
            return name.equals("epay") ? Optional.of(TEST_GATEWAY) : Optional.empty();
        }

        @Override
        public List<String> enabled() {
            return List.of("epay");
        }
    };

    /** A clock a test moves: "an hour later". */
    private final MovableClock clock = new MovableClock(START);

    private HandlePaymentNotifyService service(Balances balances) {
        return service(balances, new CommissionRate(new BigDecimal("0.1")));
    }

    private HandlePaymentNotifyService service(Balances balances, CommissionRate rate) {
        JooqTopUpOrders orders = new JooqTopUpOrders(dsl());
        TopUpCrediting crediting = new TopUpCrediting(orders, new JooqPaymentEvents(dsl()), balances,
                new JooqUserAccounts(dsl()), new JooqCommissions(dsl()), rate,
                transactions(), clock, new JooqOrderPlans(dsl()), command -> {
                    throw new AssertionError("a top-up buys no plan");
                });
        return new HandlePaymentNotifyService(GATEWAYS, orders, crediting, new CountingMeters(),
                new spanel.adapter.persistence.payment.JooqImportedPayments(dsl()));
    }

    private HandlePaymentNotifyService service() {
        return service(new JooqBalances(dsl()));
    }

    private record Invited(long inviter, long invitee) {
    }

    private Invited invitedUser() {
        long inviter = Seed.activeUser(dsl());
        var invitee = Seed.user(dsl());
        invitee.setInviterId(inviter);
        return new Invited(inviter, Seed.insert(invitee));
    }

    private TopUpOrder order(long user, long fen) {
        return new JooqTopUpOrders(dsl()).add(new UserId(user), "T" + System.nanoTime() + user, "epay", Money.ofFen(fen), clock.instant());
    }

    private static HandlePaymentNotify.Command notify(TopUpOrder order, String money, String sign) {
        return notify(order.tradeNo(), "G-" + order.tradeNo(), money, sign);
    }

    private static HandlePaymentNotify.Command notify(String tradeNo, String gatewayTradeNo, String money, String sign) {
        return new HandlePaymentNotify.Command("epay", new NotifyRequest(
                Map.of("out_trade_no", tradeNo, "trade_no", gatewayTradeNo, "money", money, "sign", sign), "", Map.of()));
    }

    @Test
    void anAuthenticNotifyCreditsTheOrderItsLedgerAndTheInvitersCommission() {
        Invited users = invitedUser();
        TopUpOrder order = order(users.invitee(), 1_999);

        HandlePaymentNotify.NotifyHandled handled = service().handle(notify(order, "19.99", "ok"));

        assertThat(handled.outcome()).isEqualTo(Outcome.CREDITED);
        assertThat(money(users.invitee())).isEqualTo(1_999);
        assertThat(commission(users.inviter())).isEqualTo(199); // 10 % of 19.99, rounded down
        assertThat(money(users.inviter())).as("commission is not spendable balance").isZero();
        assertThat(status(order)).isEqualTo(OrderStatus.PAID);
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.SOURCE_ID.eq(order.id().toString()))).isEqualTo(1);
        assertThat(dsl().fetchCount(COMMISSION_LEDGER, COMMISSION_LEDGER.SOURCE_ID.eq(order.id().toString()))).isEqualTo(1);
        assertThat(dsl().fetchValue(COMMISSIONS.AMOUNT, COMMISSIONS.ORDER_ID.eq(order.id().value()))).isEqualTo(199);
        assertLedgersBalance();
    }

    @Test
    void everyPaidOrderEarnsACommissionUnlessOnlyTheFirstMay() throws Exception {
        Invited every = invitedUser();
        Invited first = invitedUser();
        HandlePaymentNotifyService onEvery = service();
        HandlePaymentNotifyService onFirst = service(new JooqBalances(dsl()), new CommissionRate(new BigDecimal("0.1")).onFirstOrderOnly());
        TopUpOrder a = order(every.invitee(), 1_000);
        TopUpOrder b = order(every.invitee(), 2_000);
        List<TopUpOrder> firsts = List.of(order(first.invitee(), 1_000), order(first.invitee(), 2_000), order(first.invitee(), 3_000));

        onEvery.handle(notify(a, "10.00", "ok"));
        onEvery.handle(notify(b, "20.00", "ok"));
        // The invitee's orders paid at once: still only one of them earns.
        Race.of(firsts.stream().<java.util.concurrent.Callable<Object>>map(o -> () -> onFirst.handle(
                notify(o, Money.ofFen(o.total().fen()).toDecimalString(), "ok"))).toList());

        assertThat(commission(every.inviter())).isEqualTo(300);
        assertThat(dsl().fetchCount(COMMISSIONS, COMMISSIONS.INVITER_ID.eq(first.inviter()))).isEqualTo(1);
        assertThat(commission(first.inviter())).isIn(100L, 200L, 300L);
        assertThat(money(first.invitee())).isEqualTo(6_000);
        assertLedgersBalance();
    }

    @Test
    void aRepeatLaterIsAcknowledgedAndCreditsNothing() {
        Invited users = invitedUser();
        TopUpOrder order = order(users.invitee(), 1_000);
        service().handle(notify(order, "10.00", "ok"));
        clock.advance(Duration.ofHours(1));

        HandlePaymentNotify.NotifyHandled again = service().handle(notify(order, "10.00", "ok"));
        HandlePaymentNotify.NotifyHandled otherPayment = service().handle(notify(order.tradeNo(), "G-another", "10.00", "ok"));

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(again.acknowledged()).isTrue();
        assertThat(otherPayment.outcome()).isEqualTo(Outcome.ALREADY_CREDITED);
        assertThat(money(users.invitee())).isEqualTo(1_000);
        assertThat(commission(users.inviter())).isEqualTo(100);
        assertThat(events(order)).isEqualTo(1);
        assertLedgersBalance();
    }

    @Test
    void refusedNotifiesChangeNothing() {
        long user = Seed.activeUser(dsl());
        TopUpOrder order = order(user, 1_000);
        TopUpOrder other = order(user, 1_000);

        List<HandlePaymentNotify.NotifyHandled> refused = List.of(
                service().handle(notify(order, "10.00", "forged")),
                service().handle(notify("no-such-order", "G-x", "10.00", "ok")),
                service().handle(new HandlePaymentNotify.Command("alipay", notify(order, "10.00", "ok").request())));

        assertThat(refused).allSatisfy(handled -> assertThat(handled.outcome()).isEqualTo(Outcome.REJECTED));
        assertThat(money(user)).isZero();
        assertThat(status(order)).isEqualTo(OrderStatus.UNPAID);
        assertThat(status(other)).isEqualTo(OrderStatus.UNPAID);
        assertThat(events(order) + events(other)).isZero();
        assertThat(flagged(order)).isFalse();
    }

    @Test
    void anAuthenticPaymentOfAnotherAmountIsNotCreditedButRecordedOnTheFlaggedOrder() {
        long user = Seed.activeUser(dsl());
        TopUpOrder order = order(user, 1_000);

        HandlePaymentNotify.NotifyHandled less = service().handle(notify(order, "9.99", "ok"));
        HandlePaymentNotify.NotifyHandled more = service().handle(notify(order.tradeNo(), "G-more", "10.01", "ok"));

        assertThat(less.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(less.acknowledged()).isTrue();
        assertThat(more.outcome()).isEqualTo(Outcome.FLAGGED);
        assertThat(money(user)).isZero();
        assertThat(status(order)).isEqualTo(OrderStatus.UNPAID);
        assertThat(events(order)).isZero();
        assertThat(flagged(order)).isTrue();
        assertThat(dsl().fetchValue(TOPUP_ORDERS.REVIEW_REASON, TOPUP_ORDERS.ID.eq(order.id().value())))
                .contains("10.01").contains("G-more").contains("10.00");

        // The right payment still credits the order.
        assertThat(service().handle(notify(order, "10.00", "ok")).outcome()).isEqualTo(Outcome.CREDITED);
        assertThat(money(user)).isEqualTo(1_000);
        assertLedgersBalance();
    }

    private boolean flagged(TopUpOrder order) {
        return dsl().fetchValue(TOPUP_ORDERS.NEEDS_REVIEW, TOPUP_ORDERS.ID.eq(order.id().value()));
    }

    @Test
    void aFailureBetweenTheStatusUpdateAndTheCreditRollsEverythingBack() {
        Invited users = invitedUser();
        TopUpOrder order = order(users.invitee(), 1_000);
        Balances failing = new Balances() {
            @Override
            public Optional<Money> adjust(UserId user, long deltaFen) {
                throw new IllegalStateException("injected after the status update");
            }

            @Override
            public void book(LedgerEntry entry) {
                throw new IllegalStateException("booked after a failed credit");
            }
        };

        assertThatThrownBy(() -> service(failing).handle(notify(order, "10.00", "ok")))
                .hasMessage("injected after the status update");

        assertThat(status(order)).isEqualTo(OrderStatus.UNPAID);
        assertThat(events(order)).isZero();
        assertThat(money(users.invitee())).isZero();
        assertThat(dsl().fetchCount(COMMISSIONS, COMMISSIONS.ORDER_ID.eq(order.id().value()))).isZero();
        // The gateway's retry then goes through whole.
        assertThat(service().handle(notify(order, "10.00", "ok")).outcome()).isEqualTo(Outcome.CREDITED);
        assertThat(money(users.invitee())).isEqualTo(1_000);
        assertLedgersBalance();
    }

    @Test
    void aNotifyForAnOrderClosedByExpiryIsCreditedAndFlagged() {
        long user = Seed.activeUser(dsl());
        TopUpOrder order = order(user, 500);
        clock.advance(Duration.ofHours(3));
        assertThat(new CloseStaleOrdersService(new JooqTopUpOrders(dsl()), Duration.ofHours(2), clock).close().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(status(order)).isEqualTo(OrderStatus.CLOSED);

        assertThat(service().handle(notify(order, "5.00", "ok")).outcome()).isEqualTo(Outcome.CREDITED);

        var row = dsl().fetchSingle(TOPUP_ORDERS, TOPUP_ORDERS.ID.eq(order.id().value()));
        assertThat(row.getStatus()).isEqualTo((short) OrderStatus.PAID.code());
        assertThat(row.getNeedsReview()).isTrue();
        assertThat(row.getReviewReason()).contains("after the order was closed");
        assertThat(money(user)).isEqualTo(500);
    }

    @Test
    void closingStaleOrdersTouchesOnlyUnpaidOrdersOlderThanTheLifetime() {
        long user = Seed.activeUser(dsl());
        TopUpOrder old = order(user, 100);
        TopUpOrder paid = order(user, 100);
        service().handle(notify(paid, "1.00", "ok"));
        clock.advance(Duration.ofMinutes(90));
        TopUpOrder young = order(user, 100);
        clock.advance(Duration.ofMinutes(31));

        new CloseStaleOrdersService(new JooqTopUpOrders(dsl()), Duration.ofHours(2), clock).close();

        assertThat(status(old)).isEqualTo(OrderStatus.CLOSED);
        assertThat(status(paid)).isEqualTo(OrderStatus.PAID);
        assertThat(status(young)).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void fiftyConcurrentDeliveriesCreditOnceAndAreAllAcknowledged() throws Exception {
        assumeTrue(database == TestDatabase.POSTGRES, "the concurrency test runs on the production database");
        Invited users = invitedUser();
        TopUpOrder order = order(users.invitee(), 10_000);
        HandlePaymentNotifyService service = service();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HandlePaymentNotify.NotifyHandled>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.handle(notify(order, "100.00", "ok"));
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<HandlePaymentNotify.NotifyHandled> result : results) {
                outcomes.add(result.get().outcome());
            }
            assertThat(outcomes).filteredOn(o -> o == Outcome.CREDITED).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o == Outcome.ALREADY_CREDITED).hasSize(49);
        }
        clock.advance(Duration.ofHours(1));
        assertThat(service.handle(notify(order, "100.00", "ok")).outcome()).isEqualTo(Outcome.ALREADY_CREDITED);

        assertThat(events(order)).isEqualTo(1);
        assertThat(money(users.invitee())).isEqualTo(10_000);
        assertThat(commission(users.inviter())).isEqualTo(1_000);
        assertThat(dsl().fetchCount(COMMISSIONS, COMMISSIONS.ORDER_ID.eq(order.id().value()))).isEqualTo(1);
        assertLedgersBalance();
    }

    private void assertLedgersBalance() {
        Ledgers.assertBalanced(dsl());
    }

    private long commission(long user) {
        return dsl().fetchValue(USERS.COMMISSION_BALANCE, USERS.ID.eq(user));
    }

    private long money(long user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user));
    }

    private OrderStatus status(TopUpOrder order) {
        return OrderStatus.fromCode(dsl().fetchValue(TOPUP_ORDERS.STATUS, TOPUP_ORDERS.ID.eq(order.id().value())));
    }

    private int events(TopUpOrder order) {
        return dsl().fetchCount(PAYMENT_EVENTS, PAYMENT_EVENTS.ORDER_ID.eq(order.id().value()));
    }
}
