package spanel.bootstrap.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/** A gateway that does not answer: the user gets a 502 saying so, and the order stays, unpaid. */
class GatewayDownTest extends EndToEndTest {

    @Override
    protected Map<String, String> extraEnvironment() {
        // Nothing listens on port 1: every call to this "Stripe" fails to connect.
        return Map.of("STRIPE_SECRET_KEY", "sk_test_x", "STRIPE_WEBHOOK_SECRET", "whsec_x", "STRIPE_CURRENCY", "usd",
                "STRIPE_API_URL", "http://127.0.0.1:1", "PUBLIC_URL", "https://panel.example.com");
    }

    @Test
    void aGatewayFailureIs502AndLeavesTheOrderUnpaid() {
        String email = "payer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        http().post("/app/api/v0/auth/register", body);
        String token = http().post("/app/api/v0/auth/login", body).json().get("data").get("access_token").asText();

        TestHttp.Reply reply = http().post("/app/api/v0/payment/create", "{\"total\":\"5.00\",\"gateway\":\"stripe\"}",
                "Authorization", "Bearer " + token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(502);
        assertThat(reply.json().get("error").asText()).isEqualTo("gateway_failed");
        long user = dsl().fetchValue(USERS.ID, USERS.EMAIL.eq(email));
        assertThat(dsl().fetch(TOPUP_ORDERS, TOPUP_ORDERS.USER_ID.eq(user)))
                .singleElement()
                .satisfies(order -> {
                    assertThat(order.getStatus()).isEqualTo((short) 0);
                    assertThat(order.getTotal()).isEqualTo(500);
                });
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user))).isZero();
    }
}
