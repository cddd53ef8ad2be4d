package spanel.adapter.http.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ShopQueries;
import spanel.domain.error.NotFound;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.shop.CouponExhausted;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.InvalidCoupon;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Purchase;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.shop.PurchaseLimitReached;
import spanel.domain.traffic.Traffic;

class ShopRoutesTest extends RouteTest {

    private static final String BUY = "/app/api/v0/user/buy";
    private static final PlanContent CONTENT = new PlanContent(OptionalLong.of(100), OptionalInt.of(2), OptionalInt.of(30),
            OptionalInt.empty(), true, OptionalInt.empty(), OptionalInt.empty());
    private static final Instant EXPIRE = Instant.parse("2026-04-01T00:00:00Z");

    private static BuyPlan.PlanBought bought() {
        return new BuyPlan.PlanBought(PurchaseId.of(9), ProductId.of(3), "Monthly", Money.ofFen(1999), Money.ofFen(1000), Money.ofFen(50),
                new Entitlement(2, EXPIRE, EXPIRE.plusSeconds(60), Traffic.ofGigabytes(110), 0, 0), true);
    }

    @Test
    void theShopListsThePackagesWithTheirContentPriceAndStock() {
        useCases.listPackages = () -> List.of(new Product(ProductId.of(3), aPlan().pricedAt(1999).granting(CONTENT).withStock(5).build()));

        TestHttp.Reply reply = http().get("/app/api/v0/user/shop", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("count").asInt()).isEqualTo(1);
        var item = data.get("packages").get(0);
        assertThat(item.get("price").asText()).isEqualTo("19.99");
        assertThat(item.get("stock").asInt()).isEqualTo(5);
        assertThat(item.get("content").get("traffic").asLong()).isEqualTo(100);
        assertThat(item.get("content").get("class_expire").asInt()).isEqualTo(30);
        assertThat(item.get("content").has("expire_in")).isFalse();
    }

