package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.domain.common.MovableClock;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * Accounts and administration on the assembled service, once on H2 with the in-process store and
 * once on PostgreSQL with Redis. A second instance on the same database keeps the default log-in
 * limit (10 a minute) for the limit's own test; the first allows many, since every test here
 * registers from 127.0.0.1.
 */
class AccountsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";

    private final MovableClock clock = MovableClock.runningFromNow();
    private Application limited;
    private TestHttp http;
    private String adminToken;

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("LOGIN_RATE_LIMIT", "1000");
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeParameterizedClassInvocation
    void startTheLimitedInstanceAndAnAdmin() {
        // The same database, the default limit, and a store of its own so no other test's attempts count.
        limited = startAnother(env -> {
            env.remove("REDIS_URL");
            env.remove("LOGIN_RATE_LIMIT");
            // The tests speak for clients at several addresses through X-Forwarded-For.
            env.put("TRUSTED_PROXIES", "127.0.0.1");
        });
        http = http();
        String adminEmail = unique("admin");
        DatabaseCommands.createUser(settings(), new CreateUser.Command(Email.of(adminEmail), new Password(PASSWORD),
                true, Money.ZERO));
        adminToken = logIn(http, adminEmail, PASSWORD);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private long register(String email) {
        TestHttp.Reply reply = http.post(API + "/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("user_id").asLong();
    }

    private static String logIn(TestHttp http, String email, String password) {
        TestHttp.Reply reply = http.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("access_token").asText();
    }

    @Test
    void aNewAccountGetsTheDefaultsAndItsOwnCredentials() {
        String email = unique("New.User").toUpperCase();
        long before = clock.instant().getEpochSecond();
        long id = register(email);
        long after = clock.instant().getEpochSecond() + 1;

        TestHttp.Reply info = http.get(API + "/user/info", bearer(logIn(http, email.toLowerCase(), PASSWORD)));

        assertThat(info.status()).isEqualTo(200);
        var data = info.json().get("data");
        assertThat(data.get("id").asLong()).isEqualTo(id);
        assertThat(data.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(data.get("money").asText()).isEqualTo("0.00");
        assertThat(data.get("transfer_enable").asLong()).isEqualTo(10L << 30);
        // DEFAULT_EXPIRE_DAYS from the moment the account was opened, which lies between before and after.
        assertThat(data.get("expire_in").asLong()).isBetween(before + 30L * 86_400, after + 30L * 86_400);
        assertThat(data.get("port").asInt()).isBetween(10_000, 60_000);
        assertThat(data.get("passwd").asText()).hasSize(32);
        assertThat(data.get("is_admin").asBoolean()).isFalse();
    }

    @Test
    void aNormalUsersTokenIs403OnAdminRoutesEvenRightAfterUserRoutesAcceptedIt() {
        String email = unique("normal");
        register(email);
        String token = logIn(http, email, PASSWORD);

        for (int i = 0; i < 3; i++) {
            assertThat(http.get(API + "/user/info", bearer(token)).status()).isEqualTo(200);
            assertThat(http.get(API + "/admin/users", bearer(token)).status()).isEqualTo(403);
            assertThat(http.post(API + "/admin/products", "{\"name\":\"x\",\"price\":1}", bearer(token)).status()).isEqualTo(403);
        }
        assertThat(http.get(API + "/admin/users", bearer(adminToken)).status()).isEqualTo(200);
    }

    @Test
    void aLoggedOutTokenIs401AndOtherSessionsGoOn() {
        String email = unique("logout");
        register(email);
        String first = logIn(http, email, PASSWORD);
        String second = logIn(http, email, PASSWORD);

        assertThat(http.post(API + "/auth/logout", "", bearer(first)).status()).isEqualTo(200);

        assertThat(http.get(API + "/user/info", bearer(first)).status()).isEqualTo(401);
        assertThat(http.post(API + "/auth/logout", "", bearer(first)).status()).isEqualTo(401);
        assertThat(http.get(API + "/user/info", bearer(second)).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
        String email = unique("expiry");
        register(email);
        String token = logIn(http, email, PASSWORD);
        assertThat(http.get(API + "/user/info", bearer(token)).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(604_800));
        try {
            assertThat(http.get(API + "/user/info", bearer(token)).status()).isEqualTo(401);
        } finally {
            clock.advance(Duration.ofSeconds(-604_800));
        }
    }

    @Test
    void aBannedUsersTokenIs401AtOnceAndStaysRevokedAfterTheUnban() {
        String email = unique("banned");
        long id = register(email);
        String token = logIn(http, email, PASSWORD);

        assertThat(http.post(API + "/admin/users/" + id + "/ban", "", bearer(adminToken)).status()).isEqualTo(200);

        assertThat(http.get(API + "/user/info", bearer(token)).status()).isEqualTo(401);
        assertThat(http.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(401);
        assertThat(http.post(API + "/admin/users/" + id + "/unban", "", bearer(adminToken)).status()).isEqualTo(200);
        // The ban revoked the token: the unban lets them log in again, but the old session stays dead.
        assertThat(http.get(API + "/user/info", bearer(token)).status()).isEqualTo(401);
        assertThat(scalar("select count(*) from access_tokens where user_id = " + id))
                .isZero();
        assertThat(http.get(API + "/user/info", bearer(logIn(http, email, PASSWORD))).status()).isEqualTo(200);
    }

    @Test
    void twentyWrongPasswordsInARowHitTheLimit() {
        String email = unique("guessed");
        register(email);
        TestHttp guesser = new TestHttp(limited.port());
        List<Integer> statuses = new ArrayList<>();
        TestHttp.Reply last = null;

        for (int i = 0; i < 20; i++) {
            last = guesser.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong guess " + i + "\"}");
            statuses.add(last.status());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 20)).containsOnly(429);
        assertThat(last.json().get("error").asText()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        // The right password is refused too while the window lasts.
        assertThat(guesser.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .status()).isEqualTo(429);
    }

    @Test
    void aStrangerGuessingAtAnEmailLocksNeitherItsOwnerNorAnAdminOutOfTheirUsualAddress() {
        String owner = unique("owner");
        register(owner);
        String admin = unique("locked-admin");
        DatabaseCommands.createUser(settings(), new CreateUser.Command(Email.of(admin), new Password(PASSWORD), true, Money.ZERO));
        TestHttp limitedHttp = new TestHttp(limited.port());
        int stranger = 1;
        for (String email : List.of(owner, admin)) {
            String usual = "198.51.100." + stranger;
            String strangers = "203.0.113." + stranger++;
            assertThat(logInFrom(limitedHttp, email, PASSWORD, usual).status()).isEqualTo(200);
            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                guesses.add(logInFrom(limitedHttp, email, "wrong guess " + i, strangers).status());
            }

            assertThat(guesses.subList(0, 10)).containsOnly(401);
            assertThat(guesses.subList(10, 12)).as("guessing from one address is refused").containsOnly(429);
            assertThat(logInFrom(limitedHttp, email, PASSWORD, usual).status()).as("the owner from their usual address")
                    .isEqualTo(200);
            assertThat(logInFrom(limitedHttp, email, PASSWORD, strangers).status()).isEqualTo(429);
            assertThat(logInFrom(limitedHttp, email, PASSWORD, "192.0.2.77").status())
                    .as("an address the account never used waits while the email is being guessed at").isEqualTo(429);
        }
    }

    @Test
    void whileStrangersGuessAtAnAccountItsOwnerGetsInWithADeviceCookieAndAnAdminAfterAnUnlock() {
        String owner = unique("device-owner");
        register(owner);
        String admin = unique("cli-admin");
        DatabaseCommands.createUser(settings(), new CreateUser.Command(Email.of(admin), new Password(PASSWORD), true, Money.ZERO));
        TestHttp limitedHttp = new TestHttp(limited.port());
        String cookie = logInFrom(limitedHttp, owner, PASSWORD, "198.51.100.60").header("Set-Cookie").split(";")[0];
        for (String email : List.of(owner, admin)) {
            for (int i = 0; i < 30; i++) {
                logInFrom(limitedHttp, email, "wrong guess " + i, "203.0.113." + (60 + i % 5));
            }
            assertThat(logInFrom(limitedHttp, email, PASSWORD, "192.0.2.60").status())
                    .as("a client without a device cookie, from a new address").isEqualTo(429);
        }

        assertThat(limitedHttp.post(API + "/auth/login", "{\"email\":\"" + owner + "\",\"password\":\"" + PASSWORD + "\"}",
                "X-Forwarded-For", "192.0.2.60", "Cookie", cookie).status()).as("the owner's device").isEqualTo(200);
        DatabaseCommands.unlockLogIns(settings(), new UnlockLogIns.Command(Email.of(admin)));
        assertThat(logInFrom(limitedHttp, admin, PASSWORD, "192.0.2.60").status()).as("the admin after an unlock")
                .isEqualTo(200);
    }

    private static TestHttp.Reply logInFrom(TestHttp http, String email, String password, String address) {
        return http.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "X-Forwarded-For", address);
    }

    @Test
    void aFullWidthLookAlikeOfAnEmailIsTheSameAccountForRegistrationAndLogIn() {
        String local = "lookalike" + UUID.randomUUID().toString().substring(0, 6);
        String email = local + "@example.com";
        register(email);
        StringBuilder fullWidth = new StringBuilder();
        local.chars().forEach(c -> fullWidth.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        String lookAlike = fullWidth.toString().toUpperCase() + "@example.com";

        TestHttp.Reply again = http.post(API + "/auth/register", "{\"email\":\"" + lookAlike + "\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(scalar("select count(*) from users where email like '" + local.substring(0, 9) + "%'")).isEqualTo(1);
        assertThat(logIn(http, lookAlike, PASSWORD)).isNotEmpty();
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        String email = unique("known");
        register(email);

        TestHttp.Reply wrong = http.post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"not it at all\"}");
        TestHttp.Reply unknown = http.post(API + "/auth/login", "{\"email\":\"" + unique("nobody") + "\",\"password\":\"not it at all\"}");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void registeringTheSameEmailFromTenThreadsAtOnceCreatesOneUser() throws Exception {
        String email = unique("race");
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return http.post(API + "/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                            .status();
                }));
            }
            go.countDown();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
        }

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(scalar("SELECT count(*) FROM users WHERE email = '" + email + "'")).isEqualTo(1);
    }

    @Test
    void theBalanceEqualsTheSumOfTheLedgerAfterAdminAdjustments() throws Exception {
        long id = register(unique("ledger"));
        String path = API + "/admin/users/" + id + "/balance";

        assertThat(http.post(path, "{\"amount\":\"10.00\",\"reason\":\"welcome\"}", bearer(adminToken)).status()).isEqualTo(200);
        assertThat(http.post(path, "{\"amount\":\"-2.50\",\"reason\":\"refund\"}", bearer(adminToken)).status()).isEqualTo(200);
        TestHttp.Reply tooMuch = http.post(path, "{\"amount\":\"-100\",\"reason\":\"too much\"}", bearer(adminToken));
        TestHttp.Reply user = http.get(API + "/admin/users/" + id, bearer(adminToken));

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("error").asText()).isEqualTo("insufficient_balance");
        assertThat(user.json().get("data").get("money").asText()).isEqualTo("7.50");
        assertThat(scalar("SELECT money FROM users WHERE id = " + id)).isEqualTo(750);
        assertThat(scalar("SELECT coalesce(sum(delta), 0) FROM balance_ledger WHERE user_id = " + id)).isEqualTo(750);
        assertThat(scalar("SELECT count(*) FROM admin_audit WHERE action = 'user.balance' AND target = 'user:" + id + "'"))
                .isEqualTo(2);
    }

    @Test
    void anAdminManagesProductsAndCouponsAndEachWriteIsAudited() throws Exception {
        long before = scalar("SELECT count(*) FROM admin_audit");
        TestHttp.Reply product = http.post(API + "/admin/products",
                "{\"name\":\"Monthly\",\"price\":\"19.99\",\"content\":{\"traffic\":100,\"class\":1},\"status\":1}", bearer(adminToken));
        long productId = product.json().get("data").get("id").asLong();
        String code = ("E2E" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();

        TestHttp.Reply coupon = http.post(API + "/admin/coupons", "{\"code\":\"" + code.toLowerCase()
                + "\",\"type\":\"percent\",\"value\":20,\"product_ids\":[" + productId + "]}", bearer(adminToken));
        TestHttp.Reply again = http.post(API + "/admin/coupons", "{\"code\":\" " + code
                + " \",\"type\":\"amount\",\"value\":\"1.00\"}", bearer(adminToken));
        TestHttp.Reply updated = http.put(API + "/admin/products/" + productId, "{\"price\":9.9}", bearer(adminToken));
        TestHttp.Reply disabled = http.delete(API + "/admin/products/" + productId, bearer(adminToken));

        assertThat(product.status()).as(product.body()).isEqualTo(200);
        assertThat(coupon.status()).as(coupon.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(updated.json().get("data").get("price").asText()).isEqualTo("9.90");
        assertThat(updated.json().get("data").get("content").get("traffic").asLong()).isEqualTo(100);
        assertThat(disabled.json().get("data").get("status").asInt()).isZero();
        assertThat(http.get(API + "/admin/coupons?size=100", bearer(adminToken)).body()).contains("\"code\":\"" + code + "\"");
        assertThat(http.delete(API + "/admin/products/999999", bearer(adminToken)).status()).isEqualTo(404);
        assertThat(scalar("SELECT count(*) FROM admin_audit") - before).isEqualTo(4);
    }

    @Test
    void withoutSmtpUrlTheResetRoutesAre404AndWithoutABonusTheCheckInToo() {
        String email = unique("no-mail");
        register(email);
        String token = logIn(http, email, PASSWORD);

        assertThat(http.post(API + "/auth/forgot", "{\"email\":\"" + email + "\"}").status()).isEqualTo(404);
        assertThat(http.post(API + "/auth/reset", "{\"token\":\"abc\",\"new_password\":\"long enough\"}").status())
                .isEqualTo(404);
        assertThat(http.post(API + "/user/checkin", "", bearer(token)).status()).isEqualTo(404);
    }
}
