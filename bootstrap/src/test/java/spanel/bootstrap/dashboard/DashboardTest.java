package spanel.bootstrap.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.application.admin.port.in.CreateUser;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.EndToEndTest;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * The /admin dashboard on real traffic, a real top-up, a real purchase: its JSON routes, the review
 * resolution, then the page itself in headless Chromium, which must show the API's numbers and draw.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "dashboard admin password";

    private int seededPort;
    private String adminEmail;
    private String[] admin;
    private long node;
    private long flaggedOrder;
    private long plainOrder;

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("EPAY_URL", "https://pay.example.com", "EPAY_PID", "1001", "EPAY_KEY", "dashboard-key",
                "STRIPE_SECRET_KEY", "sk_test_dashboard", "STRIPE_WEBHOOK_SECRET", "whsec_dashboard", "STRIPE_CURRENCY", "usd",
                "DEBUG", "true", "PUBLIC_URL", "https://panel.example.com");
    }

    /** An admin, two nodes (one reporting, one never seen), a paid top-up flagged for review, one not, a purchase. */
    private void seed() {
        if (seededPort == port()) {
            return;
        }
        seededPort = port();
        TestHttp http = http();
        adminEmail = "dash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        DatabaseCommands.createUser(settings(), new CreateUser.Command(Email.of(adminEmail), new Password(PASSWORD), true, Money.ZERO));
        String token = http.post(API + "/auth/login", "{\"email\":\"" + adminEmail + "\",\"password\":\"" + PASSWORD + "\"}")
                .json().get("data").get("access_token").asText();
        admin = new String[] {"Authorization", "Bearer " + token};

        String userEmail = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + userEmail + "\",\"password\":\"a good password\"}";
        long userId = http.post(API + "/auth/register", credentials).json().get("data").get("user_id").asLong();
        String[] user = {"Authorization", "Bearer "
                + http.post(API + "/auth/login", credentials).json().get("data").get("access_token").asText()};

        node = data(http.post(API + "/admin/nodes", "{\"name\":\"tokyo-1\",\"server\":\"t1.example.com\"}", admin))
                .get("id").asLong();
        data(http.post(API + "/admin/nodes", "{\"name\":\"osaka-2\",\"server\":\"o2.example.com\"}", admin));
        String[] nodeKey = {"Key", data(http.post(API + "/admin/nodes/" + node + "/rotate-key", "", admin)).get("key").asText()};
        data(http.post(API + "/node/traffic", "{\"node_id\":" + node + ",\"report_id\":\"d1\","
                + "\"data\":[{\"user_id\":" + userId + ",\"u\":1048576,\"d\":3145728}]}", nodeKey));
        data(http.post(API + "/node/online", "{\"node_id\":" + node + ",\"online\":7,\"load\":\"0.25\"}", nodeKey));
        data(http.post(API + "/node/online", "{\"node_id\":" + node + ",\"online\":3,\"load\":\"0.25\"}", nodeKey));
        data(http.post(API + "/node/heartbeat", "{\"node_id\":" + node
                + ",\"cpu_load\":0.25,\"memory_usage\":45.2,\"network_speed\":100.5}", nodeKey));

        flaggedOrder = paidTopUp(user, "30.00");
        plainOrder = paidTopUp(user, "12.34");
        // A late payment of a closed order is how an order gets flagged; the payment tests cover that path.
        dsl().execute("UPDATE topup_orders SET needs_review = true, review_reason = 'paid after close' WHERE id = "
                + flaggedOrder);
        long product = data(http.post(API + "/admin/products", "{\"name\":\"Monthly\",\"price\":\"10.00\","
                + "\"content\":{\"traffic\":10,\"class\":1,\"class_expire\":30,\"expire_in\":30},\"stock\":5}", admin))
                .get("id").asLong();
        data(http.post(API + "/user/buy", "{\"shop_id\":" + product + "}", user));
    }

    private long paidTopUp(String[] user, String total) {
        long order = data(http().post(API + "/payment/create", "{\"total\":\"" + total + "\",\"gateway\":\"epay\"}", user))
                .get("order_id").asLong();
        data(http().post(API + "/payment/debug/confirm", "{\"order_id\":" + order + "}", user));
        return order;
    }

    private static JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    @Test
    @Order(1)
    void theJsonRoutesCountTodaysTakingsTheReviewsAndEachNodesHistory() {
        seed();
        JsonNode sales = data(http().get(API + "/admin/dashboard/sales", admin));
        assertThat(sales.get("topups").get("count").asLong()).isEqualTo(2);
        assertThat(sales.get("topups").get("amount").asText()).isEqualTo("42.34");
        assertThat(sales.get("purchases").get("count").asLong()).isEqualTo(1);
        assertThat(sales.get("purchases").get("amount").asText()).isEqualTo("10.00");
        assertThat(sales.get("revenue").asText()).isEqualTo("42.34");
        assertThat(sales.get("needs_review").get("total").asLong()).isEqualTo(1);
        assertThat(sales.get("needs_review").get("orders").get(0).get("id").asLong()).isEqualTo(flaggedOrder);

        JsonNode day = data(http().get(API + "/admin/dashboard/usage?range=24h", admin));
        assertThat(day.get("step").asLong()).isEqualTo(3600);
        assertThat(day.get("buckets")).hasSize(24);
        JsonNode tokyo = day.get("nodes").get(0);
        assertThat(tokyo.get("id").asLong()).isEqualTo(node);
        assertThat(tokyo.get("traffic").get(23).asLong()).isEqualTo(4194304);
        assertThat(tokyo.get("online").get(23).asInt()).as("the highest count in the slot").isEqualTo(7);
        assertThat(day.get("nodes").get(1).get("traffic").get(23).asLong()).isZero();
        JsonNode month = data(http().get(API + "/admin/dashboard/usage?range=30d", admin));
        assertThat(month.get("step").asLong()).isEqualTo(86400);
        assertThat(month.get("buckets")).hasSize(30);
        assertThat(month.get("nodes").get(0).get("traffic").get(29).asLong()).isEqualTo(4194304);
        assertThat(scalar("SELECT count(*) FROM node_online_log WHERE node_id = " + node)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void thePageShowsAmountsInTheCurrencyTheGatewaysUse() {
        String page = http().get("/admin").body();

        assertThat(page).contains("data-currency=\"USD\"").doesNotContain("¥");
    }

    @Test
    @Order(2)
    void badInputIsRefusedNamingTheFieldAndOnlyAdminsMayLook() {
        seed();
        TestHttp.Reply range = http().get(API + "/admin/dashboard/usage?range=7d", admin);
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.body()).contains("range");
        TestHttp.Reply id = http().post(API + "/admin/orders/abc/resolve-review", "", admin);
        assertThat(id.status()).isEqualTo(400);
        assertThat(id.body()).contains("id");
        assertThat(http().get(API + "/admin/dashboard/sales").status()).isEqualTo(401);
        assertThat(http().post(API + "/admin/orders/" + flaggedOrder + "/resolve-review", "").status()).isEqualTo(401);
        assertThat(scalar("SELECT count(*) FROM topup_orders WHERE review_resolved_at IS NOT NULL")).isZero();
    }

    @Test
    @Order(4)
    void thePageLogsInShowsTheApisNumbersDrawsItsChartsAndLogsOut() throws Exception {
        seed();
        assumeTrue(database == TestDatabase.POSTGRES, "the page reads the same JSON on either database; one run is enough");
        // The review test resolved it; the page resolves it again, with its button.
        dsl().execute("UPDATE topup_orders SET review_resolved_at = NULL, review_resolved_by = NULL WHERE id = " + flaggedOrder);
        assertThat(HeadlessChromium.BINARY).as("Debian's chromium (apt-get install chromium; scripts/test installs it "
                + "when run as root) is needed to test the dashboard").isExecutable();
        JsonNode sales = data(http().get(API + "/admin/dashboard/sales", admin));
        JsonNode status = data(http().get(API + "/admin/nodes/status", admin));
        String base = "http://127.0.0.1:" + port();
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 1000)) {
            chromium.open(base + "/admin");
            chromium.waitFor("!document.getElementById('login').hidden");
            chromium.evaluate("document.getElementById('email').value = " + quote(adminEmail) + ";"
                    + "document.getElementById('password').value = " + quote(PASSWORD) + ";"
                    + "document.getElementById('login').requestSubmit(); true");
            chromium.waitFor("document.body.dataset.loaded");

            assertThat(text(chromium, "topups-count")).isEqualTo(sales.get("topups").get("count").asText());
            assertThat(text(chromium, "topups-amount")).isEqualTo("USD " + sales.get("topups").get("amount").asText());
            assertThat(text(chromium, "purchases-count")).isEqualTo(sales.get("purchases").get("count").asText());
            assertThat(text(chromium, "purchases-amount")).isEqualTo("USD " + sales.get("purchases").get("amount").asText());
            assertThat(text(chromium, "revenue")).isEqualTo("USD " + sales.get("revenue").asText());
            assertThat(text(chromium, "review-count")).isEqualTo(sales.get("needs_review").get("total").asText());
            assertThat(text(chromium, "nodes-up")).isEqualTo("1 / " + status.get("total").asText());
            assertThat(text(chromium, "online-now")).isEqualTo("3");
            assertThat(chromium.evaluate("document.getElementById('nodes').textContent").asText())
                    .as("the heartbeat's cpu_load 0.25 as the load").contains("25 %");
            assertThat(chromium.evaluate("document.querySelectorAll('#nodes tr.is-down').length").asInt())
                    .as("the node never seen is highlighted").isEqualTo(1);
            for (String chart : new String[] {"traffic-24h", "traffic-30d", "online-24h", "online-30d"}) {
                assertThat(chromium.evaluate("(() => { const c = document.getElementById('" + chart + "');"
                        + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " let drawn = 0; for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) drawn++; return drawn; })()")
                        .asInt()).as(chart + " has something drawn").isGreaterThan(1000);
            }
            Path shot = Path.of("target", "dashboard.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, chromium.screenshot());
            assertThat(Files.size(shot)).isGreaterThan(10_000);

            chromium.evaluate("document.querySelector('#reviews button[data-order=\"" + flaggedOrder + "\"]').click(); true");
            chromium.waitFor("document.getElementById('review-count').textContent === '0'");
            assertThat(scalar("SELECT count(*) FROM topup_orders WHERE review_resolved_at IS NOT NULL AND id = "
                    + flaggedOrder)).isEqualTo(1);

            chromium.evaluate("document.getElementById('logout').click(); true");
            chromium.waitFor("!document.getElementById('login').hidden && !localStorage.getItem('spanel.adminToken')");
        }
    }

    @Test
    @Order(3)
    void resolvingAReviewIsAuditedOnceAndRepeatsAnswerTheSame() {
        seed();
        String flagged = API + "/admin/orders/" + flaggedOrder + "/resolve-review";
        dsl().execute("UPDATE topup_orders SET review_resolved_at = NULL, review_resolved_by = NULL WHERE id = " + flaggedOrder);
        long audits = scalar("SELECT count(*) FROM admin_audit WHERE action = 'order.review_resolved'");

        JsonNode first = data(http().post(flagged, "", admin));
        JsonNode again = data(http().post(flagged, "", admin));
        assertThat(first.get("id").asLong()).isEqualTo(flaggedOrder);
        assertThat(again).isEqualTo(first);
        assertThat(scalar("SELECT count(*) FROM admin_audit WHERE action = 'order.review_resolved'")).isEqualTo(audits + 1);
        assertThat(data(http().get(API + "/admin/dashboard/sales", admin)).get("needs_review").get("total").asLong()).isZero();

        TestHttp.Reply notFlagged = http().post(API + "/admin/orders/" + plainOrder + "/resolve-review", "", admin);
        assertThat(notFlagged.status()).isEqualTo(409);
        assertThat(notFlagged.json().get("error").asText()).isEqualTo("not_flagged");
        assertThat(http().post(API + "/admin/orders/999999999/resolve-review", "", admin).status()).isEqualTo(404);
        assertThat(scalar("SELECT count(*) FROM admin_audit WHERE action = 'order.review_resolved'")).isEqualTo(audits + 1);
    }

    private static String text(HeadlessChromium chromium, String id) {
        return chromium.evaluate("document.getElementById('" + id + "').textContent").asText();
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
