package spanel.adapter.persistence.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.COUPONS;
import static spanel.adapter.persistence.generated.Tables.COUPON_REDEMPTIONS;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;
import static spanel.domain.shop.Plans.aPlan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.CountingMeters;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.out.Buyers;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.page.PageRequest;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.plan.ResetDay;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.shop.PurchaseLimitReached;
import spanel.domain.user.UserId;

/**
 * The purchase on the real databases: all of its writes land together or none does, and the
 * guarded writes hold under concurrency (double-submit, a coupon raced by many users).
 */
class BuyPlanOnDatabaseTest extends PersistenceContractTest {

    private static final PlanContent MONTHLY = new PlanContent(OptionalLong.of(100), OptionalInt.of(2), OptionalInt.of(30),
            OptionalInt.of(30), true, OptionalInt.of(50), OptionalInt.of(3));

    private BuyPlanService service(Balances balances, Buyers buyers) {
        return new BuyPlanService(new BuyPlanService.Ports(new JooqProducts(dsl()), new JooqCoupons(dsl()),
                new JooqCouponRedemptions(dsl()), buyers, balances, new JooqPurchases(dsl())), transactions(), new CountingMeters(),
                Clock.systemUTC(), ZoneOffset.UTC);
    }

    private BuyPlanService service() {
        return service(new JooqBalances(dsl()), new JooqBuyers(dsl()));
    }

    /** A user whose balance came in through the ledger, so balance = Σ ledger from the start. */
    private UserId aUserWith(long fen) {
        UserId user = new JooqUserAccounts(dsl()).add(named(uniqueEmail("buyer")));
        if (fen > 0) {
            Balances balances = new JooqBalances(dsl());
            transactions().inTransaction(() -> balances.book(new LedgerEntry(user, fen,
                    balances.adjust(user, fen).orElseThrow(), LedgerEntry.ADMIN, "seed-" + UUID.randomUUID(), "seed")));
        }
        return user;
    }

    private ProductId product(long priceFen, OptionalInt stock) {
        return new JooqProducts(dsl()).add(aPlan().named("Monthly " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(priceFen).granting(MONTHLY).withStock(stock).build());
    }

    private String coupon(CouponType type, long value, OptionalInt total, OptionalInt perUser) {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        new JooqCoupons(dsl()).add(new CouponSpec(code, type, value, total, perUser, Optional.empty(), Set.of(), true));
        return code;
    }

    private BuyPlan.PlanBought buy(UserId user, ProductId product, String coupon) {
        return service().buy(new BuyPlan.Command(user, product, Optional.ofNullable(coupon)));
    }

    @Test
    void aPurchaseDebitsGrantsAndRecordsTheSnapshotAndOneLedgerRow() {
        UserId user = aUserWith(5_000);
        ProductId product = product(1_999, OptionalInt.of(10));
        String code = coupon(CouponType.AMOUNT, 999, OptionalInt.of(5), OptionalInt.empty());

        BuyPlan.PlanBought bought = buy(user, product, code.toLowerCase());

        assertThat(bought.paid()).isEqualTo(Money.ofFen(1_000));
        assertThat(bought.balance()).isEqualTo(Money.ofFen(4_000));
        assertThat(money(user)).isEqualTo(4_000);
        assertThat(ledgerSum(user)).isEqualTo(4_000);
        var row = dsl().selectFrom(USERS).where(USERS.ID.eq(user.value())).fetchOne();
        assertThat(row.getClass_()).isEqualTo(2);
        assertThat(row.getTransferEnable()).isEqualTo(bought.entitlement().transferEnable().bytes());
        assertThat(row.getClassExpire().toInstant()).isEqualTo(bought.entitlement().classExpire());
        assertThat(row.getNodeSpeedlimit()).isEqualTo(50);
        assertThat(row.getU()).isZero();
        assertThat(stock(product)).isEqualTo(9);
        assertThat(dsl().fetchValue(COUPONS.USED_COUNT, COUPONS.CODE.eq(code))).isEqualTo(1);
        assertThat(dsl().fetchCount(COUPON_REDEMPTIONS, COUPON_REDEMPTIONS.PURCHASE_ID.eq(bought.purchaseId().value()))).isEqualTo(1);
        assertThat(dsl().fetchValue(BALANCE_LEDGER.SOURCE_ID, BALANCE_LEDGER.SOURCE_TYPE.eq("purchase")
                .and(BALANCE_LEDGER.USER_ID.eq(user.value())))).isEqualTo(bought.purchaseId().toString());
    }

    @Test
    void editingTheProductAfterwardsRewritesNeitherTheHistoryNorTheAccount() {
        UserId user = aUserWith(5_000);
        ProductId product = product(1_000, OptionalInt.empty());
        BuyPlan.PlanBought bought = buy(user, product, null);
        long quota = dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value()));

