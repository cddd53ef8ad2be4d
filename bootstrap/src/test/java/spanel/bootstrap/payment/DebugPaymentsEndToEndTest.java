package spanel.bootstrap.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.bootstrap.EndToEndTest;

/** Under DEBUG with no gateway configured, a trial top-up goes through the debug gateway and its confirm route. */
class DebugPaymentsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("DEBUG", "true");
    }

    @Test
    void aTopUpThroughTheDebugGatewayIsCreditedWhenConfirmed() {
        String[] user = aUser();
        var created = http().post(API + "/payment/create", "{\"total\":\"3.50\",\"gateway\":\"debug\"}", user);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long orderId = created.json().get("data").get("order_id").asLong();

        var confirmed = http().post(API + "/payment/debug/confirm", "{\"order_id\":" + orderId + "}", user);

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(http().get(API + "/payment/status/" + orderId, user).json().get("data").get("status").asInt()).isEqualTo(1);
        assertThat(http().get(API + "/user/info", user).json().get("data").get("money").asText()).isEqualTo("3.50");
    }

    @Test
    void theDebugGatewayBelievesNoNotification() {
        String[] user = aUser();
        String tradeNo = http().post(API + "/payment/create", "{\"total\":\"2.00\",\"gateway\":\"debug\"}", user)
                .json().get("data").get("tradeno").asText();

        var notified = http().get(API + "/payment/notify/debug?out_trade_no=" + tradeNo + "&money=2.00");

        assertThat(notified.status()).isNotEqualTo(200);
        assertThat(http().get(API + "/user/info", user).json().get("data").get("money").asText()).isEqualTo("0.00");
    }

    private String[] aUser() {
        return PaymentsEndToEndTest.aUser(http());
    }
}
