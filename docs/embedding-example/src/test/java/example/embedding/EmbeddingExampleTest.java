package example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.application.common.CountingMeters;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.node.InMemoryNodeRegistry;
import spanel.application.node.NodeGate;
import spanel.application.node.ReportTrafficService;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.CheckCouponService;
import spanel.application.shop.InMemoryShop;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.Nodes;
import spanel.domain.node.TrafficRate;
import spanel.domain.node.TrafficReport;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

/**
 * spanel's rules run inside another service with nothing but the domain and application jars: a
 * traffic charge on a ledger this service writes itself, and the purchase rule and a coupon quote
 * on the shop's in-memory ports from the application test-jar.
 */
class EmbeddingExampleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final UserId ALICE = UserId.of(7);

    @Test
    void aNodesTrafficIsChargedAtItsRateAndARepeatedReportCountsNothing() {
        InMemoryNodeRegistry nodes = new InMemoryNodeRegistry();
        nodes.put(Nodes.aNode(1).withOwnKey("node-1-key").billedAt(TrafficRate.of(new BigDecimal("1.5"))).build());
        InMemoryTrafficLedger ledger = new InMemoryTrafficLedger(Set.of(ALICE));
        ReportTraffic reportTraffic = new ReportTrafficService(new NodeGate(nodes, "a-shared-key-for-every-node"), ledger,
                new DirectTransactionRunner(), new CountingMeters(), CLOCK);
        TrafficReport report = new TrafficReport(Nodes.aNode(1).build().id(), Optional.of("report-1"),
                List.of(new TrafficReport.Entry(ALICE, 1_000, 3_000), new TrafficReport.Entry(UserId.of(99), 5, 5)));

        AppliedReport first = reportTraffic.report(new ReportTraffic.Command(report, "node-1-key"));
        AppliedReport again = reportTraffic.report(new ReportTraffic.Command(report, "node-1-key"));

        assertThat(first.updatedCount()).as("only the users this service knows").isEqualTo(1);
        assertThat(ledger.billedTo(ALICE)).as("4,000 bytes at rate 1.5").isEqualTo(6_000);
        assertThat(again).isEqualTo(first);
        assertThat(ledger.billedTo(ALICE)).isEqualTo(6_000);
    }

    @Test
    void aCouponIsQuotedBeforeBuyingAndThePurchaseDebitsWhatWasQuoted() {
        InMemoryShop shop = new InMemoryShop();
        ProductId monthly = shop.addProduct(new ProductSpec("Monthly", Money.parse("19.99"), classTwoForThirtyDays(), true,
                OptionalInt.empty()));
        shop.addCoupon(new CouponSpec("SPRING", CouponType.PERCENT, 20, OptionalInt.empty(), OptionalInt.of(1),
                Optional.empty(), Set.of(), true));
        shop.addBuyer(new Buyer(ALICE, Money.parse("20.00"), freeAccount()));

        CheckCoupon.CouponQuote quote = new CheckCouponService(shop.ports().products(), shop.ports().coupons(),
                shop.ports().redemptions(), CLOCK).check(new CheckCoupon.Query(ALICE, "spring", monthly));
        BuyPlan.PlanBought bought = buyPlan(shop).buy(new BuyPlan.Command(ALICE, monthly, Optional.of("spring")));

        assertThat(quote.discount()).as("20% of 19.99, rounded half up to the fen").isEqualTo(Money.parse("4.00"));
        assertThat(bought.paid()).isEqualTo(quote.finalPrice()).isEqualTo(Money.parse("15.99"));
        assertThat(bought.balance()).isEqualTo(Money.parse("4.01"));
        assertThat(shop.ledger()).singleElement().satisfies(entry -> assertThat(entry.deltaFen()).isEqualTo(-1_599));
    }

    @Test
    void thePurchaseRuleStartsAnotherClassFromNowAndRefusesAShortBalance() {
        InMemoryShop shop = new InMemoryShop();
        ProductId monthly = shop.addProduct(new ProductSpec("Monthly", Money.parse("9.99"), classTwoForThirtyDays(), true,
                OptionalInt.empty()));
        shop.addBuyer(new Buyer(ALICE, Money.parse("10.00"), freeAccount()));
        BuyPlan buyPlan = buyPlan(shop);

        Entitlement after = buyPlan.buy(new BuyPlan.Command(ALICE, monthly, Optional.empty())).entitlement();

        assertThat(after.userClass()).isEqualTo(2);
        assertThat(after.classExpire()).as("free days of class 0 do not become class-2 days")
                .isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(after.transferEnable()).isEqualTo(Traffic.ofGigabytes(110));
        assertThatThrownBy(() -> buyPlan.buy(new BuyPlan.Command(ALICE, monthly, Optional.empty())))
                .isInstanceOf(InsufficientBalance.class);
        assertThat(shop.buyer(ALICE).balance()).isEqualTo(Money.parse("0.01"));
    }

    private static BuyPlan buyPlan(InMemoryShop shop) {
        return new BuyPlanService(shop.ports(), new DirectTransactionRunner(), new CountingMeters(), CLOCK, ZoneOffset.UTC);
    }

    /** 100 GB, class 2 for 30 days, the account for 30 days. */
    private static PlanContent classTwoForThirtyDays() {
        return new PlanContent(OptionalLong.of(100), OptionalInt.of(2), OptionalInt.of(30), OptionalInt.of(30), false,
                OptionalInt.empty(), OptionalInt.empty());
    }

    /** Class 0 with 20 days left of its free month, 10 GB. */
    private static Entitlement freeAccount() {
        Instant end = NOW.plus(Duration.ofDays(20));
        return new Entitlement(0, end, end, Traffic.ofGigabytes(10), 0, 0);
    }
}
