package spanel.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.domain.shop.Plans.aPlan;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.AdminQueries;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.in.CreateProduct;
import spanel.application.shop.port.in.UpdateProduct;
import spanel.domain.error.NotFound;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.shop.CouponCodeTaken;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;

class AdminRoutesTest extends RouteTest {

    private static final String ADMIN = "/app/api/v0/admin";

    @Test
    void withoutATokenEveryAdminRouteIs401() {
        assertRefused(http().get(ADMIN + "/users"), 401, "unauthorized");
        assertRefused(http().post(ADMIN + "/products", "{}"), 401, "unauthorized");
        assertRefused(http().get(ADMIN + "/orders", bearer("expired")), 401, "unauthorized");
    }

    @Test
    void aNormalUsersTokenIs403OnEveryAdminRoute() {
        assertRefused(http().get(ADMIN + "/users", bearer(USER_TOKEN)), 403, "forbidden");
        assertRefused(http().post(ADMIN + "/users/7/balance", "{\"amount\":\"5\",\"reason\":\"x\"}", bearer(USER_TOKEN)),
                403, "forbidden");
        assertRefused(http().delete(ADMIN + "/coupons/1", bearer(USER_TOKEN)), 403, "forbidden");
        assertThat(useCases.unexpectedCalls()).as("use cases reached").isEmpty();
    }

