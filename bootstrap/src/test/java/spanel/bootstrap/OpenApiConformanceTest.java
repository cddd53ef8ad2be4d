package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static spanel.adapter.persistence.generated.Tables.IMPORTED_ORDERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;

/**
 * The running application answers as /openapi.json says: a scenario calls every JSON route, and
 * each answer (successes and errors alike) must match the schema the document gives for its route,
 * method and status. A status the document does not list for the route fails too.
 */
class OpenApiConformanceTest extends EndToEndTest {

    private static final String DOCUMENT = "spanel/http/openapi.json";
    private static final String API = "/app/api/v0";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Routes that answer no JSON of spanel's own: a page, metrics text, a CSV file, a redirect, gateway notifies. */
    private static final Set<String> NOT_JSON = Set.of("GET /", "GET /portal/{file}", "GET /admin", "GET /admin/assets/{file}", "GET /favicon.ico", "GET /metrics", "GET /openapi.json", "GET /reset-password",
            "GET " + API + "/payment/return/{gateway}", "GET " + API + "/payment/notify/{gateway}",
            "POST " + API + "/payment/notify/{gateway}", "GET /sub/{token}", "HEAD /sub/{token}",
            "GET /sub/{token}/{subtype}", "HEAD /sub/{token}/{subtype}", "GET /link/{token}", "HEAD /link/{token}",
            "GET /api/v1/client/subscribe", "HEAD /api/v1/client/subscribe", "GET " + API + "/admin/ledger/export");

    private final JsonNode document = readDocument();
    private final Set<String> checked = new TreeSet<>();

    @Override
    protected Map<String, String> extraEnvironment() {
        // Mail to a port where nothing listens: the reset routes exist, and the mail fails off the request path.
        return Map.of("EPAY_URL", "https://pay.example.com", "EPAY_PID", "1001", "EPAY_KEY", "conformance-key",
                "DEBUG", "true", "PUBLIC_URL", "https://panel.example.com", "SMTP_URL", "smtp://127.0.0.1:9",
                "MAIL_FROM", "no-reply@example.com", "CHECKIN_MIN_MB", "1", "CHECKIN_MAX_MB", "2", "COMMISSION_RATE", "0.1");
    }

