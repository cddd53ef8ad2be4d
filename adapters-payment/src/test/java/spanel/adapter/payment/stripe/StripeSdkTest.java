package spanel.adapter.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.net.FormEncoder;
import com.stripe.net.Webhook;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/**
 * spanel against Stripe's own Java SDK (com.stripe:stripe-java, test scope only): a webhook the
 * SDK signs is a payment, and the Checkout Session spanel creates is, parameter for parameter, the
 * one the SDK would send.
 */
class StripeSdkTest {

    private static final String SECRET = "whsec_test_ExampleSecret";
    private final FakeGatewayServer fake = new FakeGatewayServer();

    @AfterEach
    void stop() {
        fake.close();
    }

    private StripeGateway gateway(Instant now) {
        return new StripeGateway(new StripeConfig("sk_test_1", SECRET, "usd", fake.url()), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aWebhookSignedByStripesSdkIsAPayment() throws Exception {
        long t = 1_735_732_800L;
        String body = StripeGatewayTest.paymentIntent("T1", 1999, "usd");
        String header = "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(SECRET, t + "." + body);
        assertThat(Webhook.Signature.verifyHeader(body, header, SECRET, 300,
                Clock.fixed(Instant.ofEpochSecond(t), ZoneOffset.UTC))).isTrue();

        var verdict = gateway(Instant.ofEpochSecond(t + 5)).verify(new NotifyRequest(Map.of(), body,
                Map.of("stripe-signature", header)));

        assertThat(verdict).isInstanceOf(NotifyVerdict.Paid.class);
        assertThat(((NotifyVerdict.Paid) verdict).notice().amount()).isEqualTo(Money.ofFen(1999));
    }

    @Test
    void theCheckoutSessionFormIsTheOneStripesSdkEncodes() {
        fake.answer(200, "{\"id\":\"cs_1\",\"url\":\"https://checkout.stripe.com/c/pay/cs_1\"}");
        gateway(Instant.ofEpochSecond(1_735_732_800L)).paymentUrl(new PaymentRequest("T1", Money.ofFen(1999),
                "Top-up 19.99", "https://p/notify", "https://p/return"));
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("https://p/return")
                .setCancelUrl("https://p/return")
                .setClientReferenceId("T1")
                .putMetadata("tradeno", "T1")
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata("tradeno", "T1").build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("usd")
                                .setUnitAmount(1999L)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Top-up 19.99").build())
                                .build())
                        .build())
                .build();

        String sdk = FormEncoder.createQueryString(params.toMap());

        assertThat(pairs(fake.received().getFirst().body())).containsExactlyInAnyOrderElementsOf(pairs(sdk));
    }

    /** The decoded name=value pairs of a form. */
    private static List<String> pairs(String form) {
        List<String> pairs = new ArrayList<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            pairs.add(URLDecoder.decode(kv[0], StandardCharsets.UTF_8) + "=" + URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return pairs;
    }
}
