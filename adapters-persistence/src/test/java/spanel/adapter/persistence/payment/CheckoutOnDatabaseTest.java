package spanel.adapter.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.ORDER_PLANS;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;
import static spanel.domain.shop.Plans.aPlan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.shop.JooqBuyers;
import spanel.adapter.persistence.shop.JooqCouponRedemptions;
import spanel.adapter.persistence.shop.JooqCoupons;
import spanel.adapter.persistence.shop.JooqProducts;
import spanel.adapter.persistence.shop.JooqPurchases;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.common.CountingMeters;
import spanel.application.payment.CheckOutPlanService;
import spanel.application.payment.CreateTopUpOrderService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.PaymentUrls;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.error.InvalidInput;
import spanel.domain.money.Money;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * Checking out a plan on the real databases: the balance pays what it can, a gateway the rest, and
 * the plan is bought exactly once, when the order is paid, in the crediting transaction. A plan
 * that sold out meanwhile leaves the payment in the balance and the order flagged. After every
 * test the money adds up: balance = Σ ledger for every user.
 */
class CheckoutOnDatabaseTest extends PersistenceContractTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private BuyPlan buyPlan() {
        return new BuyPlanService(new BuyPlanService.Ports(new JooqProducts(dsl()), new JooqCoupons(dsl()),
                new JooqCouponRedemptions(dsl()), new JooqBuyers(dsl()), new JooqBalances(dsl()), new JooqPurchases(dsl())),
                transactions(), new CountingMeters(), clock, ZoneOffset.UTC);
    }

    private CheckOutPlan checkout() {
        JooqTopUpOrders orders = new JooqTopUpOrders(dsl());
        return new CheckOutPlanService(new CheckOutPlanService.Reads(new JooqProducts(dsl()), new JooqPurchases(dsl()),
                new JooqUserAccounts(dsl()), new CheckCouponService(new JooqProducts(dsl()), new JooqCoupons(dsl()),
                new JooqCouponRedemptions(dsl()), clock)), buyPlan(),
                new CreateTopUpOrderService(orders, TopUpCreditingOnDatabaseTest.GATEWAYS, new PaymentUrls("https://panel.example.com"),
                        Money.ofFen(1_000_000), new SplittableRandom(), new CountingMeters(), clock),
                new JooqOrderPlans(dsl()), transactions());
    }

    private HandlePaymentNotify notifies() {
        JooqTopUpOrders orders = new JooqTopUpOrders(dsl());
        TopUpCrediting crediting = new TopUpCrediting(orders, new JooqPaymentEvents(dsl()), new JooqBalances(dsl()),
                new JooqUserAccounts(dsl()), new JooqCommissions(dsl()), CommissionRate.NONE, transactions(), clock,
                new JooqOrderPlans(dsl()), buyPlan());
        return new HandlePaymentNotifyService(TopUpCreditingOnDatabaseTest.GATEWAYS, orders, crediting, new CountingMeters(),
                new spanel.adapter.persistence.payment.JooqImportedPayments(dsl()));
    }

    private UserId aUserWith(long fen) {
        UserId user = new JooqUserAccounts(dsl()).add(named(uniqueEmail("checkout")));
        if (fen > 0) {
            JooqBalances balances = new JooqBalances(dsl());
            transactions().inTransaction(() -> balances.book(new LedgerEntry(user, fen,
                    balances.adjust(user, fen).orElseThrow(), LedgerEntry.ADMIN, "seed-" + UUID.randomUUID(), "seed")));
        }
        return user;
    }

    private ProductId aPlanWithStock(long fen, OptionalInt stock) {
        return new JooqProducts(dsl()).add(aPlan().named("Plan " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(fen).withStock(stock).build());
    }

    private CheckOutPlan.CheckedOut checkOut(UserId user, ProductId plan) {
        return checkout().checkOut(new CheckOutPlan.Command(new BuyPlan.Command(user, plan, Optional.empty()), Optional.of("epay")));
    }

    private HandlePaymentNotify.NotifyHandled pay(TopUpOrder order, Money amount) {
        return notifies().handle(new HandlePaymentNotify.Command("epay", new NotifyRequest(Map.of("out_trade_no", order.tradeNo(),
                "trade_no", "G-" + order.tradeNo(), "money", amount.toDecimalString(), "sign", "ok"), "", Map.of())));
    }

    @Test
    void aBalanceThatCoversThePriceBuysAtOnceWithoutAnOrder() {
        UserId user = aUserWith(2_000);
        ProductId plan = aPlanWithStock(1_500, OptionalInt.of(3));

        CheckOutPlan.CheckedOut out = checkOut(user, plan);

        assertThat(out).isInstanceOf(CheckOutPlan.Bought.class);
        assertThat(money(user)).isEqualTo(500);
        assertThat(dsl().fetchCount(TOPUP_ORDERS, TOPUP_ORDERS.USER_ID.eq(user.value()))).isZero();
        assertThat(stock(plan)).isEqualTo(2);
        assertLedgersBalance();
    }

    @Test
    void theBalancePaysWhatItCanAndThePaymentOfTheRestBuysThePlanOnce() {
        UserId user = aUserWith(300);
        ProductId plan = aPlanWithStock(1_000, OptionalInt.of(5));

        CheckOutPlan.AwaitingPayment waiting = (CheckOutPlan.AwaitingPayment) checkOut(user, plan);

        assertThat(waiting.amount()).isEqualTo(Money.ofFen(700));
        assertThat(waiting.order().total()).isEqualTo(Money.ofFen(700));
        assertThat(purchases(user)).isZero();
        assertThat(money(user)).isEqualTo(300);

        pay(waiting.order(), Money.ofFen(700));
        pay(waiting.order(), Money.ofFen(700));

        assertThat(purchases(user)).isEqualTo(1);
        assertThat(money(user)).isZero();
        assertThat(stock(plan)).isEqualTo(4);
        assertThat(dsl().fetchValue(ORDER_PLANS.PURCHASE_ID, ORDER_PLANS.ORDER_ID.eq(waiting.order().id().value()))).isNotNull();
        assertThat(flagged(waiting.order())).isFalse();
        assertLedgersBalance();
    }

    @Test
    void withoutAGatewayAShortBalanceIsRefusedAndNothingIsOpened() {
        UserId user = aUserWith(100);
        ProductId plan = aPlanWithStock(1_000, OptionalInt.empty());

        assertThatThrownBy(() -> checkout().checkOut(new CheckOutPlan.Command(new BuyPlan.Command(user, plan, Optional.empty()),
                Optional.empty()))).isInstanceOf(InvalidInput.class).hasMessageStartingWith("gateway:");

        assertThat(dsl().fetchCount(TOPUP_ORDERS, TOPUP_ORDERS.USER_ID.eq(user.value()))).isZero();
    }

    @Test
    void aSoldOutPlanIsRefusedAtCheckout() {
        UserId user = aUserWith(0);
        ProductId plan = aPlanWithStock(1_000, OptionalInt.of(0));

        assertThatThrownBy(() -> checkOut(user, plan)).isInstanceOf(OutOfStock.class);
        assertThat(dsl().fetchCount(TOPUP_ORDERS, TOPUP_ORDERS.USER_ID.eq(user.value()))).isZero();
    }

    @Test
    void aPaymentAfterThePlanSoldOutStaysInTheBalanceAndTheOrderIsFlagged() {
        ProductId plan = aPlanWithStock(1_000, OptionalInt.of(1));
        UserId late = aUserWith(0);
        CheckOutPlan.AwaitingPayment waiting = (CheckOutPlan.AwaitingPayment) checkOut(late, plan);
        assertThat(checkOut(aUserWith(1_000), plan)).isInstanceOf(CheckOutPlan.Bought.class);

        HandlePaymentNotify.NotifyHandled handled = pay(waiting.order(), Money.ofFen(1_000));

        assertThat(handled.acknowledged()).isTrue();
        assertThat(purchases(late)).isZero();
        assertThat(money(late)).isEqualTo(1_000);
        assertThat(flagged(waiting.order())).isTrue();
        assertThat(dsl().fetchValue(TOPUP_ORDERS.REVIEW_REASON, TOPUP_ORDERS.ID.eq(waiting.order().id().value())))
                .contains("out_of_stock");
        assertThat(stock(plan)).isZero();
        assertLedgersBalance();
    }

    @Test
    void fiftyRacingCheckoutsOfTheLastItemBuyItOnce() throws Exception {
        ProductId plan = aPlanWithStock(1_000, OptionalInt.of(1));
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(aUserWith(1_000));
        }

        List<Object> outcomes = Races.race(50, i -> () -> checkOut(users.get(i), plan));

        assertThat(outcomes).filteredOn(CheckOutPlan.Bought.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(OutOfStock.class::isInstance).hasSize(49);
        assertThat(stock(plan)).isZero();
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.PRODUCT_ID.eq(plan.value()))).isEqualTo(1);
        assertLedgersBalance();
    }

    @Test
    void racingPaymentsForTheLastItemBuyItOnceAndKeepEveryOtherPaymentInTheBalance() throws Exception {
        ProductId plan = aPlanWithStock(1_000, OptionalInt.of(1));
        List<CheckOutPlan.AwaitingPayment> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add((CheckOutPlan.AwaitingPayment) checkOut(aUserWith(400), plan));
        }

        List<Object> outcomes = Races.race(20, i -> () -> pay(orders.get(i).order(), Money.ofFen(600)));

        assertThat(outcomes).allSatisfy(o -> assertThat(((HandlePaymentNotify.NotifyHandled) o).acknowledged()).isTrue());
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.PRODUCT_ID.eq(plan.value()))).isEqualTo(1);
        assertThat(orders).filteredOn(o -> flagged(o.order())).hasSize(19);
        assertThat(orders).filteredOn(o -> money(o.order().userId()) == 1_000).hasSize(19);
        assertThat(stock(plan)).isZero();
        assertLedgersBalance();
    }

    private boolean flagged(TopUpOrder order) {
        return dsl().fetchValue(TOPUP_ORDERS.NEEDS_REVIEW, TOPUP_ORDERS.ID.eq(order.id().value()));
    }

    private int purchases(UserId user) {
        return dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()));
    }

    private int stock(ProductId plan) {
        return dsl().fetchValue(PRODUCTS.STOCK, PRODUCTS.ID.eq(plan.value()));
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    private void assertLedgersBalance() {
        var mismatched = dsl().select(USERS.ID).from(USERS)
                .where(USERS.MONEY.ne(DSL.select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO).cast(Long.class))
                        .from(BALANCE_LEDGER).where(BALANCE_LEDGER.USER_ID.eq(USERS.ID))))
                .fetch(USERS.ID);
        assertThat(mismatched).as("users whose balance is not the sum of their ledger").isEmpty();
    }
}