    @Test
    void everyJsonRouteAnswersAsTheOpenApiDocumentDescribesIt() {
        String[] admin = asAdmin();
        check("GET", "/health", http().get("/health"));
        check("GET", API + "/site", http().get(API + "/site"));

        // accounts
        String email = "conform-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"a good password\"}";
        long userId = check("POST", API + "/auth/register", http().post(API + "/auth/register", credentials))
                .get("user_id").asLong();
        check("POST", API + "/auth/register", http().post(API + "/auth/register", "{\"email\":\"x\"}"));
        String token = check("POST", API + "/auth/login", http().post(API + "/auth/login", credentials))
                .get("access_token").asText();
        // Not final: a ban revokes the user's tokens, so the user logs in again after the unban below.
        String[] user = {"Authorization", "Bearer " + token};
        check("GET", API + "/user/info", http().get(API + "/user/info", user));
        check("GET", API + "/user/info", http().get(API + "/user/info"));
        check("POST", API + "/user/checkin", http().post(API + "/user/checkin", "", user));
        check("POST", API + "/user/checkin", http().post(API + "/user/checkin", "", user));
        check("POST", API + "/auth/forgot", http().post(API + "/auth/forgot", "{\"email\":\"" + email + "\"}"));
        check("POST", API + "/auth/forgot", http().post(API + "/auth/forgot", "{\"email\":\"not-an-address\"}"));
        check("POST", API + "/auth/reset",
                http().post(API + "/auth/reset", "{\"token\":\"no-such-link\",\"new_password\":\"another password\"}"));
        check("POST", API + "/user/password", http().post(API + "/user/password",
                "{\"current_password\":\"not the password\",\"new_password\":\"another password\"}", user));
        check("POST", API + "/user/password", http().post(API + "/user/password",
                "{\"current_password\":\"a good password\",\"new_password\":\"a good password\"}", user));

        // admin: users
        String users = API + "/admin/users";
        check("GET", users, http().get(users + "?q=conform&page=1&size=5", admin));
        check("GET", users, http().get(users, user));
        check("GET", users + "/{id}", http().get(users + "/" + userId, admin));
        check("GET", users + "/{id}", http().get(users + "/999999999", admin));
        check("PUT", users + "/{id}", http().put(users + "/" + userId, "{\"class\":1,\"node_iplimit\":2}", admin));
        check("PUT", users + "/{id}", http().put(users + "/" + userId, "{\"class\":-1}", admin));
        check("PUT", users + "/{id}", http().put(users + "/999999999", "{\"class\":1}", admin));
        check("POST", users + "/{id}/ban", http().post(users + "/" + userId + "/ban", "", admin));
        check("POST", users + "/{id}/unban", http().post(users + "/" + userId + "/unban", "", admin));
        user[1] = "Bearer " + http().post(API + "/auth/login", credentials).json().get("data").get("access_token").asText();
        check("POST", users + "/{id}/balance",
                http().post(users + "/" + userId + "/balance", "{\"amount\":\"50.00\",\"reason\":\"test\"}", admin));
        check("POST", users + "/{id}/balance",
                http().post(users + "/" + userId + "/balance", "{\"amount\":\"-500.00\",\"reason\":\"test\"}", admin));

        // admin: products and coupons; the shop
        String products = API + "/admin/products";
        long product = check("POST", products, http().post(products, "{\"name\":\"Monthly\",\"price\":\"10.00\","
                + "\"content\":{\"traffic\":10,\"class\":1,\"class_expire\":30,\"expire_in\":30},\"stock\":5}", admin))
                .get("id").asLong();
        check("GET", products, http().get(products, admin));
        check("PUT", products + "/{id}", http().put(products + "/" + product, "{\"price\":\"12.00\"}", admin));
        check("PUT", products + "/{id}", http().put(products + "/" + product, "{\"content\":{\"gold\":1}}", admin));
        String coupons = API + "/admin/coupons";
        String code = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long coupon = check("POST", coupons, http().post(coupons, "{\"code\":\"" + code + "\",\"type\":\"percent\",\"value\":10}",
                admin)).get("id").asLong();
        check("POST", coupons, http().post(coupons, "{\"code\":\"" + code + "\",\"type\":\"amount\",\"value\":1}", admin));
        check("GET", coupons, http().get(coupons, admin));
        check("PUT", coupons + "/{id}", http().put(coupons + "/" + coupon, "{\"total_limit\":100}", admin));
        check("GET", API + "/user/shop", http().get(API + "/user/shop", user));
        check("GET", API + "/user/coupon", http().get(API + "/user/coupon?code=" + code + "&shop_id=" + product, user));
        check("GET", API + "/user/coupon", http().get(API + "/user/coupon?code=NOPE&shop_id=" + product, user));
        check("POST", API + "/user/buy", http().post(API + "/user/buy",
                "{\"shop_id\":" + product + ",\"coupon\":\"" + code + "\"}", user));
        check("POST", API + "/user/checkout", http().post(API + "/user/checkout", "{\"shop_id\":" + product + "}", user));
        long yearly = check("POST", products, http().post(products, "{\"name\":\"Yearly\",\"price\":\"100.00\","
                + "\"content\":{\"traffic\":100},\"stock\":5}", admin)).get("id").asLong();
        String[] userOnce = {user[0], user[1], "Idempotency-Key", "checkout-" + UUID.randomUUID()};
        check("POST", API + "/user/checkout", http().post(API + "/user/checkout",
                "{\"shop_id\":" + yearly + ",\"gateway\":\"debug\"}", userOnce));
        check("POST", API + "/user/checkout", http().post(API + "/user/checkout",
                "{\"shop_id\":" + yearly + ",\"gateway\":\"debug\"}", userOnce));
        check("POST", API + "/user/checkout", http().post(API + "/user/checkout", "{\"shop_id\":" + yearly + "}", userOnce));
        check("POST", API + "/user/checkout", http().post(API + "/user/checkout", "{\"shop_id\":" + yearly + "}", user));
        check("GET", API + "/user/bought", http().get(API + "/user/bought?page=1&size=5", user));
        check("GET", API + "/user/bought", http().get(API + "/user/bought?size=0", user));
        check("DELETE", coupons + "/{id}", http().delete(coupons + "/" + coupon, admin));
        check("DELETE", products + "/{id}", http().delete(products + "/" + product, admin));
        check("POST", API + "/user/buy", http().post(API + "/user/buy", "{\"shop_id\":" + product + "}", user));

        // admin: nodes and audit rules
        String nodes = API + "/admin/nodes";
        JsonNode created = check("POST", nodes, http().post(nodes, "{\"name\":\"hk1\",\"server\":\"hk1.example.com\","
                + "\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\",\"network\":\"ws\",\"security\":\"tls\","
                + "\"host\":\"hk1.example.com\",\"path\":\"/ray\"}}", admin));
        long node = created.get("id").asLong();
        check("POST", nodes, http().post(nodes, "{\"sort\":11}", admin));
        check("GET", nodes, http().get(nodes, admin));
        check("GET", nodes + "/{id}", http().get(nodes + "/" + node, admin));
        check("PUT", nodes + "/{id}", http().put(nodes + "/" + node, "{\"node_speedlimit\":100}", admin));
        String key = check("POST", nodes + "/{id}/rotate-key", http().post(nodes + "/" + node + "/rotate-key", "", admin))
                .get("key").asText();
        check("POST", nodes + "/{id}/rotate-server-key", http().post(nodes + "/" + node + "/rotate-server-key", "", admin));
        long ss2022 = check("POST", nodes, http().post(nodes, "{\"name\":\"ss\",\"server\":\"ss.example.com\",\"sort\":1,"
                + "\"method\":\"2022-blake3-aes-128-gcm\",\"custom_config\":{\"offset_port_node\":\"8388\"}}", admin))
                .get("id").asLong();
        check("POST", nodes + "/{id}/rotate-server-key", http().post(nodes + "/" + ss2022 + "/rotate-server-key", "", admin));
        check("GET", nodes + "/{id}", http().get(nodes + "/" + ss2022, admin));
        String rules = API + "/admin/detect-rules";
        long rule = check("POST", rules, http().post(rules, "{\"name\":\"bt\",\"regex\":\"(announce|torrent)\"}", admin))
                .get("id").asLong();
        check("POST", rules, http().post(rules, "{\"name\":\"bad\",\"regex\":\"(?=x)\"}", admin));
        check("GET", rules, http().get(rules, admin));

        // the panel's node API
        String v0 = API + "/node";
        String[] nodeKey = {"Key", key};
        check("GET", v0 + "/users", http().get(v0 + "/users?node_id=" + node, nodeKey));
        check("GET", v0 + "/users", http().get(v0 + "/users?node_id=" + node, "Key", "wrong"));
        check("POST", v0 + "/traffic", http().post(v0 + "/traffic", "{\"node_id\":" + node + ",\"report_id\":\"r1\","
                + "\"data\":[{\"user_id\":" + userId + ",\"u\":1024,\"d\":2048}]}", nodeKey));
        check("POST", v0 + "/traffic", http().post(v0 + "/traffic", "{\"node_id\":" + node
                + ",\"data\":[{\"user_id\":" + userId + ",\"u\":-1,\"d\":2048}]}", nodeKey));
        check("POST", v0 + "/online", http().post(v0 + "/online", "{\"node_id\":" + node + ",\"online\":3,\"load\":\"0.25\"}",
                nodeKey));
        check("POST", v0 + "/heartbeat", http().post(v0 + "/heartbeat", "{\"node_id\":" + node
                + ",\"cpu_load\":0.25,\"memory_usage\":45.2,\"network_speed\":100.5}", nodeKey));
        check("POST", v0 + "/alive_ip", http().post(v0 + "/alive_ip", "{\"node_id\":" + node
                + ",\"data\":[{\"user_id\":" + userId + ",\"ip\":\"203.0.113.5\"}]}", nodeKey));
        check("GET", v0 + "/info/{node_id}", http().get(v0 + "/info/" + node, nodeKey));
        check("GET", nodes + "/status", http().get(nodes + "/status", admin));

        // mod_mu
        String mu = "?key=" + key + "&node_id=" + node;
        check("GET", "/mod_mu/nodes/{id}/info", http().get("/mod_mu/nodes/" + node + "/info?key=" + key));
        check("POST", "/mod_mu/nodes/{id}/info", http().post("/mod_mu/nodes/" + node + "/info?key=" + key,
                "{\"uptime\":\"86400\",\"load\":\"0.12 0.45 0.30\"}"));
        check("GET", "/mod_mu/users", http().get("/mod_mu/users" + mu));
        check("GET", "/mod_mu/users", http().get("/mod_mu/users?key=" + MU_KEY + "&node_id=999999999"));
        check("GET", "/mod_mu/users", http().get("/mod_mu/users?key=wrong&node_id=" + node));
        check("POST", "/mod_mu/users/traffic", http().post("/mod_mu/users/traffic" + mu,
                "{\"data\":[{\"user_id\":" + userId + ",\"u\":1,\"d\":2}]}"));
        check("POST", "/mod_mu/users/traffic", http().post("/mod_mu/users/traffic" + mu, "{\"data\":[{\"user_id\":1}]}"));
        check("POST", "/mod_mu/users/aliveip", http().post("/mod_mu/users/aliveip" + mu,
                "{\"data\":[{\"user_id\":" + userId + ",\"ip\":\"2001:db8::15\"}]}"));
        check("POST", "/mod_mu/users/detectlog", http().post("/mod_mu/users/detectlog" + mu,
                "{\"data\":[{\"list_id\":" + rule + ",\"user_id\":" + userId + "}]}"));
        check("GET", "/mod_mu/func/detect_rules", http().get("/mod_mu/func/detect_rules?key=" + key));
        check("GET", "/mod_mu/func/ping", http().get("/mod_mu/func/ping?key=" + key));

        // UniProxy
        String uni = "/api/v1/server/UniProxy";
        String query = "?node_id=" + node + "&node_type=vmess&token=" + key;
        check("GET", uni + "/config", http().get(uni + "/config" + query));
        check("GET", uni + "/user", http().get(uni + "/user" + query));
        check("GET", uni + "/user", http().get(uni + "/user?node_id=" + node + "&node_type=vmess&token=wrong"));
        check("POST", uni + "/push", http().post(uni + "/push" + query, "{\"" + userId + "\":[1024,2048]}"));
        check("POST", uni + "/alive", http().post(uni + "/alive" + query, "{\"" + userId + "\":[\"198.51.100.7\"]}"));
        check("GET", uni + "/alivelist", http().get(uni + "/alivelist" + query));
        check("POST", uni + "/status", http().post(uni + "/status" + query,
                "{\"cpu\":37.5,\"mem\":{\"total\":8589934592,\"used\":4294967296},\"swap\":{\"total\":0,\"used\":0},"
                        + "\"disk\":{\"total\":107374182400,\"used\":21474836480}}"));
        check("POST", uni + "/status", http().post(uni + "/status" + query, "{\"cpu\":101}"));

        // subscriptions (the profile itself is no JSON; its refusals are)
        check("GET", API + "/user/nodes", http().get(API + "/user/nodes", user));
        check("GET", API + "/user/nodes", http().get(API + "/user/nodes"));
        check("POST", API + "/user/subscription/reset", http().post(API + "/user/subscription/reset", "", user));
        check("POST", API + "/user/credentials/reset", http().post(API + "/user/credentials/reset", "", user));
        check("POST", users + "/{id}/subscription/reset", http().post(users + "/" + userId + "/subscription/reset", "", admin));
        check("POST", users + "/{id}/subscription/reset", http().post(users + "/999999999/subscription/reset", "", admin));
        check("GET", "/sub/{token}", http().get("/sub/" + "A".repeat(43)));
        check("GET", "/sub/{token}", http().get("/sub/" + "A".repeat(43) + "?target=nonsense"));
        check("GET", "/link/{token}", http().get("/link/ffffffffffffffff?clash=1"));
        check("GET", "/api/v1/client/subscribe", http().get("/api/v1/client/subscribe?token=ffffffffffffffff"));
        check("GET", "/api/v1/client/subscribe", http().get("/api/v1/client/subscribe"));

        // devices, registered by a fetch that names one, and the traffic history
        String url = http().get(API + "/user/info", user).json().get("data").get("subscription_url").asText();
        http().get(url.substring(url.indexOf("/sub/")), "x-hwid", "conformance-device-01", "x-device-os", "Linux");
        long device = check("GET", API + "/user/devices", http().get(API + "/user/devices", user))
                .get("devices").get(0).get("id").asLong();
        check("GET", users + "/{id}/devices", http().get(users + "/" + userId + "/devices", admin));
        check("DELETE", API + "/user/devices/{id}", http().delete(API + "/user/devices/" + device, user));
        check("DELETE", API + "/user/devices/{id}", http().delete(API + "/user/devices/" + device, user));
        check("DELETE", users + "/{id}/devices/{device}", http().delete(users + "/" + userId + "/devices/999999", admin));
        check("DELETE", users + "/{id}/devices", http().delete(users + "/" + userId + "/devices", admin));
        check("GET", API + "/user/traffic", http().get(API + "/user/traffic?days=3", user));
        check("GET", API + "/user/traffic", http().get(API + "/user/traffic?days=91", user));

        // payments
        String payment = API + "/payment";
        long order = check("POST", payment + "/create", http().post(payment + "/create",
                "{\"total\":\"12.34\",\"gateway\":\"epay\"}", user)).get("order_id").asLong();
        check("POST", payment + "/create", http().post(payment + "/create", "{\"total\":\"12.345\",\"gateway\":\"epay\"}", user));
        check("GET", payment + "/orders", http().get(payment + "/orders?status=0", user));
        check("GET", payment + "/status/{order_id}", http().get(payment + "/status/" + order, user));
        check("POST", payment + "/debug/confirm", http().post(payment + "/debug/confirm", "{\"order_id\":" + order + "}", user));
        check("POST", payment + "/debug/confirm", http().post(payment + "/debug/confirm", "{\"order_id\":" + order + "}", user));
        check("GET", API + "/admin/orders", http().get(API + "/admin/orders?user_id=" + userId, admin));
        dsl().insertInto(IMPORTED_ORDERS).set(IMPORTED_ORDERS.SOURCE, "v2board").set(IMPORTED_ORDERS.SOURCE_ID, "order:1")
                .set(IMPORTED_ORDERS.USER_ID, userId).set(IMPORTED_ORDERS.KIND, "plan").set(IMPORTED_ORDERS.AMOUNT, 1_500L)
                .set(IMPORTED_ORDERS.GATEWAY, "payment 2").set(IMPORTED_ORDERS.TRADENO, "2023111416300012345")
                .set(IMPORTED_ORDERS.DESCRIPTION, "Monthly (month_price)")
                .set(IMPORTED_ORDERS.PAID_AT, java.time.OffsetDateTime.parse("2023-11-14T22:21:40Z")).execute();
        String imported = API + "/admin/users/{id}/imported-orders";
        check("GET", imported, http().get(API + "/admin/users/" + userId + "/imported-orders", admin));
        check("GET", imported, http().get(API + "/admin/users/999999999/imported-orders", admin));

        // referrals: an invitee's paid order earns the user commission, moved to the balance and withdrawn
        String inviteCode = check("GET", API + "/user/invite", http().get(API + "/user/invite", user)).get("invite_code").asText();
        String invited = "{\"email\":\"invitee-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com\",\"password\":\"a good password\"";
        http().post(API + "/auth/register", invited + ",\"invite_code\":\"" + inviteCode + "\"}");
        String[] invitee = {"Authorization", "Bearer " + http().post(API + "/auth/login", invited + "}").json()
                .path("data").path("access_token").asText()};
        long paid = http().post(payment + "/create", "{\"total\":\"100.00\",\"gateway\":\"epay\"}", invitee).json()
                .path("data").path("order_id").asLong();
        http().post(payment + "/debug/confirm", "{\"order_id\":" + paid + "}", invitee);
        check("POST", API + "/user/invite/reset", http().post(API + "/user/invite/reset", "", user));
        check("GET", API + "/user/commissions", http().get(API + "/user/commissions", user));
        String commission = API + "/user/commission";
        check("POST", commission + "/transfer", http().post(commission + "/transfer", "{\"amount\":\"1.00\"}", user));
        check("POST", commission + "/transfer", http().post(commission + "/transfer", "{\"amount\":\"1000.00\"}", user));
        check("POST", commission + "/transfer", http().post(commission + "/transfer", "{\"amount\":\"-1\"}", user));
        String withdrawal = "{\"amount\":\"2.00\",\"method\":\"alipay\",\"account\":\"<b>me</b>@example.com\"}";
        long approved = check("POST", commission + "/withdraw", http().post(commission + "/withdraw", withdrawal, user))
                .get("id").asLong();
        long rejected = check("POST", commission + "/withdraw", http().post(commission + "/withdraw", withdrawal, user))
                .get("id").asLong();
        check("POST", commission + "/withdraw", http().post(commission + "/withdraw", "{\"amount\":\"2.00\"}", user));
        check("GET", commission + "/withdrawals", http().get(commission + "/withdrawals", user));
        check("GET", API + "/admin/commissions", http().get(API + "/admin/commissions?inviter_id=" + userId, admin));
        check("GET", users + "/{id}/invite", http().get(users + "/" + userId + "/invite", admin));
        check("GET", users + "/{id}/invite", http().get(users + "/999999999/invite", admin));
        check("GET", API + "/admin/withdrawals", http().get(API + "/admin/withdrawals?status=pending", admin));
        check("GET", API + "/admin/withdrawals", http().get(API + "/admin/withdrawals?status=paid", admin));
        String decide = API + "/admin/withdrawals/{id}";
        check("POST", decide + "/approve", http().post(API + "/admin/withdrawals/" + approved + "/approve", "", admin));
        check("POST", decide + "/approve", http().post(API + "/admin/withdrawals/" + approved + "/approve", "", admin));
        check("POST", decide + "/reject", http().post(API + "/admin/withdrawals/" + rejected + "/reject",
                "{\"note\":\"wrong account\"}", admin));
        check("POST", decide + "/reject", http().post(API + "/admin/withdrawals/999999999/reject", "", admin));
        check("POST", decide + "/approve", http().post(API + "/admin/withdrawals/" + rejected + "/approve", "", user));

        // gift cards: an amount and a plan
        String giftcards = API + "/admin/giftcards";
        String card = check("POST", giftcards, http().post(giftcards, "{\"count\":2,\"value\":\"5.00\",\"uses\":1}", admin))
                .get("codes").get(0).get("code").asText();
        String planCard = check("POST", giftcards, http().post(giftcards, "{\"shop_id\":" + yearly
                + ",\"expires_at\":\"2100-01-01T00:00:00Z\"}", admin)).get("codes").get(0).get("code").asText();
        check("POST", giftcards, http().post(giftcards, "{\"value\":\"5.00\",\"shop_id\":" + yearly + "}", admin));
        check("POST", API + "/user/giftcard", http().post(API + "/user/giftcard", "{\"code\":\"" + card + "\"}", user));
        check("POST", API + "/user/giftcard", http().post(API + "/user/giftcard", "{\"code\":\"" + card + "\"}", user));
        check("POST", API + "/user/giftcard", http().post(API + "/user/giftcard", "{\"code\":\"" + planCard + "\"}", user));
        check("POST", API + "/user/giftcard", http().post(API + "/user/giftcard", "{\"code\":\"NOPE\"}", user));
        check("POST", API + "/user/giftcard", http().post(API + "/user/giftcard", "{\"code\":7}", user));
        check("GET", giftcards, http().get(giftcards + "?state=used_up", admin));
        check("GET", giftcards, http().get(giftcards + "?state=gone", admin));

        // the dashboard's routes
        String resolve = API + "/admin/orders/{id}/resolve-review";
        check("POST", resolve, http().post(API + "/admin/orders/" + order + "/resolve-review", "", admin));
        dsl().execute("UPDATE topup_orders SET needs_review = true WHERE id = " + order);
        check("GET", API + "/admin/dashboard/sales", http().get(API + "/admin/dashboard/sales", admin));
        check("POST", resolve, http().post(API + "/admin/orders/" + order + "/resolve-review", "", admin));
        check("POST", resolve, http().post(API + "/admin/orders/999999999/resolve-review", "", admin));
        check("GET", API + "/admin/dashboard/usage", http().get(API + "/admin/dashboard/usage?range=30d", admin));
        check("GET", API + "/admin/dashboard/usage", http().get(API + "/admin/dashboard/usage?range=1y", admin));

        // tickets
        String mine = API + "/user/tickets";
        String staff = API + "/admin/tickets";
        long ticket = check("POST", mine, http().post(mine, "{\"subject\":\"<b>help</b>\",\"text\":\"node down\"}", user))
                .get("id").asLong();
        check("POST", mine, http().post(mine, "{\"subject\":\"\",\"text\":\"x\"}", user));
        check("GET", mine, http().get(mine, user));
        check("GET", mine + "/{id}", http().get(mine + "/" + ticket, user));
        check("GET", mine + "/{id}", http().get(mine + "/999999999", user));
        check("GET", staff, http().get(staff + "?state=open", admin));
        check("GET", staff + "/{id}", http().get(staff + "/" + ticket, admin));
        check("POST", staff + "/{id}/reply", http().post(staff + "/" + ticket + "/reply", "{\"text\":\"try again\"}", admin));
        check("POST", mine + "/{id}/close", http().post(mine + "/" + ticket + "/close", "", user));
        check("POST", staff + "/{id}/reply", http().post(staff + "/" + ticket + "/reply", "{\"text\":\"late\"}", admin));
        check("POST", mine + "/{id}/reply", http().post(mine + "/" + ticket + "/reply", "{\"text\":\"again\"}", user));
        check("POST", staff + "/{id}/close", http().post(staff + "/" + ticket + "/close", "", admin));

        // announcements and the knowledge base
        String news = API + "/admin/announcements";
        long announcement = check("POST", news, http().post(news, "{\"title\":\"Maintenance\",\"body\":\"**tonight** <script>x</script>\","
                + "\"pinned\":true,\"ends_at\":\"2099-01-01T00:00:00Z\"}", admin)).get("id").asLong();
        check("POST", news, http().post(news, "{\"title\":\"\",\"body\":\"b\"}", admin));
        check("PUT", news + "/{id}", http().put(news + "/" + announcement, "{\"title\":\"Maintenance\",\"body\":\"b\",\"classes\":[0,1]}", admin));
        check("GET", news, http().get(news, admin));
        check("GET", API + "/user/announcements", http().get(API + "/user/announcements", user));
        check("POST", API + "/user/announcements/{id}/read", http().post(API + "/user/announcements/" + announcement + "/read", "", user));
        check("POST", API + "/user/announcements/{id}/read", http().post(API + "/user/announcements/999999999/read", "", user));
        check("DELETE", news + "/{id}", http().delete(news + "/" + announcement, admin));
        String kb = API + "/admin/articles";
        long article = check("POST", kb, http().post(kb, "{\"category\":\"c\",\"language\":\"en\",\"title\":\"t\",\"body\":\"b\"}", admin))
                .get("id").asLong();
        check("PUT", kb + "/{id}", http().put(kb + "/" + article, "{\"category\":\"c\",\"language\":\"zh-CN\",\"title\":\"t\",\"body\":\"b\",\"sort\":2}", admin));
        check("GET", kb, http().get(kb, admin));
        check("GET", API + "/user/articles", http().get(API + "/user/articles?language=en", user));
        check("DELETE", kb + "/{id}", http().delete(kb + "/" + article, admin));

        // notifications: choices, a bad choice, the Telegram link code
        String notifications = API + "/user/notifications";
        check("GET", notifications, http().get(notifications, user));
        check("PUT", notifications, http().put(notifications,
                "{\"language\":\"zh-CN\",\"events\":{\"plan_ended\":{\"mail\":false}}}", user));
        check("PUT", notifications, http().put(notifications, "{\"events\":{\"node_down\":{\"mail\":true}}}", user));
        check("POST", API + "/user/telegram/link", http().post(API + "/user/telegram/link", "", user));
        check("DELETE", API + "/user/telegram/link", http().delete(API + "/user/telegram/link", user));

        // clean-up routes, and log-out
        check("DELETE", rules + "/{id}", http().delete(rules + "/" + rule, admin));
        check("DELETE", nodes + "/{id}", http().delete(nodes + "/" + node, admin));
        check("POST", API + "/auth/logout", http().post(API + "/auth/logout", "", user));

        assertThat(checked).as("JSON routes the scenario did not call").containsAll(jsonRoutes());
    }