        new JooqProducts(dsl()).replace(product, aPlan().named("Renamed").pricedAt(1).build());

        var history = new JooqPurchases(dsl()).of(user, new PageRequest(1, 20));
        assertThat(history.items()).singleElement().satisfies(p -> {
            assertThat(p.purchase().productName()).isEqualTo(bought.productName());
            assertThat(p.purchase().price()).isEqualTo(Money.ofFen(1_000));
            assertThat(p.purchase().content()).isEqualTo(MONTHLY);
        });
        assertThat(dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value()))).isEqualTo(quota);
    }

    @Test
    void aFailureAfterTheDebitTakesEveryWriteBack() {
        for (String where : List.of("right after the debit", "at the ledger, the last write")) {
            UserId user = aUserWith(5_000);
            ProductId product = product(1_000, OptionalInt.of(3));
            String code = coupon(CouponType.PERCENT, 10, OptionalInt.of(5), OptionalInt.of(1));
            Balances realBalances = new JooqBalances(dsl());
            Buyers realBuyers = new JooqBuyers(dsl());
            boolean early = where.startsWith("right");
            Balances balances = new Balances() {
                @Override
                public Optional<Money> adjust(UserId u, long delta) {
                    return realBalances.adjust(u, delta);
                }

                @Override
                public void book(LedgerEntry entry) {
                    throw new IllegalStateException("injected " + where);
                }
            };
            Buyers buyers = new Buyers() {
                @Override
                public Optional<Buyer> lock(UserId u) {
                    return realBuyers.lock(u);
                }

                @Override
                public Optional<Buyer> debit(UserId u, long fen) {
                    Optional<Buyer> debited = realBuyers.debit(u, fen);
                    if (early) {
                        throw new IllegalStateException("injected " + where);
                    }
                    return debited;
                }

                @Override
                public void grant(UserId u, Entitlement after, boolean reset) {
                    realBuyers.grant(u, after, reset);
                }

                @Override
                public void scheduleResets(UserId u, ResetDay day, Instant since) {
                    realBuyers.scheduleResets(u, day, since);
                }

                @Override
                public void moveToNodeGroup(UserId u, int nodeGroup) {
                    realBuyers.moveToNodeGroup(u, nodeGroup);
                }
            };

            assertThatThrownBy(() -> service(balances, buyers).buy(new BuyPlan.Command(user, product, Optional.of(code))))
                    .hasMessage("injected " + where);

            assertThat(money(user)).as(where).isEqualTo(5_000);
            assertThat(ledgerSum(user)).as(where).isEqualTo(5_000);
            assertThat(stock(product)).as(where).isEqualTo(3);
            assertThat(dsl().fetchValue(COUPONS.USED_COUNT, COUPONS.CODE.eq(code))).as(where).isZero();
            assertThat(dsl().fetchCount(COUPON_REDEMPTIONS, COUPON_REDEMPTIONS.USER_ID.eq(user.value()))).as(where).isZero();
            assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()))).as(where).isZero();
            assertThat(dsl().fetchValue(USERS.CLASS, USERS.ID.eq(user.value()))).as(where).isZero();
        }
    }

    @Test
    void aFreePurchaseMovesNoMoneyWritesNoLedgerRowAndIsRecorded() {
        UserId user = aUserWith(0);
        ProductId product = product(1_000, OptionalInt.empty());
        String code = coupon(CouponType.PERCENT, 100, OptionalInt.empty(), OptionalInt.empty());

        BuyPlan.PlanBought bought = buy(user, product, code);

        assertThat(bought.paid()).isEqualTo(Money.ZERO);
        assertThat(money(user)).isZero();
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.eq(user.value()))).isZero();
        assertThat(dsl().fetchValue(PURCHASES.PAID, PURCHASES.ID.eq(bought.purchaseId().value()))).isZero();
    }

    @Test
    void twentyConcurrentBuysWithBalanceForThreeSucceedExactlyThreeTimes() throws Exception {
        UserId user = aUserWith(3 * 700);
        ProductId product = product(700, OptionalInt.empty());

        List<Object> outcomes = race(20, i -> () -> buy(user, product, null));

        assertThat(outcomes).filteredOn(BuyPlan.PlanBought.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal r && r.code().equals("insufficient_balance")).hasSize(17);
        assertThat(money(user)).isZero();
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()))).isEqualTo(3);
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.eq(user.value())
                .and(BALANCE_LEDGER.SOURCE_TYPE.eq("purchase")))).isEqualTo(3);
        assertThat(ledgerSum(user)).isZero();
    }

    @Test
    void aHundredConcurrentUsesOfACouponByFiftyUsersRespectBothLimits() throws Exception {
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(aUserWith(10_000));
        }
        ProductId product = product(1_000, OptionalInt.empty());
        String code = coupon(CouponType.PERCENT, 50, OptionalInt.of(10), OptionalInt.of(1));

        List<Object> outcomes = race(100, i -> () -> buy(users.get(i % 50), product, code));

        assertThat(outcomes).filteredOn(BuyPlan.PlanBought.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !(o instanceof BuyPlan.PlanBought))
                .allMatch(o -> o instanceof Refusal r && r.code().equals("coupon_exhausted"), "refused as exhausted");
        long couponId = dsl().fetchValue(COUPONS.ID, COUPONS.CODE.eq(code));
        assertThat(dsl().fetchCount(COUPON_REDEMPTIONS, COUPON_REDEMPTIONS.COUPON_ID.eq(couponId))).isEqualTo(10);
        assertThat(dsl().fetchValue(COUPONS.USED_COUNT, COUPONS.ID.eq(couponId))).isEqualTo(10);
        Map<Long, Integer> perUser = dsl().select(COUPON_REDEMPTIONS.USER_ID, DSL.count()).from(COUPON_REDEMPTIONS)
                .where(COUPON_REDEMPTIONS.COUPON_ID.eq(couponId)).groupBy(COUPON_REDEMPTIONS.USER_ID)
                .fetchMap(COUPON_REDEMPTIONS.USER_ID, DSL.count());
        assertThat(perUser.values()).allMatch(n -> n == 1);
        for (UserId user : users) {
            assertThat(money(user)).as("user " + user).isEqualTo(ledgerSum(user));
        }
    }

    @Test
    void oneUserRacingAOncePerUserCouponGetsItOnce() throws Exception {
        UserId user = aUserWith(0);
        ProductId product = product(1_000, OptionalInt.empty());
        String code = coupon(CouponType.PERCENT, 100, OptionalInt.empty(), OptionalInt.of(1));

        List<Object> outcomes = race(10, i -> () -> buy(user, product, code));

        assertThat(outcomes).filteredOn(BuyPlan.PlanBought.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal r && r.code().equals("coupon_exhausted")).hasSize(9);
        assertThat(dsl().fetchCount(COUPON_REDEMPTIONS, COUPON_REDEMPTIONS.USER_ID.eq(user.value()))).isEqualTo(1);
    }

    @Test
    void concurrentFreePurchasesByOneUserAllAddUpTheLockOnTheirRowQueuesThem() throws Exception {
        UserId user = aUserWith(0);
        long quota = dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value()));
        ProductId product = product(1_000, OptionalInt.empty());
        String code = coupon(CouponType.PERCENT, 100, OptionalInt.empty(), OptionalInt.empty());

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object> outcomes = race(10, i -> () -> buy(user, product, code));
        Instant after = Instant.now();

        assertThat(outcomes).allMatch(BuyPlan.PlanBought.class::isInstance);
        assertThat(dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value()))).isEqualTo(quota + 10 * (100L << 30));
        Instant classExpire = dsl().fetchValue(USERS.CLASS_EXPIRE, USERS.ID.eq(user.value())).toInstant();
        // Ten 30-day plans from the first purchase, made between before and after (stored to the second).
        assertThat(classExpire).isBetween(before.plus(Duration.ofDays(300)), after.plus(Duration.ofDays(300)));
    }

    @Test
    void aFreeTrialLimitedToOnePerUserIsBoughtOnceHoweverManyRequestsRace() throws Exception {
        UserId user = aUserWith(0);
        UserId other = aUserWith(0);
        PlanContent trial = new PlanContent(OptionalLong.of(5), OptionalInt.of(1), OptionalInt.of(3), OptionalInt.empty(),
                false, OptionalInt.empty(), OptionalInt.empty(), Optional.of(MonthlyReset.PURCHASE_DAY), OptionalInt.of(1));
        ProductId product = new JooqProducts(dsl()).add(aPlan().named("Trial " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(0).granting(trial).build());

        List<Object> outcomes = race(10, i -> () -> buy(user, product, null));

        assertThat(outcomes).filteredOn(BuyPlan.PlanBought.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof BuyPlan.PlanBought)).hasSize(9)
                .allSatisfy(o -> assertThat(o).isInstanceOf(PurchaseLimitReached.class));
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()))).isEqualTo(1);
        assertThat(dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user.value())))
                .isEqualTo(dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(other.value())) + (5L << 30));
        assertThat(buy(other, product, null)).as("the limit is per user").isNotNull();
        // The plan's monthly reset is set from the day it was bought.
        assertThat(dsl().fetchValue(USERS.RESET_DAY, USERS.ID.eq(user.value())))
                .isEqualTo(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).getDayOfMonth());
    }

    @Test
    void aPaidPurchaseOverTheLimitIsRefusedAndDebitsNothing() {
        UserId user = aUserWith(5_000);
        PlanContent once = new PlanContent(OptionalLong.of(5), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                false, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.of(2));
        ProductId product = new JooqProducts(dsl()).add(aPlan().named("Twice " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(1_000).granting(once).build());
        buy(user, product, null);
        buy(user, product, null);

        assertThatThrownBy(() -> buy(user, product, null)).isInstanceOf(PurchaseLimitReached.class)
                .hasFieldOrPropertyWithValue("code", "purchase_limit_reached");

        assertThat(money(user)).isEqualTo(3_000);
        assertThat(ledgerSum(user)).isEqualTo(3_000);
    }

    @Test
    void limitedStockIsNeverOversold() throws Exception {
        ProductId product = product(100, OptionalInt.of(2));
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(aUserWith(1_000));
        }

        List<Object> outcomes = race(6, i -> () -> buy(users.get(i), product, null));

        assertThat(outcomes).filteredOn(BuyPlan.PlanBought.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof Refusal r && r.code().equals("out_of_stock")).hasSize(4);
        assertThat(stock(product)).isZero();
        assertThat(users.stream().mapToLong(this::money).sum()).isEqualTo(6 * 1_000 - 2 * 100);
    }

    @Test
    void theHistoryIsNewestFirstAndPaged() {
        UserId user = aUserWith(10_000);
        ProductId product = product(100, OptionalInt.empty());
        List<PurchaseId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(buy(user, product, null).purchaseId());
        }

        var first = new JooqPurchases(dsl()).of(user, new PageRequest(1, 2));
        var second = new JooqPurchases(dsl()).of(user, new PageRequest(2, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(p -> p.id()).containsExactly(ids.get(2), ids.get(1));
        assertThat(second.items()).extracting(p -> p.id()).containsExactly(ids.get(0));
        assertThat(new JooqPurchases(dsl()).of(aUserWith(0), new PageRequest(1, 2)).items()).isEmpty();
    }

    private static List<Object> race(int n, java.util.function.IntFunction<Callable<Object>> attempt) throws Exception {
        return Races.race(n, attempt);
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    private int stock(ProductId product) {
        return dsl().fetchValue(PRODUCTS.STOCK, PRODUCTS.ID.eq(product.value()));
    }

    private long ledgerSum(UserId user) {
        return dsl().select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO))
                .from(BALANCE_LEDGER).where(BALANCE_LEDGER.USER_ID.eq(user.value())).fetchOne(0, Long.class);
    }
}
