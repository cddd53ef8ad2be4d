package spanel.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.shop.Plans.aPlan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.plan.ResetDay;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.CouponExhausted;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.InvalidCoupon;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseLimitReached;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

class BuyPlanServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserId ALICE = new UserId(7);
    private static final PlanContent MONTHLY = new PlanContent(OptionalLong.of(100), OptionalInt.of(2), OptionalInt.of(30),
            OptionalInt.of(30), true, OptionalInt.empty(), OptionalInt.of(3));

    private final ShopFakes shop = new ShopFakes();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CountingMeters meters = new CountingMeters();
    private final BuyPlanService service = new BuyPlanService(new BuyPlanService.Ports(shop.products, shop.coupons,
            shop.redemptions, shop.buyers, shop.balances, shop.purchases), transactions, meters, clock, ZoneOffset.UTC);

    private void aliceHas(long fen) {
        shop.buyerRows.put(ALICE, new Buyer(ALICE, Money.ofFen(fen),
                new Entitlement(0, NOW.minusSeconds(60), NOW.plusSeconds(86_400), Traffic.ofGigabytes(10), 0, 0)));
    }

    private ProductId product(long priceFen, OptionalInt stock) {
        return shop.products.add(aPlan().pricedAt(priceFen).granting(MONTHLY).withStock(stock).build());
    }

    private CouponId coupon(CouponType type, long value, OptionalInt total, OptionalInt perUser) {
        return shop.coupons.add(new CouponSpec("SAVE", type, value, total, perUser, Optional.empty(), Set.of(), true));
    }

    private BuyPlan.PlanBought buy(ProductId productId, String coupon) {
        return service.buy(new BuyPlan.Command(ALICE, productId, Optional.ofNullable(coupon)));
    }

    @Test
    void aPurchaseDebitsGrantsRecordsAndBooksInOneTransaction() {
        aliceHas(5_000);
        ProductId id = product(1_999, OptionalInt.empty());

        BuyPlan.PlanBought bought = buy(id, null);

        assertThat(transactions.opened()).isEqualTo(1);
        assertThat(bought.paid()).isEqualTo(Money.ofFen(1_999));
        assertThat(bought.balance()).isEqualTo(Money.ofFen(3_001));
        assertThat(bought.entitlement()).isEqualTo(new Entitlement(2, NOW.plusSeconds(30 * 86_400),
                NOW.plusSeconds(31 * 86_400), Traffic.ofGigabytes(110), 0, 3));
        assertThat(bought.trafficReset()).isTrue();
        assertThat(shop.trafficReset).containsExactly(ALICE);
        assertThat(shop.purchaseRows).singleElement().satisfies(p -> {
            assertThat(p.productName()).isEqualTo("Monthly");
            assertThat(p.couponCode()).isEmpty();
        });
        assertThat(shop.ledger).singleElement().isEqualTo(new LedgerEntry(ALICE, -1_999, Money.ofFen(3_001),
                LedgerEntry.PURCHASE, "1", "purchase: Monthly"));
    }

    @Test
    void aPackageWithANodeGroupMovesTheBuyerIntoItAndOneWithoutLeavesTheGroup() {
        aliceHas(5_000);
        ProductId plain = product(1_000, OptionalInt.empty());
        ProductId grouped = shop.products.add(aPlan().pricedAt(1_000).granting(new PlanContent(OptionalLong.of(100),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(30), true, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.of(2))).build());

        buy(plain, null);
        assertThat(shop.nodeGroups).isEmpty();
        buy(grouped, null);
        assertThat(shop.nodeGroups).containsExactly(java.util.Map.entry(ALICE, 2));
    }

    @Test
    void aPurchaseIsMeteredWithWhatWasPaidAndARefusedOneIsNot() {
        aliceHas(3_000);
        ProductId id = product(1_999, OptionalInt.empty());

        buy(id, null);
        assertThatThrownBy(() -> buy(id, null)).isInstanceOf(InsufficientBalance.class);

        assertThat(meters.count("purchases")).isEqualTo(1);
        assertThat(meters.count("paid fen")).isEqualTo(1_999);
    }

    @Test
    void tooLittleBalanceIsRefusedBeforeAnythingElse() {
        aliceHas(1_998);
        ProductId id = product(1_999, OptionalInt.of(5));

        assertThatThrownBy(() -> buy(id, null)).isInstanceOf(InsufficientBalance.class);

        assertThat(shop.buyerRows.get(ALICE).balance()).isEqualTo(Money.ofFen(1_998));
        assertThat(shop.productRows.get(id).stock()).hasValue(5);
        assertThat(shop.purchaseRows).isEmpty();
    }

    @Test
    void aSoldOutProductIsRefused() {
        aliceHas(5_000);
        ProductId id = product(100, OptionalInt.of(1));
        buy(id, null);

        assertThatThrownBy(() -> buy(id, null)).isInstanceOf(OutOfStock.class);
        assertThat(shop.productRows.get(id).stock()).hasValue(0);
    }

    @Test
    void aDisabledOrUnknownProductIsNotFound() {
        aliceHas(5_000);
        ProductId id = shop.products.add(aPlan().named("Old").granting(MONTHLY).offSale().build());

        assertThatThrownBy(() -> buy(id, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> buy(ProductId.of(999), null)).isInstanceOf(NotFound.class);
    }

    @Test
    void aFullyDiscountedPurchaseMovesNoMoneyAndBooksNoLedgerRowButIsRecorded() {
        aliceHas(0);
        ProductId id = product(1_999, OptionalInt.empty());
        CouponId couponId = coupon(CouponType.AMOUNT, 10_000, OptionalInt.empty(), OptionalInt.empty());

        BuyPlan.PlanBought bought = buy(id, " save ");

        assertThat(bought.paid()).isEqualTo(Money.ZERO);
        assertThat(bought.balance()).isEqualTo(Money.ZERO);
        assertThat(shop.ledger).isEmpty();
        assertThat(shop.purchaseRows).singleElement().satisfies(p -> assertThat(p.couponCode()).contains("SAVE"));
        assertThat(shop.coupon(couponId).usedCount()).isEqualTo(1);
        assertThat(shop.redemptionRows).hasSize(1);
    }

    @Test
    void aPercentCouponDiscountsAndCountsOneUse() {
        aliceHas(5_000);
        ProductId id = product(1_000, OptionalInt.empty());
        coupon(CouponType.PERCENT, 25, OptionalInt.of(10), OptionalInt.empty());

        assertThat(buy(id, "SAVE").paid()).isEqualTo(Money.ofFen(750));
        assertThat(shop.ledger).singleElement().satisfies(e -> assertThat(e.deltaFen()).isEqualTo(-750));
    }

    @Test
    void anUnknownCouponIsInvalidAndASpentOneExhausted() {
        aliceHas(5_000);
        ProductId id = product(1_000, OptionalInt.empty());
        coupon(CouponType.PERCENT, 25, OptionalInt.of(1), OptionalInt.of(1));

        assertThatThrownBy(() -> buy(id, "NOPE")).isInstanceOf(InvalidCoupon.class).hasMessageContaining("NOPE");
        buy(id, "SAVE");
        assertThatThrownBy(() -> buy(id, "SAVE")).isInstanceOf(CouponExhausted.class);
        assertThat(shop.purchaseRows).hasSize(1);
    }

    @Test
    void thePerUserLimitCountsThisUsersEarlierUses() {
        aliceHas(5_000);
        ProductId id = product(1_000, OptionalInt.empty());
        coupon(CouponType.PERCENT, 25, OptionalInt.empty(), OptionalInt.of(1));
        buy(id, "SAVE");
        var check = new CheckCouponService(shop.products, shop.coupons, shop.redemptions, clock);

        assertThatThrownBy(() -> check.check(new CheckCoupon.Query(ALICE, "save", id)))
                .isInstanceOf(CouponExhausted.class).hasMessageContaining("per user");
        assertThat(check.check(new CheckCoupon.Query(new UserId(8), "save", id)).finalPrice()).isEqualTo(Money.ofFen(750));
    }

    @Test
    void aCouponQuoteShowsTheClampedDiscountAndChangesNothing() {
        ProductId id = product(1_000, OptionalInt.empty());
        CouponId couponId = coupon(CouponType.AMOUNT, 5_000, OptionalInt.of(3), OptionalInt.empty());

        var quote = new CheckCouponService(shop.products, shop.coupons, shop.redemptions, clock)
                .check(new CheckCoupon.Query(ALICE, "Save", id));

        assertThat(quote.discount()).isEqualTo(Money.ofFen(1_000));
        assertThat(quote.finalPrice()).isEqualTo(Money.ZERO);
        assertThat(shop.coupon(couponId).usedCount()).isZero();
    }

    private ProductId plan(int userClass, Optional<MonthlyReset> reset, OptionalInt limit) {
        return shop.products.add(aPlan().named("Plan " + userClass).granting(new PlanContent(OptionalLong.of(10),
                OptionalInt.of(userClass), OptionalInt.of(30), OptionalInt.of(30), false, OptionalInt.empty(),
                OptionalInt.empty(), reset, limit)).build());
    }

    @Test
    void aProductWithAPurchaseLimitIsRefusedOnceTheBuyerReachedIt() {
        aliceHas(5_000);
        ProductId trial = plan(1, Optional.empty(), OptionalInt.of(1));

        buy(trial, null);

        assertThatThrownBy(() -> buy(trial, null)).isInstanceOf(PurchaseLimitReached.class)
                .hasMessageContaining("1 time per user");
        assertThat(shop.purchaseRows).hasSize(1);
    }

    @Test
    void aPlanWithAMonthlyResetSetsTheResetDayAndARenewalOfTheSameClassKeepsIt() {
        aliceHas(5_000);
        ProductId monthly = plan(2, Optional.of(MonthlyReset.PURCHASE_DAY), OptionalInt.empty());
        ProductId firstDay = plan(3, Optional.of(MonthlyReset.FIRST_DAY), OptionalInt.empty());

        buy(monthly, null);
        assertThat(shop.buyerRows.get(ALICE).resetDay()).contains(new ResetDay(1)); // NOW is March 1

        BuyPlanService tomorrow = new BuyPlanService(new BuyPlanService.Ports(shop.products, shop.coupons,
                shop.redemptions, shop.buyers, shop.balances, shop.purchases), transactions, meters,
                Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC), ZoneOffset.UTC);
        tomorrow.buy(new BuyPlan.Command(ALICE, monthly, Optional.empty()));
        assertThat(shop.buyerRows.get(ALICE).resetDay()).as("a renewal keeps the cycle").contains(new ResetDay(1));

        BuyPlanService later = new BuyPlanService(new BuyPlanService.Ports(shop.products, shop.coupons,
                shop.redemptions, shop.buyers, shop.balances, shop.purchases), transactions, meters,
                Clock.fixed(Instant.parse("2026-03-17T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
        ProductId monthlyAgain = plan(4, Optional.of(MonthlyReset.PURCHASE_DAY), OptionalInt.empty());
        later.buy(new BuyPlan.Command(ALICE, monthlyAgain, Optional.empty()));
        assertThat(shop.buyerRows.get(ALICE).resetDay()).as("another class starts a new cycle").contains(new ResetDay(17));
        assertThat(shop.buyerRows.get(ALICE).entitlement().classExpire())
                .isEqualTo(Instant.parse("2026-04-16T12:00:00Z"));

        later.buy(new BuyPlan.Command(ALICE, firstDay, Optional.empty()));
        assertThat(shop.buyerRows.get(ALICE).resetDay()).contains(ResetDay.FIRST);
    }
}