    @Test
    void theCheckRefusesAnAnswerOfTheWrongShape() throws IOException {
        var schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#/paths/"
                + escape(API + "/payment/status/{order_id}") + "/get/responses/200/content/application~1json/schema"));
        ObjectMapper json = new ObjectMapper();

        assertThat(schema.validate(json.readTree("{\"ret\":1,\"msg\":\"ok\",\"data\":{\"id\":3,\"order_id\":3,\"status\":1,\"total\":\"10.00\"}}")))
                .isEmpty();
        assertThat(schema.validate(json.readTree("{\"ret\":1,\"msg\":\"ok\",\"data\":{\"id\":3,\"order_id\":\"3\",\"status\":1,\"total\":\"10.00\"}}")))
                .as("an id as a string").isNotEmpty();
        assertThat(schema.validate(json.readTree("{\"ret\":1,\"msg\":\"ok\",\"data\":{\"id\":3,\"order_id\":3,\"status\":1,\"total\":10}}")))
                .as("money as a number, through a $ref").isNotEmpty();
        assertThat(schema.validate(json.readTree("{\"ret\":\"1\",\"msg\":\"ok\",\"data\":{\"id\":3,\"order_id\":3,\"status\":1,\"total\":\"10.00\"}}")))
                .as("ret as a string").isNotEmpty();
    }

    /** Checks the answer against the document and returns its data (or its body where there is no envelope). */
    private JsonNode check(String method, String route, TestHttp.Reply reply) {
        JsonNode operation = document.path("paths").path(route).path(method.toLowerCase());
        assertThat(operation.isMissingNode()).as(method + " " + route + " is not in the document").isFalse();
        String status = Integer.toString(reply.status());
        JsonNode response = operation.path("responses").path(status);
        assertThat(response.isMissingNode()).as(method + " " + route + " answered " + status + " (" + reply.body()
                + "), which the document does not list").isFalse();
        String pointer = "/paths/" + escape(route) + "/" + method.toLowerCase() + "/responses/" + status;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        if (response.path("content").has("application/json")) {
            var schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#" + pointer
                    + "/content/application~1json/schema"));
            Set<ValidationMessage> problems = schema.validate(reply.json());
            assertThat(problems).as(method + " " + route + " " + status + ": " + reply.body()).isEmpty();
        }
        if (route.startsWith(API) && !route.startsWith(API + "/node/") && !reply.body().isEmpty()) {
            keepsTheConventions(method + " " + route, "", reply.json());
        }
        checked.add(method + " " + route);
        JsonNode body = reply.body().isEmpty() ? null : reply.json();
        return body != null && body.has("data") && body.get("data").isObject() ? body.get("data") : body;
    }

    /**
     * docs/API.md's conventions, on the answer itself (the schema's date-time format is not
     * asserted by the validator): a field named *_at is ISO-8601 or null, an id a whole number or null.
     */
    private static void keepsTheConventions(String route, String path, JsonNode value) {
        if (value.isArray()) {
            value.forEach(item -> keepsTheConventions(route, path + "[]", item));
        }
        value.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode v = field.getValue();
            String where = route + " " + path + "." + name;
            if (name.endsWith("_at") && !v.isNull()) {
                assertThat(v.isTextual()).as(where + ": " + v).isTrue();
                assertThatCode(() -> Instant.parse(v.asText())).as(where + ": " + v).doesNotThrowAnyException();
            }
            if ((name.equals("id") || name.endsWith("_id")) && !v.isNull()) {
                assertThat(v.isIntegralNumber()).as(where + ": " + v).isTrue();
            }
            keepsTheConventions(route, path + "." + name, v);
        });
    }

    private Set<String> jsonRoutes() {
        Set<String> routes = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String route = operation.getKey().toUpperCase() + " " + path.getKey();
            if (!NOT_JSON.contains(route)) {
                routes.add(route);
            }
        }));
        return routes;
    }

    private static String escape(String route) {
        return route.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode readDocument() {
        try (InputStream in = OpenApiConformanceTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
