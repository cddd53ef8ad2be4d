package spanel.adapter.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
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
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.common.CountingMeters;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.ReconcileOrdersService;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.ReconcileOrders.Outcome;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.application.payment.port.out.TopUpOrders.Unsettled;
import spanel.domain.common.MovableClock;
import spanel.domain.money.Money;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

/**
 * Reconciliation on the real databases: which orders a sweep asks about, the waits after a failure,
 * and a notify racing the gateway's answer for the same payment, credited once between them, with
 * the ledger summing to the balance.
 */
class ReconcileOnDatabaseTest extends PersistenceContractTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration ORDER_TTL = Duration.ofHours(2);

    private final MovableClock clock = new MovableClock(START);
    private volatile GatewayAnswer answer = new GatewayAnswer.Unpaid("waiting");

    /** A gateway whose answer the test sets; its notifies are believed when their sign is "ok". */
    private final PaymentGateway epay = new PaymentGateway() {
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
            return "ok".equals(p.get("sign"))
                    ? new NotifyVerdict.Paid(new PaymentNotice("epay", p.get("out_trade_no"), p.get("trade_no"),
                            Money.parse(p.get("money")), p.toString()))
                    : new NotifyVerdict.Rejected("-", "bad sign");
        }

        @Override
        public GatewayAnswer ask(OrderQuery query) {
            return answer;
        }
    };

    private final PaymentGateways gateways = new PaymentGateways() {
        @Override
        public Optional<PaymentGateway> named(String name) {
            return name.equals("epay") ? Optional.of(epay) : Optional.empty();
        }

        @Override
        public List<String> enabled() {
            return List.of("epay");
        }
    };

    private TopUpCrediting crediting() {
        return new TopUpCrediting(new JooqTopUpOrders(dsl()), new JooqPaymentEvents(dsl()), new JooqBalances(dsl()),
                new JooqUserAccounts(dsl()), new JooqCommissions(dsl()), new CommissionRate(BigDecimal.ZERO),
                transactions(), clock, new JooqOrderPlans(dsl()), command -> {
                    throw new AssertionError("a top-up buys no plan");
                });
    }

    private ReconcileOrdersService reconcile() {
        return new ReconcileOrdersService(new JooqTopUpOrders(dsl()), gateways, crediting(), ORDER_TTL,
                new CountingMeters(), clock);
    }

    private HandlePaymentNotifyService notifies() {
        return new HandlePaymentNotifyService(gateways, new JooqTopUpOrders(dsl()), crediting(), new CountingMeters(),
                new JooqImportedPayments(dsl()));
    }

    private TopUpOrder order(long user, String gateway, long fen) {
        return new JooqTopUpOrders(dsl()).add(new UserId(user), "T" + System.nanoTime() + user, gateway, Money.ofFen(fen),
                clock.instant());
    }

    private static GatewayAnswer.Paid paid(TopUpOrder order, String gatewayTradeNo) {
        return new GatewayAnswer.Paid(new PaymentNotice("epay", order.tradeNo(), gatewayTradeNo, order.total(), "{}"));
    }

    private long money(long user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user));
    }

    private long ledgerSum(long user) {
        return dsl().select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO)).from(BALANCE_LEDGER)
                .where(BALANCE_LEDGER.USER_ID.eq(user)).fetchSingle().value1().longValue();
    }

    private List<String> askedTradeNos() {
        return new JooqTopUpOrders(dsl()).toAsk(List.of("epay"), clock.instant().minus(ORDER_TTL),
                clock.instant().minus(ReconcileOrdersService.CLOSED_GRACE), clock.instant(), 100)
                .stream().map(u -> u.order().tradeNo()).toList();
    }

    @Test
    void aSweepAsksAboutUnpaidUnflaggedOrdersOfEnabledGatewaysYoungerThanTheOrderTtlOldestFirst() {
        long user = Seed.activeUser(dsl());
        TopUpOrder old = order(user, "epay", 100);
        clock.advance(Duration.ofMinutes(30));
        TopUpOrder first = order(user, "epay", 100);
        clock.advance(Duration.ofMinutes(1));
        TopUpOrder second = order(user, "epay", 100);
        TopUpOrder otherGateway = order(user, "alipay", 100);
        TopUpOrder flagged = order(user, "epay", 100);
        new JooqTopUpOrders(dsl()).flagForReview(flagged.id(), "a payment of 1.00 does not match");
        TopUpOrder paid = order(user, "epay", 100);
        new JooqTopUpOrders(dsl()).markPaidIfUnpaid(paid.id(), clock.instant());
        clock.advance(ORDER_TTL.minus(Duration.ofMinutes(30)));

        List<String> mine = List.of(old.tradeNo(), first.tradeNo(), second.tradeNo(), otherGateway.tradeNo(),
                flagged.tradeNo(), paid.tradeNo());
        // The schema is the class's: other tests' orders may be asked about too.
        assertThat(askedTradeNos()).filteredOn(mine::contains).containsExactly(first.tradeNo(), second.tradeNo());
    }

    @Test
    void ordersClosedByExpiryWithinTheGraceAreAskedAboutTooAndNoLonger() {
        long user = Seed.activeUser(dsl());
        TopUpOrder lastMinute = order(user, "epay", 100);
        new JooqTopUpOrders(dsl()).closeUnpaidCreatedBefore(clock.instant().plusSeconds(1), clock.instant());
        clock.advance(ReconcileOrdersService.CLOSED_GRACE.minusMinutes(1));

        assertThat(askedTradeNos()).contains(lastMinute.tradeNo());
        clock.advance(Duration.ofMinutes(2));
        assertThat(askedTradeNos()).doesNotContain(lastMinute.tradeNo());
    }

        @Test
    void aFailingGatewayLeavesTheOrderUnpaidAndIsAskedAgainOnlyAfterItsWait() {
        long user = Seed.activeUser(dsl());
        TopUpOrder order = order(user, "epay", 1_000);
        answer = new GatewayAnswer.Unknown("epay did not answer: ConnectException");

        ReconcileOrders.Reconciled done = reconcile().reconcile(ReconcileOrders.Command.sweep());
        ReconcileOrders.Reconciled waiting = reconcile().reconcile(ReconcileOrders.Command.sweep());
        clock.advance(Duration.ofMinutes(1));
        reconcile().reconcile(ReconcileOrders.Command.sweep());

        assertThat(done.orders()).filteredOn(c -> c.order().equals(order.id()))
                .extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.FAILED);
        assertThat(waiting.orders()).noneMatch(c -> c.order().equals(order.id()));
        Unsettled stored = new JooqTopUpOrders(dsl()).toAsk(order.id()).orElseThrow();
        assertThat(stored.failures()).isEqualTo(2);
        assertThat(dsl().fetchValue(TOPUP_ORDERS.RECONCILE_AFTER, TOPUP_ORDERS.ID.eq(order.id().value())).toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(stored.order().status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(money(user)).isZero();
        assertThat(askedTradeNos()).doesNotContain(order.tradeNo());
    }

    @Test
    void theGatewaysReferenceIsKeptForTheNextQuestion() {
        TopUpOrder order = order(Seed.activeUser(dsl()), "epay", 1_000);

        new JooqTopUpOrders(dsl()).rememberReference(order.id(), "cs_test_a1B2c3");

        assertThat(new JooqTopUpOrders(dsl()).toAsk(order.id()).orElseThrow().reference()).contains("cs_test_a1B2c3");
    }

    @Test
    void aClosedAnswerClosesOnlyAnOrderStillUnpaid() {
        long user = Seed.activeUser(dsl());
        TopUpOrder open = order(user, "epay", 1_000);
        answer = new GatewayAnswer.Closed("TRADE_CLOSED");

        reconcile().reconcile(new ReconcileOrders.Command(Optional.of(open.id())));

        assertThat(new JooqTopUpOrders(dsl()).find(open.id()).orElseThrow().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(new JooqTopUpOrders(dsl()).closeIfUnpaid(open.id(), clock.instant())).isFalse();
    }

    @Test
    void aNotifyAndTheGatewaysAnswerRacingForOnePaymentCreditItOnce() throws Exception {
        long user = Seed.activeUser(dsl());
        List<TopUpOrder> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(order(user, "epay", 1_000 + i));
        }
        List<Future<?>> racers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (TopUpOrder order : orders) {
                CountDownLatch start = new CountDownLatch(1);
                answer = paid(order, "G-" + order.tradeNo());
                ReconcileOrdersService reconcile = reconcile();
                HandlePaymentNotifyService notifies = notifies();
                for (int i = 0; i < 4; i++) {
                    racers.add(pool.submit(() -> {
                        start.await();
                        return reconcile.reconcile(new ReconcileOrders.Command(Optional.of(order.id())));
                    }));
                    racers.add(pool.submit(() -> {
                        start.await();
                        return notifies.handle(new HandlePaymentNotify.Command("epay", new NotifyRequest(Map.of(
                                "out_trade_no", order.tradeNo(), "trade_no", "G-" + order.tradeNo(),
                                "money", order.total().toDecimalString(), "sign", "ok"), "", Map.of())));
                    }));
                }
                start.countDown();
                for (Future<?> racer : racers) {
                    racer.get();
                }
                racers.clear();
            }
        }

        long total = orders.stream().mapToLong(o -> o.total().fen()).sum();
        assertThat(money(user)).isEqualTo(total);
        assertThat(ledgerSum(user)).isEqualTo(money(user));
        assertThat(dsl().fetchCount(PAYMENT_EVENTS, PAYMENT_EVENTS.ORDER_ID.in(orders.stream().map(o -> o.id().value()).toList())))
                .isEqualTo(orders.size());
        assertThat(orders).allSatisfy(o -> assertThat(new JooqTopUpOrders(dsl()).find(o.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.PAID));
    }

    @Test
    void aNotifyAfterARecoveryIsADuplicateAndALaterSweepAsksNothing() {
        long user = Seed.activeUser(dsl());
        TopUpOrder order = order(user, "epay", 1_000);
        answer = paid(order, "G1");

        assertThat(reconcile().reconcile(new ReconcileOrders.Command(Optional.of(order.id()))).orders())
                .extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.RECOVERED);
        var late = notifies().handle(new HandlePaymentNotify.Command("epay", new NotifyRequest(Map.of(
                "out_trade_no", order.tradeNo(), "trade_no", "G1", "money", "10.00", "sign", "ok"), "", Map.of())));

        assertThat(late.outcome()).isEqualTo(HandlePaymentNotify.NotifyHandled.Outcome.ALREADY_CREDITED);
        assertThat(askedTradeNos()).doesNotContain(order.tradeNo());
        assertThat(money(user)).isEqualTo(1_000).isEqualTo(ledgerSum(user));
    }
}
