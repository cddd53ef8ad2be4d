package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.admin.port.in.SetUserBan;

/**
 * The edges of input: a body of null, a NUL anywhere, ids in digits other than ASCII, a value of
 * the wrong JSON type, a body declared as something other than JSON. Each is a 400 (or 415) naming
 * what is wrong, and no use case runs.
 */
class InputEdgesRouteTest extends RouteTest {

    private static final String API = "/app/api/v0";

    @ParameterizedTest
    @ValueSource(strings = {"/auth/login", "/auth/register", "/node/traffic?key=k", "/node/heartbeat?key=k",
            "/node/alive_ip?key=k", "/node/online?key=k"})
    void aBodyOfNullIs400(String route) {
        TestHttp.Reply reply = http().post(API + route, "null");

        assertInvalidField(reply, "body");
    }

    @Test
    void aBodyOfNullOnAnAdminRouteIs400() {
        assertInvalidField(http().post(API + "/admin/products", "null", bearer(ADMIN_TOKEN)), "body");
        assertInvalidField(http().post(API + "/user/buy", "null", bearer(USER_TOKEN)), "body");
    }

    @Test
    void aNulInATextFieldIs400NamingTheField() {
        assertInvalidField(http().post(API + "/auth/login", "{\"email\":\"a\\u0000@b.io\",\"password\":\"x\"}"), "email");
        assertInvalidField(http().post(API + "/admin/products", "{\"name\":\"plan\\u0000\",\"price\":1}",
                bearer(ADMIN_TOKEN)), "name");
        assertInvalidField(http().post(API + "/node/traffic?key=k",
                "{\"node_id\":1,\"report_id\":\"r\\u0000\",\"data\":[]}"), "report_id");
        assertInvalidField(http().post(API + "/node/alive_ip?key=k",
                "{\"node_id\":1,\"data\":[{\"user_id\":1,\"ip\":\"1.2.3.4\\u0000\"}]}"), "data[0].ip");
    }

