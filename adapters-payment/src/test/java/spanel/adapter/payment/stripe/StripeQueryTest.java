package spanel.adapter.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import com.stripe.model.checkout.Session;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayAnswer;

/**
 * Retrieving a Checkout Session from a stand-in for Stripe's API, checked against Stripe's own Java
 * SDK (test scope): the SDK reads each of the stand-in's sessions as spanel does, and spanel's
 * request is the SDK's (same path, same key). Stripe's answer over TLS with the secret key is its
 * word; spanel still credits only the session it opened, for its order, in its currency.
 */
class StripeQueryTest {

    private static final String KEY = "sk_test_ExampleKey";
    private static final String TRADE_NO = "20250101120000123456";
    private static final String SESSION = "cs_test_a1B2c3";

    private final FakeGatewayServer fake = new FakeGatewayServer();
    private final StripeGateway gateway = new StripeGateway(new StripeConfig(KEY, "whsec_x", "usd", fake.url()),
            Clock.systemUTC());

    @AfterEach
    void stop() {
        fake.close();
    }

    static String session(String id, boolean livemode, String status, String paymentStatus, long amount, String currency,
            String reference) {
        return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"livemode\":" + livemode + ",\"mode\":\"payment\","
                + "\"status\":\"" + status + "\",\"payment_status\":\"" + paymentStatus + "\",\"amount_subtotal\":" + amount
                + ",\"amount_total\":" + amount + ",\"currency\":\"" + currency + "\",\"client_reference_id\":\"" + reference
                + "\",\"metadata\":{\"tradeno\":\"" + reference + "\"},\"payment_intent\":\"pi_test_9Z8y\","
                + "\"created\":1735732800,\"expires_at\":1735819200}";
    }

    private GatewayAnswer ask() {
        return gateway.ask(new OrderQuery(TRADE_NO, Optional.of(SESSION)));
    }

    private Session stripesSdkReads() throws Exception {
        return new StripeClient.StripeClientBuilder().setApiKey(KEY).setApiBase(fake.url()).setMaxNetworkRetries(0).build()
                .checkout().sessions().retrieve(SESSION);
    }

    @Test
    void aCompletePaidSessionIsAPaymentOfItsAmountUnderItsPaymentIntent() throws Exception {
        fake.answer(200, session(SESSION, false, "complete", "paid", 1_000, "usd", TRADE_NO));
        Session sdk = stripesSdkReads();
        assertThat(sdk.getPaymentStatus()).isEqualTo("paid");
        assertThat(sdk.getAmountTotal()).isEqualTo(1_000L);

        GatewayAnswer answer = ask();

        assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Paid.class, paid -> {
            assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(1_000));
            // The notify's own payment number: a notify after the answer is a duplicate of it.
            assertThat(paid.notice().gatewayTradeNo()).isEqualTo("pi_test_9Z8y");
        });
        assertThat(fake.received()).extracting(FakeGatewayServer.Received::path, FakeGatewayServer.Received::authorization)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("/v1/checkout/sessions/" + SESSION, "Bearer " + KEY));
    }

    @Test
    void anOpenSessionAndOnePaidByAMethodStillProcessingAreUnpaid() throws Exception {
        fake.answer(200, session(SESSION, false, "open", "unpaid", 1_000, "usd", TRADE_NO));
        assertThat(stripesSdkReads().getStatus()).isEqualTo("open");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unpaid.class);

        fake.answer(200, session(SESSION, false, "complete", "unpaid", 1_000, "usd", TRADE_NO));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unpaid.class);
    }

    @Test
    void anExpiredSessionIsClosed() throws Exception {
        fake.answer(200, session(SESSION, false, "expired", "unpaid", 1_000, "usd", TRADE_NO));
        assertThat(stripesSdkReads().getStatus()).isEqualTo("expired");

        assertThat(ask()).isInstanceOf(GatewayAnswer.Closed.class);
    }

    @Test
    void aPaymentOfAnotherAmountIsHandedOnForTheOrdersCheck() {
        fake.answer(200, session(SESSION, false, "complete", "paid", 100, "usd", TRADE_NO));

        assertThat(ask()).isInstanceOfSatisfying(GatewayAnswer.Paid.class,
                paid -> assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(100)));
    }

    @Test
    void aSessionInAnotherCurrencyForAnotherOrderOrInLiveModeIsNotBelieved() {
        fake.answer(200, session(SESSION, false, "complete", "paid", 1_000, "eur", TRADE_NO));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(200, session(SESSION, false, "complete", "paid", 1_000, "usd", "20250101120000999999"));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(200, session(SESSION, true, "complete", "paid", 1_000, "usd", TRADE_NO));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(200, session("cs_test_other", false, "complete", "paid", 1_000, "usd", TRADE_NO));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anUnknownSessionOrAStripeThatIsDownIsUnknown() {
        fake.answer(404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        StripeGateway unreachable = new StripeGateway(new StripeConfig(KEY, "whsec_x", "usd", "http://127.0.0.1:1"),
                Clock.systemUTC());
        assertThat(unreachable.ask(new OrderQuery(TRADE_NO, Optional.of(SESSION)))).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anOrderWithoutAKeptSessionCannotBeAskedAbout() {
        assertThat(gateway.ask(new OrderQuery(TRADE_NO, Optional.empty()))).isInstanceOf(GatewayAnswer.Unknown.class);
        assertThat(fake.received()).isEmpty();
    }

    @Test
    void startingAPaymentKeepsTheCheckoutSessionsId() {
        fake.answer(200, "{\"id\":\"" + SESSION + "\",\"url\":\"https://checkout.stripe.com/c/pay/" + SESSION + "\"}");

        var started = gateway.start(new PaymentRequest(TRADE_NO, Money.ofFen(1_000), "Top-up 10.00", "https://p/notify",
                "https://p/return"));

        assertThat(started.reference()).contains(SESSION);
        assertThat(started.paymentUrl()).isEqualTo("https://checkout.stripe.com/c/pay/" + SESSION);
    }
}
