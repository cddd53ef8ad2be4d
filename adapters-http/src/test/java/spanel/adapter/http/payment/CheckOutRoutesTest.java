package spanel.adapter.http.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.OutOfStock;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

class CheckOutRoutesTest extends RouteTest {

    private static final String CHECKOUT = "/app/api/v0/user/checkout";
    private static final Instant EXPIRE = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void aBalanceThatCoversThePriceAnswersThePurchase() {
        AtomicReference<CheckOutPlan.Command> seen = new AtomicReference<>();
        useCases.checkOut = command -> {
            seen.set(command);
            return new CheckOutPlan.Bought(new BuyPlan.PlanBought(PurchaseId.of(9), command.productId(), "Monthly",
                    Money.ofFen(1999), Money.ofFen(1999), Money.ofFen(1), new Entitlement(2, EXPIRE, EXPIRE,
                    Traffic.ofGigabytes(10), 0, 0), false));
        };

        TestHttp.Reply reply = http().post(CHECKOUT, "{\"shop_id\":3,\"coupon\":\" half \"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("paid").asBoolean()).isTrue();
        assertThat(data.get("purchase_id").asLong()).isEqualTo(9);
        assertThat(data.get("new_balance").asText()).isEqualTo("0.01");
        assertThat(data.has("payment_url")).isFalse();
        assertThat(seen.get().buyer().value()).isEqualTo(7);
        assertThat(seen.get().purchase().couponCode()).contains("HALF");
        assertThat(seen.get().gateway()).isEmpty();
    }

    @Test
    void aShortBalanceAnswersTheOrderForTheRest() {
        useCases.checkOut = command -> new CheckOutPlan.AwaitingPayment(new TopUpOrder(OrderId.of(5), new UserId(7), "T-5",
                command.gateway().orElseThrow(), Money.ofFen(700), OrderStatus.UNPAID, false, Instant.ofEpochSecond(1_772_359_200L),
                Optional.empty()), "https://pay.example.com/submit.php?x=1", Money.ofFen(700));

        TestHttp.Reply reply = http().post(CHECKOUT, "{\"shop_id\":3,\"gateway\":\"epay\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("paid").asBoolean()).isFalse();
        assertThat(data.get("order_id").asLong()).isEqualTo(5);
        assertThat(data.get("amount").asText()).isEqualTo("7.00");
        assertThat(data.get("tradeno").asText()).isEqualTo("T-5");
        assertThat(data.get("payment_url").asText()).isEqualTo("https://pay.example.com/submit.php?x=1");
    }

    @Test
    void refusalsAndBadInputKeepTheirStatus() {
        useCases.checkOut = command -> {
            throw new OutOfStock("Monthly");
        };
        assertRefused(http().post(CHECKOUT, "{\"shop_id\":3}", bearer(USER_TOKEN)), 409, "out_of_stock");
        useCases.checkOut = command -> {
            throw new AssertionError("must not run");
        };
        assertInvalidField(http().post(CHECKOUT, "{\"shop_id\":0}", bearer(USER_TOKEN)), "shop_id");
        assertInvalidField(http().post(CHECKOUT, "{\"shop_id\":3,\"gateway\":5}", bearer(USER_TOKEN)), "gateway");
        assertRefused(http().post(CHECKOUT, "{\"shop_id\":3}"), 401, "unauthorized");
    }
}
