package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.error.IdempotencyInProgress;
import spanel.domain.error.IdempotencyMismatch;
import spanel.domain.money.Money;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.PurchaseId;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.UserId;

/**
 * The Idempotency-Key header on the money routes: what the edge sends the use case (the user, the
 * key, a fingerprint of the request) and what it answers (the stored body as it was, marked replayed;
 * 422 for another request; 400 for a malformed key). The store itself is tested on the databases.
 */
class IdempotencyRoutesTest extends RouteTest {

    private static final String BUY = "/app/api/v0/user/buy";
    private static final String CREATE = "/app/api/v0/payment/create";
    private static final Instant EXPIRE = Instant.parse("2026-04-01T00:00:00Z");

    /** Keeps answers per (user, key) in memory, as the real store does in its table. */
    private static final class Remembered implements AnswerOnce {
        final Map<String, String[]> answers = new HashMap<>();

        @Override
        public Answered answer(Command command, Supplier<String> work) {
            String id = command.user().value() + "/" + command.key();
            String[] first = answers.get(id);
            if (first != null) {
                if (!first[0].equals(command.fingerprint())) {
                    throw new IdempotencyMismatch("Idempotency-Key: this key was used for another request");
                }
                return new Answered(first[1], true);
            }
            String body = work.get();
            answers.put(id, new String[] {command.fingerprint(), body});
            return new Answered(body, false);
        }
    }

    private final AtomicInteger purchases = new AtomicInteger();
    private Remembered remembered;

    @BeforeEach
    void buyingCountsPurchases() {
        purchases.set(0);
        remembered = new Remembered();
        useCases.answerOnce = remembered;
        useCases.buyPlan = command -> new BuyPlan.PlanBought(PurchaseId.of(purchases.incrementAndGet()), command.productId(),
                "Monthly", Money.ofFen(1999), Money.ofFen(1999), Money.ofFen(1), new Entitlement(2, EXPIRE, EXPIRE,
                Traffic.ofGigabytes(10), 0, 0), false);
    }

    private TestHttp.Reply buy(String body, String key) {
        return http().post(BUY, body, "Authorization", "Bearer " + USER_TOKEN, Idempotency.HEADER, key);
    }

    @Test
    void theSameKeyAgainGetsTheFirstAnswerByteForByteAndBuysOnce() {
        TestHttp.Reply first = buy("{\"shop_id\":3}", "9f1c2e7a-click");
        TestHttp.Reply again = buy("{ \"shop_id\" : 3 }", "9f1c2e7a-click");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header(Idempotency.REPLAYED)).isNull();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(again.header("Content-Type")).startsWith("application/json");
        assertThat(purchases).hasValue(1);
    }

    @Test
    void aKeyInQuotesIsTheSameKey() {
        buy("{\"shop_id\":3}", "k-1");
        assertThat(buy("{\"shop_id\":3}", "\"k-1\"").header(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(purchases).hasValue(1);
    }

    @Test
    void anotherBodyUnderTheKeyIs422AndBuysNothing() {
        buy("{\"shop_id\":3}", "k-1");

        TestHttp.Reply other = buy("{\"shop_id\":4}", "k-1");

        assertRefused(other, 422, "idempotency_mismatch");
        assertThat(purchases).hasValue(1);
    }

    @Test
    void theKeyOnAnotherRouteIsAnotherRequest() {
        buy("{\"shop_id\":3}", "k-1");
        useCases.createTopUp = command -> {
            throw new AssertionError("must not run");
        };

        TestHttp.Reply create = http().post(CREATE, "{\"total\":\"19.99\",\"gateway\":\"epay\"}",
                "Authorization", "Bearer " + USER_TOKEN, Idempotency.HEADER, "k-1");

        assertRefused(create, 422, "idempotency_mismatch");
    }

    @Test
    void aTopUpCallsOutSoItsKeyIsHeldWithoutATransactionAndAPurchaseKeepsItsOne() {
        List<AnswerOnce.Command> seen = new ArrayList<>();
        useCases.answerOnce = (command, work) -> {
            seen.add(command);
            return new AnswerOnce.Answered("{\"ret\":1,\"msg\":\"ok\",\"data\":{}}", false);
        };

        buy("{\"shop_id\":3}", "k-1");
        http().post(CREATE, "{\"total\":\"19.99\",\"gateway\":\"epay\"}", "Authorization", "Bearer " + USER_TOKEN,
                Idempotency.HEADER, "k-2");

        assertThat(seen).extracting(AnswerOnce.Command::key, AnswerOnce.Command::callsOut)
                .containsExactly(tuple("k-1", false), tuple("k-2", true));
    }

    @Test
    void theSameKeyWhileTheFirstTopUpWaitsForItsGatewayIs409InProgress() {
        useCases.answerOnce = (command, work) -> {
            throw new IdempotencyInProgress("Idempotency-Key: the first request with this key is still being carried out");
        };

        TestHttp.Reply reply = http().post(CREATE, "{\"total\":\"19.99\",\"gateway\":\"epay\"}",
                "Authorization", "Bearer " + USER_TOKEN, Idempotency.HEADER, "k-1");

        assertRefused(reply, 409, "idempotency_in_progress");
    }

    @Test
    void aMalformedKeyIs400AndReachesNoUseCase() {
        useCases.answerOnce = (command, work) -> {
            throw new AssertionError("must not run");
        };
        for (String key : new String[] {"", "with space", "x".repeat(256)}) {
            TestHttp.Reply reply = buy("{\"shop_id\":3}", key);
            assertRefused(reply, 400, "invalid_request");
            assertThat(reply.json().get("msg").asText()).contains("Idempotency-Key");
        }
        assertThat(purchases).hasValue(0);
    }

    @Test
    void withoutAKeyEveryRequestIsCarriedOut() {
        useCases.answerOnce = (command, work) -> {
            throw new AssertionError("must not run");
        };
        http().post(BUY, "{\"shop_id\":3}", bearer(USER_TOKEN));
        http().post(BUY, "{\"shop_id\":3}", bearer(USER_TOKEN));
        assertThat(purchases).hasValue(2);
    }

    @Test
    void aTopUpOrderIsCreatedOncePerKey() {
        AtomicInteger created = new AtomicInteger();
        useCases.createTopUp = command -> new CreateTopUpOrder.TopUpCreated(new TopUpOrder(OrderId.of(created.incrementAndGet()),
                new UserId(7), "tradeno-" + created.get(), "epay", command.total(), OrderStatus.UNPAID, false,
                Instant.ofEpochSecond(1_772_359_200L), Optional.empty()), "https://pay.example.com/submit.php?x=1");
        String body = "{\"total\":\"19.99\",\"gateway\":\"epay\"}";

        TestHttp.Reply first = http().post(CREATE, body, "Authorization", "Bearer " + USER_TOKEN, Idempotency.HEADER, "pay-1");
        TestHttp.Reply again = http().post(CREATE, body, "Authorization", "Bearer " + USER_TOKEN, Idempotency.HEADER, "pay-1");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(created).hasValue(1);
        assertThat(first.json().get("data").get("order_id").asLong()).isEqualTo(1);
    }
}
