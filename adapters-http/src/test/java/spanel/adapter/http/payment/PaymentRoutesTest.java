package spanel.adapter.http.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.HandlePaymentNotify.NotifyHandled.Outcome;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.AlreadyPaid;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

class PaymentRoutesTest extends RouteTest {

    private static final String API = "/app/api/v0/payment";
    private static final TopUpOrder ORDER = new TopUpOrder(OrderId.of(5), new UserId(7), "20260301100000abcdef0123456789", "epay",
            Money.ofFen(1999), OrderStatus.UNPAID, false, Instant.ofEpochSecond(1_772_359_200L), Optional.empty());

    @Test
    void creatingAnOrderAnswersItAndWhereToPay() {
        AtomicReference<CreateTopUpOrder.Command> seen = new AtomicReference<>();
        useCases.createTopUp = command -> {
            seen.set(command);
            return new CreateTopUpOrder.TopUpCreated(ORDER, "https://pay.example.com/submit.php?x=1");
        };

        TestHttp.Reply reply = http().post(API + "/create", "{\"total\":\"19.99\",\"gateway\":\"epay\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("id").asLong()).isEqualTo(5);
        assertThat(data.get("order_id").asLong()).isEqualTo(5);
        assertThat(data.get("total").asText()).isEqualTo("19.99");
        assertThat(data.get("status").asInt()).isZero();
        assertThat(data.get("tradeno").asText()).isEqualTo(ORDER.tradeNo());
        assertThat(data.get("datetime").asLong()).isEqualTo(1_772_359_200L);
        assertThat(data.get("payment_url").asText()).isEqualTo("https://pay.example.com/submit.php?x=1");
        assertThat(seen.get().user()).isEqualTo(new UserId(7));
        assertThat(seen.get().total()).isEqualTo(Money.ofFen(1999));
    }

    @Test
    void badAmountsAre400AndNoTokenIs401() {
        assertInvalidField(http().post(API + "/create", "{\"total\":0,\"gateway\":\"epay\"}", bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/create", "{\"total\":-1,\"gateway\":\"epay\"}", bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/create", "{\"total\":1.001,\"gateway\":\"epay\"}", bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/create", "{\"total\":\"x\",\"gateway\":\"epay\"}", bearer(USER_TOKEN)), "total");
        assertInvalidField(http().post(API + "/create", "{\"total\":1}", bearer(USER_TOKEN)), "gateway");
        assertRefused(http().post(API + "/create", "{\"total\":1,\"gateway\":\"epay\"}"), 401, "unauthorized");
        assertRefused(http().get(API + "/orders"), 401, "unauthorized");
        assertRefused(http().get(API + "/status/5"), 401, "unauthorized");
    }

    @Test
    void aGatewayNotEnabledIs400AndAFailingGatewayIs502() {
        useCases.createTopUp = command -> {
            throw new InvalidInput("gateway", "'paypal' is not enabled; enabled: epay");
        };
        assertInvalidField(http().post(API + "/create", "{\"total\":1,\"gateway\":\"paypal\"}", bearer(USER_TOKEN)), "gateway");

        useCases.createTopUp = command -> {
            throw new GatewayFailed("stripe answered HTTP 500");
        };
        TestHttp.Reply reply = http().post(API + "/create", "{\"total\":1,\"gateway\":\"stripe\"}", bearer(USER_TOKEN));
        assertRefused(reply, 502, "gateway_failed");
        assertThat(reply.json().get("msg").asText()).isEqualTo("stripe answered HTTP 500");
    }

    @Test
    void notifiesAreAnsweredInTheGatewaysOwnTerms() {
        AtomicReference<HandlePaymentNotify.Command> seen = new AtomicReference<>();
        useCases.handleNotify = command -> {
            seen.set(command);
            return new HandlePaymentNotify.NotifyHandled(
                    "good".equals(command.request().params().get("sign")) ? Outcome.ALREADY_CREDITED : Outcome.REJECTED,
                    "T1", "test");
        };

        TestHttp.Reply get = http().get(API + "/notify/epay?out_trade_no=T1&name=VIP%20Monthly&sign=good");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("success");
        assertThat(seen.get().request().params()).containsEntry("name", "VIP Monthly");

        TestHttp.Reply post = http().post(API + "/notify/alipay", "out_trade_no=T1&sign=bad", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.body()).isEqualTo("fail");
        assertThat(seen.get().gateway()).isEqualTo("alipay");

        TestHttp.Reply stripe = http().post(API + "/notify/stripe", "{\"id\":\"evt\"}", "Stripe-Signature", "t=1,v1=x");
        assertThat(stripe.status()).isEqualTo(400);
        assertThat(seen.get().request().rawBody()).isEqualTo("{\"id\":\"evt\"}");
        assertThat(seen.get().request().header("Stripe-Signature")).contains("t=1,v1=x");
    }

    @Test
    void aRepeatedParameterIsRefusedWithoutAsking() {
        TestHttp.Reply reply = http().get(API + "/notify/epay?out_trade_no=T1&sign=a&sign=b");

        assertThat(reply.body()).isEqualTo("fail");
    }

    @Test
    void theReturnRouteRedirectsToTheFrontEnd() {
        TestHttp.Reply reply = http().get(API + "/return/epay?out_trade_no=T1");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).isEqualTo(FakeUseCases.RETURN_TO);
    }

    @Test
    void ordersAndStatusAreTheCallersOwn() {
        useCases.listTopUps = query -> {
            assertThat(query.user()).isEqualTo(new UserId(7));
            assertThat(query.status()).contains(OrderStatus.UNPAID);
            assertThat(query.page()).isEqualTo(new PageRequest(2, 5));
            return new Page<>(List.of(ORDER), 6, query.page());
        };
        useCases.showTopUp = (owner, id) -> {
            if (!id.equals(OrderId.of(5))) {
                throw new NotFound("no order " + id);
            }
            return ORDER;
        };

        var orders = http().get(API + "/orders?status=0&page=2&size=5", bearer(USER_TOKEN)).json().get("data");
        assertThat(orders.get("count").asInt()).isEqualTo(1);
        assertThat(orders.get("total").asLong()).isEqualTo(6);
        assertThat(orders.get("page").asInt()).isEqualTo(2);
        assertThat(orders.get("size").asInt()).isEqualTo(5);
        var listed = orders.get("orders").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(ORDER.id().value());
        assertThat(listed.get("tradeno").asText()).isEqualTo(ORDER.tradeNo());
        assertThat(listed.get("created_at").asText()).isEqualTo(ORDER.createdAt().toString());
        assertInvalidField(http().get(API + "/orders?status=7", bearer(USER_TOKEN)), "status");
        var status = http().get(API + "/status/5", bearer(USER_TOKEN)).json().get("data");
        assertThat(status.get("id").asLong()).isEqualTo(5);
        assertThat(status.get("order_id").asLong()).isEqualTo(5);
        assertThat(status.get("total").asText()).isEqualTo("19.99");
        assertRefused(http().get(API + "/status/6", bearer(USER_TOKEN)), 404, "not_found");
        assertInvalidField(http().get(API + "/status/x", bearer(USER_TOKEN)), "order_id");
    }

    @Test
    void theDebugConfirmDoesNotExistWhenDebugIsOff() {
        assertRefused(http().post(API + "/debug/confirm", "{\"order_id\":5}"), 404, "not_found");
        assertRefused(http().post(API + "/debug/confirm", "{\"order_id\":5}", bearer(ADMIN_TOKEN)), 404, "not_found");
    }

    @Test
    void withDebugTheConfirmNeedsAUserAndIs409OnceConfirmed() {
        FakeUseCases debug = new FakeUseCases();
        debug.debug = true;
        debug.authenticate = useCases.authenticate;
        AtomicReference<Boolean> confirmed = new AtomicReference<>(false);
        debug.confirmTopUp = command -> {
            if (confirmed.getAndSet(true)) {
                throw new AlreadyPaid("order 5 is paid already");
            }
            return new ConfirmTopUpByHand.TopUpConfirmed(command.orderId(), Money.ofFen(1999));
        };
        var app = debug.start();
        try {
            TestHttp http = new TestHttp(app.port());
            assertRefused(http.post(API + "/debug/confirm", "{\"order_id\":5}"), 401, "unauthorized");
            var first = http.post(API + "/debug/confirm", "{\"order_id\":5}", bearer(USER_TOKEN));
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().get("data").get("credited").asText()).isEqualTo("19.99");
            assertRefused(http.post(API + "/debug/confirm", "{\"order_id\":5}", bearer(USER_TOKEN)), 409, "already_paid");
            assertInvalidField(http.post(API + "/debug/confirm", "{}", bearer(USER_TOKEN)), "order_id");
        } finally {
            app.stop();
        }
    }
}
