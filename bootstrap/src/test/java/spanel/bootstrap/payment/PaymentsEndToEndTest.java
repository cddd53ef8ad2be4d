package spanel.bootstrap.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.PAYMENT_EVENTS;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/** An EPay top-up on the assembled service: created over HTTP, notified over HTTP (GET and POST), credited once. */
class PaymentsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    @Override
    protected Map<String, String> extraEnvironment() {
        return EpayNotices.ENVIRONMENT;
    }

    @Test
    void anEpayOrderIsCreatedNotifiedAndCreditedOnce() throws Exception {
        String[] user = aUser();
        var created = http().post(API + "/payment/create", "{\"total\":\"12.34\",\"gateway\":\"epay\"}", user);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var data = created.json().get("data");
        String tradeNo = data.get("tradeno").asText();
        long orderId = data.get("order_id").asLong();
        Map<String, String> submitted = query(data.get("payment_url").asText());
        assertThat(submitted).containsEntry("out_trade_no", tradeNo).containsEntry("money", "12.34")
                .containsEntry("notify_url", "https://panel.example.com/app/api/v0/payment/notify/epay");
        assertThat(submitted.get("sign")).isEqualTo(EpayNotices.sign(submitted));

        Map<String, String> notify = new TreeMap<>(Map.of("pid", "1001", "trade_no", "E2E" + tradeNo,
                "out_trade_no", tradeNo, "type", "alipay", "name", submitted.get("name"), "money", "12.34",
                "trade_status", "TRADE_SUCCESS", "sign_type", "MD5"));
        notify.put("sign", EpayNotices.sign(notify));
        String form = EpayNotices.encode(notify);

        var first = http().get(API + "/payment/notify/epay?" + form);
        var again = http().post(API + "/payment/notify/epay", form, "Content-Type", "application/x-www-form-urlencoded");
        notify.put("money", "1234.00");
        var forged = http().get(API + "/payment/notify/epay?" + EpayNotices.encode(notify));

        assertThat(first.body()).isEqualTo("success");
        assertThat(again.body()).isEqualTo("success");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).isEqualTo("fail");
        var status = http().get(API + "/payment/status/" + orderId, user).json().get("data");
        assertThat(status.get("status").asInt()).isEqualTo(1);
        var info = http().get(API + "/user/info", user).json().get("data");
        assertThat(info.get("money").asText()).isEqualTo("12.34");
        assertThat(dsl().fetchCount(PAYMENT_EVENTS, PAYMENT_EVENTS.ORDER_ID.eq(orderId))).isEqualTo(1);
        long id = info.get("id").asLong();
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(id)))
                .isEqualTo(dsl().select(DSL.sum(BALANCE_LEDGER.DELTA)).from(BALANCE_LEDGER)
                        .where(BALANCE_LEDGER.USER_ID.eq(id)).fetchOne(0, Long.class));
        // Someone else's order does not exist for them.
        assertThat(http().get(API + "/payment/status/" + orderId, aUser()).status()).isEqualTo(404);
    }

    @Test
    void aSecondPaymentForAPaidOrderIsAcknowledgedNotCreditedAndFlaggedForReview() throws Exception {
        String[] user = aUser();
        var data = http().post(API + "/payment/create", "{\"total\":\"5.00\",\"gateway\":\"epay\"}", user).json().get("data");
        String tradeNo = data.get("tradeno").asText();
        long orderId = data.get("order_id").asLong();

        assertThat(http().get(API + "/payment/notify/epay?" + paidNotify(tradeNo, "FIRST" + tradeNo)).body()).isEqualTo("success");
        var second = http().get(API + "/payment/notify/epay?" + paidNotify(tradeNo, "SECOND" + tradeNo));

        assertThat(second.body()).isEqualTo("success");
        assertThat(http().get(API + "/user/info", user).json().get("data").get("money").asText()).isEqualTo("5.00");
        var order = dsl().fetchOne(TOPUP_ORDERS, TOPUP_ORDERS.ID.eq(orderId));
        assertThat(order.getNeedsReview()).isTrue();
        assertThat(order.getReviewReason()).contains("SECOND" + tradeNo);
        assertThat(dsl().fetchCount(PAYMENT_EVENTS, PAYMENT_EVENTS.ORDER_ID.eq(orderId))).isEqualTo(1);
    }

    private static String paidNotify(String tradeNo, String platformTradeNo) {
        return EpayNotices.paid(tradeNo, platformTradeNo, "5.00");
    }

    @Test
    void aGatewayThatIsNotEnabledIsListedAndTheDebugConfirmIs404() {
        String[] user = aUser();
        var refused = http().post(API + "/payment/create", "{\"total\":1,\"gateway\":\"stripe\"}", user);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("msg").asText()).contains("enabled: epay");
        assertThat(http().post(API + "/payment/debug/confirm", "{\"order_id\":1}", asAdmin()).status()).isEqualTo(404);
        // Without DEBUG there is no debug gateway either.
        assertThat(http().post(API + "/payment/create", "{\"total\":1,\"gateway\":\"debug\"}", user).status())
                .isEqualTo(400);
    }

    private String[] aUser() {
        return aUser(http());
    }

    /** A newly registered user's Authorization header, as name and value. */
    static String[] aUser(TestHttp http) {
        String email = "payer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        assertThat(http.post(API + "/auth/register", body).status()).isEqualTo(200);
        String token = http.post(API + "/auth/login", body).json().get("data").get("access_token").asText();
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
