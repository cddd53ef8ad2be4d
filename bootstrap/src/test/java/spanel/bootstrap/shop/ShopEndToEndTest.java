package spanel.bootstrap.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.COUPONS;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/** Buying over HTTP on the assembled service: PostgreSQL with Redis, and H2 with the in-process store. */
class ShopEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";
    private static final String CONTENT =
            "{\"traffic\":100,\"class\":2,\"class_expire\":30,\"expire_in\":30,\"reset_traffic\":true}";

    /** A registered, logged-in user whose balance came in through the ledger. */
    private record Shopper(long id, String[] bearer) {
    }

    private Shopper shopperWith(long fen) {
        String email = "shopper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        long id = ok(http().post(API + "/auth/register", credentials)).get("user_id").asLong();
        String token = ok(http().post(API + "/auth/login", credentials)).get("access_token").asText();
        dsl().update(USERS).set(USERS.MONEY, fen).where(USERS.ID.eq(id)).execute();
        dsl().insertInto(BALANCE_LEDGER).set(BALANCE_LEDGER.USER_ID, id).set(BALANCE_LEDGER.DELTA, fen)
                .set(BALANCE_LEDGER.BALANCE_AFTER, fen).set(BALANCE_LEDGER.SOURCE_TYPE, "admin")
                .set(BALANCE_LEDGER.SOURCE_ID, "seed-" + id).execute();
        return new Shopper(id, new String[] {"Authorization", "Bearer " + token});
    }

    private long product(long priceFen, Integer stock) {
        return dsl().insertInto(PRODUCTS).set(PRODUCTS.NAME, "Monthly").set(PRODUCTS.PRICE, priceFen)
                .set(PRODUCTS.CONTENT, CONTENT).set(PRODUCTS.STOCK, stock)
                .returning(PRODUCTS.ID).fetchOne(PRODUCTS.ID);
    }

    private String halfOffOnce() {
        String code = "HALF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        dsl().insertInto(COUPONS).set(COUPONS.CODE, code).set(COUPONS.TYPE, "percent").set(COUPONS.DISCOUNT_VALUE, 50L)
                .set(COUPONS.TOTAL_LIMIT, 1).set(COUPONS.PER_USER_LIMIT, 1).execute();
        return code;
    }

    private static JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private static void refused(TestHttp.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
    }

    @Test
    void aUserSeesThePackageQuotesACouponBuysWithItAndFindsItInTheHistory() {
        Shopper alice = shopperWith(5_000);
        long product = product(1_999, 5);
        String code = halfOffOnce();

        JsonNode shop = ok(http().get(API + "/user/shop?size=100", alice.bearer()));
        assertThat(shop.get("packages").findValues("id")).extracting(JsonNode::asLong).contains(product);

        JsonNode quote = ok(http().get(API + "/user/coupon?code=" + code.toLowerCase() + "&shop_id=" + product, alice.bearer()));
        assertThat(quote.get("final_price").asText()).isEqualTo("9.99");

        long before = clock().instant().getEpochSecond();
        JsonNode bought = ok(http().post(API + "/user/buy", "{\"shop_id\":" + product + ",\"coupon\":\"" + code + "\"}",
                alice.bearer()));
        long after = clock().instant().getEpochSecond() + 1;
        assertThat(bought.get("paid").asText()).isEqualTo("9.99");
        assertThat(bought.get("new_balance").asText()).isEqualTo("40.01");
        assertThat(bought.get("new_class").asInt()).isEqualTo(2);
        assertThat(bought.get("new_transfer_enable").asLong()).isEqualTo(110L << 30);
        // A new account's class 0 runs 30 days (DEFAULT_EXPIRE_DAYS); class 2 is another class, so its 30 days
        // start now: the free days are not turned into paid class time.
        assertThat(bought.get("new_class_expire").asLong()).isBetween(before + 30L * 86_400, after + 30L * 86_400);

        JsonNode info = ok(http().get(API + "/user/info", alice.bearer()));
        assertThat(info.get("money").asText()).isEqualTo("40.01");
        assertThat(info.get("class").asInt()).isEqualTo(2);
        assertThat(info.get("class_expire").asLong()).isEqualTo(bought.get("new_class_expire").asLong());

        JsonNode history = ok(http().get(API + "/user/bought?size=5", alice.bearer()));
        assertThat(history.get("count").asInt()).isEqualTo(1);
        assertThat(history.get("items").get(0).get("coupon").asText()).isEqualTo(code);
        assertThat(dsl().fetchValue(PRODUCTS.STOCK, PRODUCTS.ID.eq(product))).isEqualTo(4);
        assertBalanceEqualsLedger(alice);
    }

    @Test
    void refusedPurchasesAnswerTheirCodeAndChangeNothing() {
        Shopper bob = shopperWith(1_000);
        long cheap = product(100, null);
        long dear = product(100_000, null);
        long soldOut = product(100, 0);
        String code = halfOffOnce();
        ok(http().post(API + "/user/buy", "{\"shop_id\":" + cheap + ",\"coupon\":\"" + code + "\"}", shopperWith(1_000).bearer()));

        refused(http().post(API + "/user/buy", "{\"shop_id\":" + dear + "}", bob.bearer()), 409, "insufficient_balance");
        refused(http().post(API + "/user/buy", "{\"shop_id\":" + soldOut + "}", bob.bearer()), 409, "out_of_stock");
        refused(http().post(API + "/user/buy", "{\"shop_id\":" + cheap + ",\"coupon\":\"" + code + "\"}", bob.bearer()),
                409, "coupon_exhausted");
        refused(http().post(API + "/user/buy", "{\"shop_id\":" + cheap + ",\"coupon\":\"NO-SUCH\"}", bob.bearer()),
                400, "invalid_coupon");
        refused(http().post(API + "/user/buy", "{\"shop_id\":999999}", bob.bearer()), 404, "not_found");
        refused(http().post(API + "/user/buy", "{\"shop_id\":" + cheap + "}"), 401, "unauthorized");

        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(bob.id()))).isEqualTo(1_000);
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(bob.id()))).isZero();
        assertBalanceEqualsLedger(bob);
    }

    /**
     * A price is read from how it is written, as every money field is: an exponent is refused with
     * the 400 naming the field, on create and on change, and nothing is stored; the same amount in
     * digits is a price.
     */
    @Test
    void aProductPriceWrittenWithAnExponentIsRefusedAndNothingIsStored() {
        String[] admin = asAdmin();
        int products = dsl().fetchCount(PRODUCTS);
        long plan = product(500, null);

        for (String price : new String[] {"1e3", "1E3", "1.5e2", "1000e-2", "\"1e3\""}) {
            refused(http().post(API + "/admin/products", "{\"name\":\"Exp\",\"price\":" + price + "}", admin),
                    400, "invalid_request");
            TestHttp.Reply change = http().put(API + "/admin/products/" + plan, "{\"price\":" + price + "}", admin);
            refused(change, 400, "invalid_request");
            assertThat(change.json().get("msg").asText()).as(price).startsWith("price");
        }
        assertThat(dsl().fetchCount(PRODUCTS)).isEqualTo(products + 1);
        assertThat(dsl().select(PRODUCTS.PRICE).from(PRODUCTS).where(PRODUCTS.ID.eq(plan)).fetchOne(PRODUCTS.PRICE))
                .isEqualTo(500L);

        long created = ok(http().post(API + "/admin/products", "{\"name\":\"Digits\",\"price\":1000}", admin))
                .get("id").asLong();
        ok(http().put(API + "/admin/products/" + plan, "{\"price\":1000.0}", admin));
        assertThat(dsl().select(PRODUCTS.PRICE).from(PRODUCTS).where(PRODUCTS.ID.in(created, plan)).fetch(PRODUCTS.PRICE))
                .containsOnly(100_000L);
    }

    private void assertBalanceEqualsLedger(Shopper shopper) {
        long ledger = dsl().select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO)).from(BALANCE_LEDGER)
                .where(BALANCE_LEDGER.USER_ID.eq(shopper.id())).fetchOne(0, Long.class);
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.ID.eq(shopper.id()))).isEqualTo(ledger);
    }
}