    @Test
    void usersArePagedAndSearchedOnTheServer() {
        AtomicReference<AdminQueries.UsersQuery> seen = new AtomicReference<>();
        useCases.listUsers = query -> {
            seen.set(query);
            return new Page<>(List.of(anAccount(3, "bob@example.com")), 41, query.page());
        };

        TestHttp.Reply reply = http().get(ADMIN + "/users?q=bob&page=3&size=20", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(seen.get().emailContains()).contains("bob");
        assertThat(seen.get().page().page()).isEqualTo(3);
        var data = reply.json().get("data");
        assertThat(data.get("total").asLong()).isEqualTo(41);
        assertThat(data.get("users").get(0).get("email").asText()).isEqualTo("bob@example.com");
        assertThat(data.get("users").get(0).has("passwd")).isFalse();
    }

    @Test
    void aBadPageOrIdIs400NamingIt() {
        assertInvalidField(http().get(ADMIN + "/users?size=1000", bearer(ADMIN_TOKEN)), "size");
        assertInvalidField(http().get(ADMIN + "/users?page=zero", bearer(ADMIN_TOKEN)), "page");
        assertInvalidField(http().get(ADMIN + "/users/abc", bearer(ADMIN_TOKEN)), "id");
        assertInvalidField(http().get(ADMIN + "/orders?status=7", bearer(ADMIN_TOKEN)), "status");
    }

    @Test
    void anUnknownUserIs404() {
        useCases.showUser = id -> {
            throw new NotFound("no user " + id);
        };
        useCases.setUserBan = c -> {
            throw new NotFound("no user " + c.user());
        };

        assertRefused(http().get(ADMIN + "/users/99", bearer(ADMIN_TOKEN)), 404, "not_found");
        assertRefused(http().post(ADMIN + "/users/99/ban", "", bearer(ADMIN_TOKEN)), 404, "not_found");
    }

    @Test
    void banAndUnbanNameTheAdminAndTheUser() {
        AtomicReference<Boolean> banned = new AtomicReference<>();
        useCases.setUserBan = command -> {
            assertThat(command.admin().value()).isEqualTo(1);
            banned.set(command.banned());
            return new SetUserBan.UserBanSet(command.user(), command.banned());
        };

        assertThat(http().post(ADMIN + "/users/7/ban", "", bearer(ADMIN_TOKEN)).json().get("data").get("banned").asBoolean())
                .isTrue();
        assertThat(banned.get()).isTrue();
        http().post(ADMIN + "/users/7/unban", "", bearer(ADMIN_TOKEN));
        assertThat(banned.get()).isFalse();
    }

    @Test
    void aBalanceAdjustmentTakesASignedAmountWithAReason() {
        AtomicReference<AdjustBalance.Command> seen = new AtomicReference<>();
        useCases.adjustBalance = command -> {
            seen.set(command);
            return new AdjustBalance.BalanceAdjusted(command.user(), Money.ofFen(500));
        };

        TestHttp.Reply reply = http().post(ADMIN + "/users/7/balance", "{\"amount\":\"-5.00\",\"reason\":\"refund\"}",
                bearer(ADMIN_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("money").asText()).isEqualTo("5.00");
        assertThat(seen.get().deltaFen()).isEqualTo(-500);
        assertThat(seen.get().reason()).isEqualTo("refund");
        assertThat(http().post(ADMIN + "/users/7/balance", "{\"amount\":2.5,\"reason\":\"gift\"}", bearer(ADMIN_TOKEN))
                .status()).isEqualTo(200);
        assertThat(seen.get().deltaFen()).isEqualTo(250);
    }

    @Test
    void aBadBalanceAdjustmentIs400NamingTheField() {
        String[][] cases = {
                {"{\"amount\":\"1.001\",\"reason\":\"x\"}", "amount"},
                {"{\"amount\":\"ten\",\"reason\":\"x\"}", "amount"},
                {"{\"amount\":\"0\",\"reason\":\"x\"}", "amount"},
                {"{\"amount\":true,\"reason\":\"x\"}", "amount"},
                {"{\"reason\":\"x\"}", "amount"},
                {"{\"amount\":\"5\"}", "reason"},
                {"{\"amount\":\"5\",\"reason\":\"  \"}", "reason"}};
        for (String[] c : cases) {
            assertInvalidField(http().post(ADMIN + "/users/7/balance", c[0], bearer(ADMIN_TOKEN)), c[1]);
        }
    }

    @Test
    void aDebitBelowZeroIs409() {
        useCases.adjustBalance = command -> {
            throw new InsufficientBalance("the balance cannot go below zero");
        };

        assertRefused(http().post(ADMIN + "/users/7/balance", "{\"amount\":\"-50\",\"reason\":\"x\"}", bearer(ADMIN_TOKEN)),
                409, "insufficient_balance");
    }

    @Test
    void aProductIsCreatedFromItsFieldsAndContent() {
        AtomicReference<CreateProduct.Command> seen = new AtomicReference<>();
        useCases.createProduct = command -> {
            seen.set(command);
            return new CreateProduct.ProductCreated(ProductId.of(5));
        };

        TestHttp.Reply reply = http().post(ADMIN + "/products", """
                {"name":"Monthly","price":"19.99","content":{"traffic":100,"class":1,"class_expire":30,"reset_traffic":true,
                 "monthly_reset":"purchase_day","purchase_limit":1},"status":1,"stock":50}""", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("data").get("id").asLong()).isEqualTo(5);
        ProductSpec spec = seen.get().spec();
        assertThat(spec.price()).isEqualTo(Money.ofFen(1999));
        assertThat(spec.content().trafficGb().getAsLong()).isEqualTo(100);
        assertThat(spec.content().resetTraffic()).isTrue();
        assertThat(spec.content().monthlyReset()).contains(MonthlyReset.PURCHASE_DAY);
        assertThat(spec.content().purchaseLimit()).isEqualTo(OptionalInt.of(1));
        assertThat(spec.stock()).isEqualTo(OptionalInt.of(50));
    }

    @Test
    void aBadProductIs400NamingTheField() {
        String[][] cases = {
                {"{\"price\":\"1\"}", "name"},
                {"{\"name\":\"x\"}", "price"},
                {"{\"name\":\"x\",\"price\":\"-1\"}", "price"},
                {"{\"name\":\"x\",\"price\":\"1.999\"}", "price"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"traffic\":-1}}", "content.traffic"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"trafic\":1}}", "content.trafic"},
                {"{\"name\":\"x\",\"price\":1,\"content\":[]}", "content"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"monthly_reset\":\"weekly\"}}", "content.monthly_reset"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"monthly_reset\":1}}", "content.monthly_reset"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"purchase_limit\":0}}", "content.purchase_limit"},
                {"{\"name\":\"x\",\"price\":1,\"content\":{\"purchase_limit\":-2}}", "content.purchase_limit"},
                {"{\"name\":\"x\",\"price\":1,\"status\":2}", "status"},
                {"{\"name\":\"x\",\"price\":1,\"stock\":-3}", "stock"}};
        for (String[] c : cases) {
            assertInvalidField(http().post(ADMIN + "/products", c[0], bearer(ADMIN_TOKEN)), c[1]);
        }
    }

    @Test
    void aPartialProductUpdateSendsOnlyWhatChanged() {
        AtomicReference<UpdateProduct.Command> seen = new AtomicReference<>();
        useCases.updateProduct = command -> {
            seen.set(command);
            return new Product(command.id(), aPlan().pricedAt(500).build().with(command.changes()));
        };

        TestHttp.Reply reply = http().put(ADMIN + "/products/5", "{\"price\":9.5,\"stock\":null,"
                + "\"content\":{\"class\":2,\"monthly_reset\":\"first_day\",\"purchase_limit\":3}}", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get().changes().name()).isEmpty();
        assertThat(seen.get().changes().stock()).contains(OptionalInt.empty());
        assertThat(reply.json().get("data").get("price").asText()).isEqualTo("9.50");
        assertThat(reply.json().get("data").get("stock").isNull()).isTrue();
        assertThat(reply.json().get("data").get("content").get("monthly_reset").asText()).isEqualTo("first_day");
        assertThat(reply.json().get("data").get("content").get("purchase_limit").asInt()).isEqualTo(3);
    }

    @Test
    void aCouponCodeIsUpperCasedAndItsValueReadByType() {
        AtomicReference<CreateCoupon.Command> seen = new AtomicReference<>();
        useCases.createCoupon = command -> {
            seen.set(command);
            return new CreateCoupon.CouponCreated(CouponId.of(3));
        };

        TestHttp.Reply reply = http().post(ADMIN + "/coupons", """
                {"code":"spring-10","type":"amount","value":"5.50","total_limit":100,"per_user_limit":1,
                 "expires_at":"2026-06-30T00:00:00Z","product_ids":[1,2],"enabled":true}""", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var spec = seen.get().spec();
        assertThat(spec.code()).isEqualTo("SPRING-10");
        assertThat(spec.type()).isEqualTo(CouponType.AMOUNT);
        assertThat(spec.value()).isEqualTo(550);
        assertThat(spec.productIds()).containsExactlyInAnyOrder(ProductId.of(1), ProductId.of(2));
    }

    @Test
    void aBadCouponIs400NamingTheField() {
        String[][] cases = {
                {"{\"type\":\"percent\",\"value\":10}", "code"},
                {"{\"code\":\"A\",\"type\":\"half\",\"value\":10}", "type"},
                {"{\"code\":\"A\",\"type\":\"percent\",\"value\":101}", "value"},
                {"{\"code\":\"A\",\"type\":\"percent\",\"value\":10.5}", "value"},
                {"{\"code\":\"A\",\"type\":\"amount\",\"value\":\"0\"}", "value"},
                {"{\"code\":\"A B\",\"type\":\"percent\",\"value\":10}", "code"},
                {"{\"code\":\"A\",\"type\":\"percent\",\"value\":10,\"total_limit\":0}", "total_limit"},
                {"{\"code\":\"A\",\"type\":\"percent\",\"value\":10,\"expires_at\":\"tomorrow\"}", "expires_at"},
                {"{\"code\":\"A\",\"type\":\"percent\",\"value\":10,\"product_ids\":[0]}", "product_ids[0]"}};
        for (String[] c : cases) {
            assertInvalidField(http().post(ADMIN + "/coupons", c[0], bearer(ADMIN_TOKEN)), c[1]);
        }
    }

    @Test
    void aTakenCouponCodeIs409() {
        useCases.createCoupon = command -> {
            throw new CouponCodeTaken(command.spec().code());
        };

        assertRefused(http().post(ADMIN + "/coupons", "{\"code\":\"a\",\"type\":\"percent\",\"value\":10}", bearer(ADMIN_TOKEN)),
                409, "coupon_code_taken");
    }
}