    @Test
    void buyingAnswersWhatWasPaidAndTheNewState() {
        AtomicReference<BuyPlan.Command> seen = new AtomicReference<>();
        useCases.buyPlan = command -> {
            seen.set(command);
            return bought();
        };

        TestHttp.Reply reply = http().post(BUY, "{\"shop_id\":3,\"coupon\":\" half \"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("shop_id").asLong()).isEqualTo(3);
        assertThat(data.get("shop_name").asText()).isEqualTo("Monthly");
        assertThat(data.get("price").asText()).isEqualTo("19.99");
        assertThat(data.get("paid").asText()).isEqualTo("10.00");
        assertThat(data.get("new_balance").asText()).isEqualTo("0.50");
        assertThat(data.get("new_class").asInt()).isEqualTo(2);
        assertThat(data.get("new_class_expire").asLong()).isEqualTo(EXPIRE.getEpochSecond());
        assertThat(data.get("new_expire_in").asLong()).isEqualTo(EXPIRE.getEpochSecond() + 60);
        assertThat(data.get("new_transfer_enable").asLong()).isEqualTo(110L << 30);
        assertThat(data.get("traffic_reset").asBoolean()).isTrue();
        assertThat(seen.get().buyer().value()).isEqualTo(7);
        assertThat(seen.get().couponCode()).contains("HALF");
    }

    @Test
    void anEmptyOrNullCouponIsNoCoupon() {
        AtomicReference<BuyPlan.Command> seen = new AtomicReference<>();
        useCases.buyPlan = command -> {
            seen.set(command);
            return bought();
        };

        assertThat(http().post(BUY, "{\"shop_id\":3,\"coupon\":\"\"}", bearer(USER_TOKEN)).status()).isEqualTo(200);
        assertThat(seen.get().couponCode()).isEmpty();
        assertThat(http().post(BUY, "{\"shop_id\":3,\"coupon\":null}", bearer(USER_TOKEN)).status()).isEqualTo(200);
        assertThat(seen.get().couponCode()).isEmpty();
    }

    @Test
    void malformedPurchasesAre400NamingTheFieldAndReachNoUseCase() {
        assertInvalidField(http().post(BUY, "{}", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().post(BUY, "{\"shop_id\":\"3\"}", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().post(BUY, "{\"shop_id\":0}", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().post(BUY, "{\"shop_id\":1.5}", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().post(BUY, "{\"shop_id\":3,\"coupon\":7}", bearer(USER_TOKEN)), "coupon");
        assertInvalidField(http().post(BUY, "{\"shop_id\":3,\"coupon\":\"" + "X".repeat(65) + "\"}", bearer(USER_TOKEN)),
                "coupon");
        assertInvalidField(http().post(BUY, "not json", bearer(USER_TOKEN)), "body");
    }

    @Test
    void withoutAWorkingTokenEveryShopRouteIs401() {
        assertRefused(http().post(BUY, "{\"shop_id\":3}"), 401, "unauthorized");
        assertRefused(http().post(BUY, "{\"shop_id\":3}", bearer("wrong")), 401, "unauthorized");
        assertRefused(http().get("/app/api/v0/user/shop"), 401, "unauthorized");
        assertRefused(http().get("/app/api/v0/user/bought"), 401, "unauthorized");
        assertRefused(http().get("/app/api/v0/user/coupon?code=A&shop_id=1"), 401, "unauthorized");
    }

    @Test
    void eachRefusalOfAPurchaseHasItsStatusAndCode() {
        assertRefusedWith(new NotFound("no product 3 is on sale"), 404, "not_found");
        assertRefusedWith(new InsufficientBalance("the balance is below the price"), 409, "insufficient_balance");
        assertRefusedWith(new OutOfStock("Monthly"), 409, "out_of_stock");
        assertRefusedWith(new PurchaseLimitReached("Trial", 1), 409, "purchase_limit_reached");
        assertRefusedWith(new CouponExhausted("coupon: HALF has been used up (10 uses)"), 409, "coupon_exhausted");
        assertRefusedWith(new InvalidCoupon("coupon: no coupon has the code HALF"), 400, "invalid_coupon");
    }

    private void assertRefusedWith(RuntimeException refusal, int status, String code) {
        useCases.buyPlan = command -> {
            throw refusal;
        };
        TestHttp.Reply reply = http().post(BUY, "{\"shop_id\":3,\"coupon\":\"HALF\"}", bearer(USER_TOKEN));
        assertRefused(reply, status, code);
        assertThat(reply.json().get("msg").asText()).isEqualTo(refusal.getMessage());
    }

    @Test
    void theHistoryIsPagedByPageAndSizeAndShowsWhatWasBought() {
        AtomicReference<ShopQueries.PurchasesQuery> seen = new AtomicReference<>();
        useCases.listPurchases = query -> {
            seen.set(query);
            return new Page<>(List.of(new PastPurchase(PurchaseId.of(9), new Purchase(ProductId.of(3), "Monthly",
                    Money.ofFen(1999), Money.ofFen(1000), Optional.of("HALF"), CONTENT), Instant.parse("2026-03-01T12:00:00Z"))), 41, query.page());
        };

        TestHttp.Reply reply = http().get("/app/api/v0/user/bought?size=5&page=2", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("total").asLong()).isEqualTo(41);
        assertThat(data.get("size").asInt()).isEqualTo(5);
        assertThat(data.get("page").asInt()).isEqualTo(2);
        var item = data.get("items").get(0);
        assertThat(item.get("shop_name").asText()).isEqualTo("Monthly");
        assertThat(item.get("paid").asText()).isEqualTo("10.00");
        assertThat(item.get("coupon").asText()).isEqualTo("HALF");
        assertThat(item.get("content").get("class").asInt()).isEqualTo(2);
        assertThat(item.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(seen.get().page().size()).isEqualTo(5);
        assertThat(seen.get().page().page()).isEqualTo(2);

        assertThat(http().get("/app/api/v0/user/bought", bearer(USER_TOKEN)).status()).isEqualTo(200);
        assertThat(seen.get().page().size()).isEqualTo(20);
        assertInvalidField(http().get("/app/api/v0/user/bought?size=101", bearer(USER_TOKEN)), "size");
        assertInvalidField(http().get("/app/api/v0/user/bought?limit=101", bearer(USER_TOKEN)), "limit");
        assertInvalidField(http().get("/app/api/v0/user/bought?limit=0", bearer(USER_TOKEN)), "limit");
        assertInvalidField(http().get("/app/api/v0/user/bought?page=0", bearer(USER_TOKEN)), "page");
        assertInvalidField(http().get("/app/api/v0/user/bought?size=5&limit=5", bearer(USER_TOKEN)), "limit");
    }

    @Test
    void theFirstContractsLimitStillSetsThePageSize() {
        useCases.listPurchases = query -> new Page<>(List.of(), 0, query.page());

        var data = http().get("/app/api/v0/user/bought?limit=7", bearer(USER_TOKEN)).json().get("data");

        assertThat(data.get("size").asInt()).isEqualTo(7);
        assertThat(data.has("limit")).isFalse();
    }

    @Test
    void aCouponQuoteAnswersThePriceAfterTheDiscountOrWhyNot() {
        AtomicReference<CheckCoupon.Query> seen = new AtomicReference<>();
        useCases.checkCoupon = query -> {
            seen.set(query);
            return new CheckCoupon.CouponQuote("HALF", ProductId.of(3), Money.ofFen(1999), Money.ofFen(1000), Money.ofFen(999));
        };

        TestHttp.Reply reply = http().get("/app/api/v0/user/coupon?code=half&shop_id=3", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("final_price").asText()).isEqualTo("9.99");
        assertThat(reply.json().get("data").get("discount").asText()).isEqualTo("10.00");
        assertThat(seen.get().code()).isEqualTo("HALF");
        assertInvalidField(http().get("/app/api/v0/user/coupon?shop_id=3", bearer(USER_TOKEN)), "code");
        assertInvalidField(http().get("/app/api/v0/user/coupon?code=HALF", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().get("/app/api/v0/user/coupon?code=HALF&shop_id=x", bearer(USER_TOKEN)), "shop_id");

        useCases.checkCoupon = query -> {
            throw new CouponExhausted("coupon: HALF may be used 1 time(s) per user, and you have used it 1 time(s)");
        };
        assertRefused(http().get("/app/api/v0/user/coupon?code=HALF&shop_id=3", bearer(USER_TOKEN)), 409, "coupon_exhausted");
        useCases.checkCoupon = query -> {
            throw new InvalidCoupon("coupon: HALF expired at 2026-01-01T00:00:00Z");
        };
        assertRefused(http().get("/app/api/v0/user/coupon?code=HALF&shop_id=3", bearer(USER_TOKEN)), 400, "invalid_coupon");
    }
}
