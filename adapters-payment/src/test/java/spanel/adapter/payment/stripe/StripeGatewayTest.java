package spanel.adapter.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/** Stripe's webhook signature and a local fake of the Checkout Sessions API. */
class StripeGatewayTest {

    static final String SECRET = "whsec_test_ExampleSecret";
    static final long T = 1_735_732_800L;

    private final FakeGatewayServer fake = new FakeGatewayServer();

    @AfterEach
    void stop() {
        fake.close();
    }

    private StripeGateway gateway(String currency, Instant now) {
        return new StripeGateway(new StripeConfig("sk_test_1", SECRET, currency, fake.url()), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theSignatureMatchesTheWorkedExample() {
        assertThat(StripeSignature.sign(T + ".{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}", SECRET))
                .isEqualTo("7760f3c7ce6e45d61e6936e5f458450b3bb589a699ed10cd518738793102852e");
    }

    @Test
    void anAuthenticPaymentIntentIsAPayment() {
        String body = paymentIntent("T1", 1999, "cny");

        var verdict = gateway("cny", Instant.ofEpochSecond(T + 10)).verify(signed(body, T, SECRET));

        assertThat(verdict).isInstanceOf(NotifyVerdict.Paid.class);
        var notice = ((NotifyVerdict.Paid) verdict).notice();
        assertThat(notice.tradeNo()).isEqualTo("T1");
        assertThat(notice.gatewayTradeNo()).isEqualTo("pi_1");
        assertThat(notice.amount()).isEqualTo(Money.ofFen(1999));
    }

    @Test
    void aCompletedPaidCheckoutSessionIsAPaymentOfThePaymentIntent() {
        String body = "{\"id\":\"evt_2\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\"cs_1\","
                + "\"client_reference_id\":\"T1\",\"payment_status\":\"paid\",\"payment_intent\":\"pi_1\","
                + "\"amount_total\":1000,\"currency\":\"cny\"}}}";

        var verdict = gateway("cny", Instant.ofEpochSecond(T)).verify(signed(body, T, SECRET));

        assertThat(((NotifyVerdict.Paid) verdict).notice().gatewayTradeNo()).isEqualTo("pi_1");
        assertThat(((NotifyVerdict.Paid) verdict).notice().amount()).isEqualTo(Money.ofFen(1000));
    }

    @Test
    void anUnpaidSessionOrAnotherEventIsNotAPayment() {
        String unpaid = "{\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"client_reference_id\":\"T1\","
                + "\"payment_status\":\"unpaid\",\"amount_total\":1000,\"currency\":\"cny\"}}}";
        String other = "{\"type\":\"charge.refunded\",\"data\":{\"object\":{}}}";
        var gateway = gateway("cny", Instant.ofEpochSecond(T));

        assertThat(gateway.verify(signed(unpaid, T, SECRET))).isInstanceOf(NotifyVerdict.NotPaid.class);
        assertThat(gateway.verify(signed(other, T, SECRET))).isInstanceOf(NotifyVerdict.NotPaid.class);
    }

    @Test
    void aBadSignatureAnotherSecretOrAStaleTimestampIsRejected() {
        String body = paymentIntent("T1", 1000, "cny");
        var gateway = gateway("cny", Instant.ofEpochSecond(T));

        assertThat(gateway.verify(signed(body, T, "whsec_other"))).isInstanceOf(NotifyVerdict.Rejected.class);
        // The body changed after signing: the amount raised.
        assertThat(gateway.verify(new NotifyRequest(Map.of(), body.replace("1000", "100000"), signed(body, T, SECRET).headers())))
                .isInstanceOf(NotifyVerdict.Rejected.class);
        assertThat(gateway.verify(new NotifyRequest(Map.of(), body, Map.of()))).isInstanceOf(NotifyVerdict.Rejected.class);
        assertThat(gateway("cny", Instant.ofEpochSecond(T + 301)).verify(signed(body, T, SECRET)))
                .isEqualTo(new NotifyVerdict.Rejected("-", "timestamp outside the 300 s tolerance"));
        assertThat(gateway("cny", Instant.ofEpochSecond(T - 301)).verify(signed(body, T, SECRET)))
                .isInstanceOf(NotifyVerdict.Rejected.class);
        assertThat(gateway("cny", Instant.ofEpochSecond(T + 300)).verify(signed(body, T, SECRET)))
                .isInstanceOf(NotifyVerdict.Paid.class);
    }

    @Test
    void anyOfSeveralV1SignaturesMayMatch() {
        String body = paymentIntent("T1", 1000, "cny");
        String header = "t=" + T + ",v1=" + "0".repeat(64) + ",v1=" + StripeSignature.sign(T + "." + body, SECRET) + ",v0=abc";

        assertThat(gateway("cny", Instant.ofEpochSecond(T)).verify(new NotifyRequest(Map.of(), body,
                Map.of("stripe-signature", header)))).isInstanceOf(NotifyVerdict.Paid.class);
    }

    @Test
    void anotherCurrencyIsRejected() {
        assertThat(gateway("cny", Instant.ofEpochSecond(T)).verify(signed(paymentIntent("T1", 1000, "usd"), T, SECRET)))
                .isInstanceOf(NotifyVerdict.Rejected.class);
    }

    @Test
    void amountsAreConvertedToTheMinorUnitOnce() {
        assertThat(StripeAmounts.toMinor(Money.ofFen(1999), "usd")).isEqualTo(1999);
        assertThat(StripeAmounts.toMinor(Money.ofFen(50_000), "jpy")).isEqualTo(500);
        assertThat(StripeAmounts.toMinor(Money.ofFen(1999), "kwd")).isEqualTo(19_990);
        assertThatThrownBy(() -> StripeAmounts.toMinor(Money.ofFen(1999), "jpy")).isInstanceOf(IllegalArgumentException.class);
        assertThat(StripeAmounts.fromMinor(500, "jpy")).isEqualTo(Money.ofFen(50_000));
        assertThat(StripeAmounts.fromMinor(1999, "cny")).isEqualTo(Money.ofFen(1999));
    }

    @Test
    void creatingAnOrderPostsACheckoutSessionAndAnswersItsUrl() {
        fake.answer(200, "{\"id\":\"cs_1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_1\"}");

        String url = gateway("usd", Instant.ofEpochSecond(T)).paymentUrl(request());

        assertThat(url).isEqualTo("https://checkout.stripe.com/c/pay/cs_1");
        var sent = fake.received().getFirst();
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.authorization()).isEqualTo("Bearer sk_test_1");
        assertThat(sent.body()).contains("client_reference_id=T1")
                .contains("line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=1999&")
                .contains("line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=usd");
    }

    @Test
    void aFailingOrSilentApiIsAGatewayFailure() {
        fake.answer(500, "{\"error\":{}}");
        assertThatThrownBy(() -> gateway("usd", Instant.ofEpochSecond(T)).paymentUrl(request()))
                .isInstanceOf(GatewayFailed.class).hasMessageContaining("HTTP 500");
        fake.answer(200, "{\"id\":\"cs_1\"}");
        assertThatThrownBy(() -> gateway("usd", Instant.ofEpochSecond(T)).paymentUrl(request()))
                .isInstanceOf(GatewayFailed.class).hasMessageContaining("without a url");
        fake.close();
        assertThatThrownBy(() -> gateway("usd", Instant.ofEpochSecond(T)).paymentUrl(request()))
                .isInstanceOf(GatewayFailed.class).hasMessageContaining("did not answer");
    }

    private static PaymentRequest request() {
        return new PaymentRequest("T1", Money.ofFen(1999), "Top-up 19.99", "https://p/notify", "https://p/return");
    }

    static String paymentIntent(String tradeNo, long amount, String currency) {
        return "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_1\","
                + "\"amount_received\":" + amount + ",\"currency\":\"" + currency + "\",\"metadata\":{\"tradeno\":\"" + tradeNo + "\"}}}}";
    }

    static NotifyRequest signed(String body, long t, String secret) {
        return new NotifyRequest(Map.of(), body,
                Map.of("stripe-signature", "t=" + t + ",v1=" + StripeSignature.sign(t + "." + body, secret)));
    }
}