    @Test
    void aNulInTheQueryOrPathIs400() {
        assertInvalidField(http().get(API + "/admin/users?q=a%00b", bearer(ADMIN_TOKEN)), "q");
        // Jetty itself refuses a NUL in the path, with a 400 of its own, before any route sees it.
        assertThat(http().get(API + "/payment/notify/epay%00").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%EF%BC%91", "%D9%A1", "%E0%A5%A7"})
    void anIdInDigitsOtherThanAsciiIs400AndBansNobody(String encodedDigit) {
        AtomicInteger calls = new AtomicInteger();
        useCases.setUserBan = command -> {
            calls.incrementAndGet();
            return new SetUserBan.UserBanSet(command.user(), command.banned());
        };

        assertInvalidField(http().post(API + "/admin/users/" + encodedDigit + "/ban", "", bearer(ADMIN_TOKEN)), "id");
        assertInvalidField(http().get(API + "/admin/orders?user_id=" + encodedDigit, bearer(ADMIN_TOKEN)), "user_id");
        assertThat(http().get("/mod_mu/users?key=k&node_id=" + encodedDigit).json().get("ret").asInt()).isZero();

        assertThat(calls).hasValue(0);
    }

    /** Every route with an id in its path, as method, path (with {@code ID} for the id) and the field it names. */
    private static final String[][] ID_ROUTES = {
            {"GET", "/admin/users/ID", "id"}, {"PUT", "/admin/users/ID", "id"}, {"POST", "/admin/users/ID/ban", "id"},
            {"POST", "/admin/users/ID/unban", "id"}, {"POST", "/admin/users/ID/balance", "id"},
            {"POST", "/admin/users/ID/subscription/reset", "id"}, {"PUT", "/admin/products/ID", "id"},
            {"DELETE", "/admin/products/ID", "id"}, {"PUT", "/admin/coupons/ID", "id"}, {"DELETE", "/admin/coupons/ID", "id"},
            {"POST", "/admin/orders/ID/resolve-review", "id"}, {"GET", "/admin/nodes/ID", "id"},
            {"PUT", "/admin/nodes/ID", "id"}, {"DELETE", "/admin/nodes/ID", "id"}, {"POST", "/admin/nodes/ID/rotate-key", "id"},
            {"POST", "/admin/nodes/ID/rotate-server-key", "id"}, {"DELETE", "/admin/detect-rules/ID", "id"},
            {"GET", "/payment/status/ID", "order_id"}};

    @ParameterizedTest
    @ValueSource(strings = {"%201", "%092", "%0A2", "2%20", "%2B2", "2%09", "0x2", "2.0"})
    void anIdWithAnythingButAsciiDigitsIs400OnEveryRouteAndBansNobody(String badId) {
        AtomicInteger calls = new AtomicInteger();
        useCases.setUserBan = command -> {
            calls.incrementAndGet();
            return new SetUserBan.UserBanSet(command.user(), command.banned());
        };

        for (String[] route : ID_ROUTES) {
            String token = route[1].startsWith("/admin") ? ADMIN_TOKEN : USER_TOKEN;
            TestHttp.Reply reply = http().send(route[0], API + route[1].replace("ID", badId), "{}", bearer(token));
            assertThat(reply.status()).as(route[0] + " " + route[1] + " with " + badId + ": " + reply.body()).isEqualTo(400);
            if (reply.body().startsWith("{")) {
                assertInvalidField(reply, route[2]);
            }
        }
        assertInvalidField(http().get(API + "/node/info/" + badId + "?key=k"), "node_id");

        assertThat(calls).hasValue(0);
    }

    @Test
    void aMoneyNumberWithAnExponentIsRefusedWhereTheBodyIsARecord() {
        assertInvalidField(http().post(API + "/payment/create", "{\"total\":1e3,\"gateway\":\"epay\"}",
                bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/admin/users/2/balance", "{\"amount\":-1E3,\"reason\":\"r\"}",
                bearer(ADMIN_TOKEN)), "amount");
    }

    /** Bodies read field by field (partial updates) keep how a number was written, so 1e3 is refused there too. */
    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1E3", "-1e3", "1.5e2", "1000e-2", "1E+3"})
    void aMoneyNumberWithAnExponentIsRefusedWhereTheBodyIsReadFieldByField(String amount) {
        AtomicInteger calls = new AtomicInteger();
        useCases.createProduct = command -> {
            calls.incrementAndGet();
            throw new AssertionError("created");
        };
        useCases.updateProduct = command -> {
            calls.incrementAndGet();
            throw new AssertionError("changed");
        };

        assertInvalidField(http().post(API + "/admin/products", "{\"name\":\"plan\",\"price\":" + amount + "}",
                bearer(ADMIN_TOKEN)), "price");
        assertInvalidField(http().put(API + "/admin/products/3", "{\"price\":" + amount + "}", bearer(ADMIN_TOKEN)), "price");
        assertInvalidField(http().put(API + "/admin/products/3", "{\"name\":\"plan\",\"price\":" + amount
                + ",\"content\":{\"traffic\":1}}", bearer(ADMIN_TOKEN)), "price");
        assertInvalidField(http().post(API + "/user/commission/transfer", "{\"amount\":" + amount + "}",
                bearer(USER_TOKEN)), "amount");
        assertThat(calls).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1e3\"", "\" 5.00\"", "\"5.00 \"", "\"+5\"", "\"\uff15\"", "\"\u0665\"", "\"5.001\"",
            "\"0x5\""})
    void moneyIsAsciiDigitsWithAtMostTwoDecimalsOnEveryRouteThatTakesIt(String amount) {
        assertInvalidField(http().post(API + "/payment/create", "{\"total\":" + amount + ",\"gateway\":\"epay\"}",
                bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/admin/users/2/balance", "{\"amount\":" + amount + ",\"reason\":\"r\"}",
                bearer(ADMIN_TOKEN)), "amount");
        assertInvalidField(http().post(API + "/admin/products", "{\"name\":\"plan\",\"price\":" + amount + "}",
                bearer(ADMIN_TOKEN)), "price");
        assertInvalidField(http().put(API + "/admin/products/3", "{\"price\":" + amount + "}", bearer(ADMIN_TOKEN)), "price");
    }

    @Test
    void aBooleanWhereAStringBelongsIsRefusedNotReadAsText() {
        assertInvalidField(http().post(API + "/node/traffic?key=k", "{\"node_id\":1,\"report_id\":true,\"data\":[]}"),
                "report_id");
        assertInvalidField(http().post(API + "/auth/login", "{\"email\":true,\"password\":\"x\"}"), "email");
        assertInvalidField(http().post(API + "/auth/login", "{\"email\":\"a@b.io\",\"password\":false}"), "password");
    }

    @Test
    void aBodyDeclaredAsSomethingOtherThanJsonIs415OnTheApisOwnJsonRoutes() {
        TestHttp.Reply login = http().send("POST", API + "/auth/login", "{\"email\":\"a@b.io\",\"password\":\"x\"}",
                "Content-Type", "text/plain");
        TestHttp.Reply product = http().send("POST", API + "/admin/products", "{\"name\":\"p\",\"price\":1}",
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", "Bearer " + ADMIN_TOKEN);

        assertRefused(login, 415, "unsupported_media_type");
        assertRefused(product, 415, "unsupported_media_type");
        for (String[] route : new String[][] {{"/user/password", "{\"current_password\":\"a\",\"new_password\":\"b\"}"},
                {"/payment/create", "{\"total\":1,\"gateway\":\"epay\"}"}, {"/admin/detect-rules", "{\"name\":\"n\",\"regex\":\"x\"}"},
                {"/admin/users/3/balance", "{\"amount\":1,\"reason\":\"r\"}"}}) {
            assertRefused(http().send("POST", API + route[0], route[1], "Content-Type", "text/plain",
                    "Authorization", "Bearer " + ADMIN_TOKEN), 415, "unsupported_media_type");
        }
    }

    @Test
    void jsonWithACharsetOrNoContentTypeAtAllIsRead() {
        useCases.logIn = command -> {
            throw new spanel.domain.error.Unauthorized("wrong email or password");
        };

        assertThat(http().send("POST", API + "/auth/login", "{\"email\":\"a@b.io\",\"password\":\"x\"}",
                "Content-Type", "application/json; charset=utf-8").status()).isEqualTo(401);
        assertThat(http().send("POST", API + "/auth/login", "{\"email\":\"a@b.io\",\"password\":\"x\"}").status())
                .isEqualTo(401);
    }
}
