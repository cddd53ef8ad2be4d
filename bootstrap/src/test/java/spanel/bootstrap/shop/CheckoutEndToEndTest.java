package spanel.bootstrap.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/**
 * The money paths over HTTP on the assembled service (PostgreSQL with Redis, and H2): a checkout
 * whose rest is paid buys the plan once; a double click with one Idempotency-Key on two instances
 * buys once and both get the same answer.
 */
class CheckoutEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("DEBUG", "true");
    }

    private record Shopper(long id, String[] bearer) {
    }

    private Shopper shopperWith(long fen) {
        String email = "checkout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        long id = ok(http().post(API + "/auth/register", credentials)).get("user_id").asLong();
        String token = ok(http().post(API + "/auth/login", credentials)).get("access_token").asText();
        dsl().update(USERS).set(USERS.MONEY, fen).where(USERS.ID.eq(id)).execute();
        dsl().insertInto(BALANCE_LEDGER).set(BALANCE_LEDGER.USER_ID, id).set(BALANCE_LEDGER.DELTA, fen)
                .set(BALANCE_LEDGER.BALANCE_AFTER, fen).set(BALANCE_LEDGER.SOURCE_TYPE, "admin")
                .set(BALANCE_LEDGER.SOURCE_ID, "seed-" + id).execute();
        return new Shopper(id, new String[] {"Authorization", "Bearer " + token});
    }

    private long product(long priceFen, int stock) {
        return dsl().insertInto(PRODUCTS).set(PRODUCTS.NAME, "Monthly").set(PRODUCTS.PRICE, priceFen)
                .set(PRODUCTS.CONTENT, "{\"traffic\":100,\"class\":2,\"class_expire\":30}").set(PRODUCTS.STOCK, stock)
                .returning(PRODUCTS.ID).fetchOne(PRODUCTS.ID);
    }

    private static JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    @Test
    void aCheckoutWhoseRestIsPaidBuysThePlanOnce() {
        Shopper alice = shopperWith(300);
        long plan = product(1_000, 5);

        JsonNode order = ok(http().post(API + "/user/checkout", "{\"shop_id\":" + plan + ",\"gateway\":\"debug\"}", alice.bearer()));
        assertThat(order.get("paid").asBoolean()).isFalse();
        assertThat(order.get("amount").asText()).isEqualTo("7.00");
        String confirm = "{\"order_id\":" + order.get("order_id").asLong() + "}";
        ok(http().post(API + "/payment/debug/confirm", confirm, alice.bearer()));
        http().post(API + "/payment/debug/confirm", confirm, alice.bearer());

        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(alice.id()))).isEqualTo(1);
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(alice.id()))).isZero();
        assertThat(dsl().fetchValue(USERS.CLASS, USERS.ID.eq(alice.id()))).isEqualTo(2);
        assertThat(dsl().fetchValue(PRODUCTS.STOCK, PRODUCTS.ID.eq(plan))).isEqualTo(4);
        assertLedgersBalance();
    }

    @Test
    void oneIdempotencyKeyOnTwoInstancesBuysOnceAndBothGetTheFirstAnswer() throws Exception {
        Shopper bob = shopperWith(10_000);
        long plan = product(1_000, 100);
        TestHttp other = new TestHttp(startAnother(env -> { }).port());
        List<TestHttp> instances = List.of(http(), other, http(), other, http(), other);
        String[] headers = {bob.bearer()[0], bob.bearer()[1], "Idempotency-Key", UUID.randomUUID().toString()};

        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Reply>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(instances.size())) {
            for (TestHttp instance : instances) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return instance.post(API + "/user/buy", "{\"shop_id\":" + plan + "}", headers);
                }));
            }
            start.countDown();
            List<TestHttp.Reply> replies = new ArrayList<>();
            for (Future<TestHttp.Reply> future : futures) {
                replies.add(future.get());
            }
            assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(200));
            assertThat(replies).extracting(TestHttp.Reply::body).containsOnly(replies.getFirst().body());
            assertThat(replies).filteredOn(reply -> reply.header("Idempotent-Replayed") == null).hasSize(1);
        }
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(bob.id()))).isEqualTo(1);
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(bob.id()))).isEqualTo(9_000);
        assertLedgersBalance();
    }

    private void assertLedgersBalance() {
        var mismatched = dsl().select(USERS.ID).from(USERS)
                .where(USERS.MONEY.ne(DSL.select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO).cast(Long.class))
                        .from(BALANCE_LEDGER).where(BALANCE_LEDGER.USER_ID.eq(USERS.ID))))
                .fetch(USERS.ID);
        assertThat(mismatched).as("users whose balance is not the sum of their ledger").isEmpty();
    }
}
