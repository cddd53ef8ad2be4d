package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import spanel.adapter.http.testing.TestHttp;
import spanel.domain.common.MovableClock;

/**
 * Accounts people can repair, on the assembled service (H2 with the in-process store, PostgreSQL
 * with Redis): a password change, a reset by mail through a real SMTP server in this process
 * (GreenMail), the daily check-in in a zone east of UTC, and an admin editing an account.
 */
class AccountSelfServiceEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern LINK = Pattern.compile("https://panel\\.example\\.com/reset-password\\?token=([A-Za-z0-9_-]+)");

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    private final MovableClock clock = MovableClock.runningFromNow();
    private GreenMail smtp;

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return Map.of(
                "LOGIN_RATE_LIMIT", "1000",
                "SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
                "MAIL_FROM", "spanel <no-reply@panel.example.com>",
                "PUBLIC_URL", "https://panel.example.com",
                "CHECKIN_MIN_MB", "100",
                "CHECKIN_MAX_MB", "500",
                "TIMEZONE", "Asia/Shanghai");
    }

    @AfterParameterizedClassInvocation
    void stopTheMailServer() {
        smtp.stop();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private long register(String email) {
        TestHttp.Reply reply = http().post(API + "/auth/register", credentials(email, PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("user_id").asLong();
    }

    private TestHttp.Reply logIn(String email, String password) {
        return http().post(API + "/auth/login", credentials(email, password));
    }

    private String token(String email, String password) {
        TestHttp.Reply reply = logIn(email, password);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("access_token").asText();
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSessionButThisOne() {
        String email = unique("change");
        register(email);
        String used = token(email, PASSWORD);
        String other = token(email, PASSWORD);

        TestHttp.Reply changed = http().post(API + "/user/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"a brand new password\"}", bearer(used));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("data").get("signed_out").asInt()).isEqualTo(1);
        assertThat(http().get(API + "/user/info", bearer(used)).status()).isEqualTo(200);
        assertThat(http().get(API + "/user/info", bearer(other)).status()).isEqualTo(401);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(logIn(email, "a brand new password").status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        String email = unique("wrong");
        register(email);
        String used = token(email, PASSWORD);
        String other = token(email, PASSWORD);

        TestHttp.Reply refused = http().post(API + "/user/password",
                "{\"current_password\":\"not my password\",\"new_password\":\"a brand new password\"}", bearer(used));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("msg").asText()).startsWith("current_password:");
        assertThat(http().get(API + "/user/info", bearer(other)).status()).isEqualTo(200);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
        assertThat(logIn(email, "a brand new password").status()).isEqualTo(401);
    }

    @Test
    void aMailedLinkSetsTheNewPasswordOnceAndSignsOutEverywhere() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        String email = unique("forgot");
        long id = register(email);
        String session = token(email, PASSWORD);

        // The unknown address is asked for first; mail goes out in order, so once the known one's
        // mail is in, the unknown one has been dealt with, and it sent nothing.
        TestHttp.Reply unknown = http().post(API + "/auth/forgot", "{\"email\":\"" + unique("nobody") + "\"}");
        TestHttp.Reply known = http().post(API + "/auth/forgot", "{\"email\":\"" + email.toUpperCase() + "\"}");

        assertThat(known.status()).as(known.body()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo(known.body());
        MimeMessage[] received = resetMails();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("spanel <no-reply@panel.example.com>");
        String text = (String) received[0].getContent();
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String resetToken = link.group(1);
        assertThat(scalar("SELECT count(*) FROM password_resets WHERE user_id = " + id)).isEqualTo(1);
        assertThat(scalar("SELECT count(*) FROM password_resets WHERE token_hash = '" + resetToken + "'")).isZero();

        TestHttp.Reply reset = http().post(API + "/auth/reset",
                "{\"token\":\"" + resetToken + "\",\"new_password\":\"chosen after forgetting\"}");
        TestHttp.Reply again = http().post(API + "/auth/reset",
                "{\"token\":\"" + resetToken + "\",\"new_password\":\"someone else's choice\"}");

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().get("data").get("signed_out").asInt()).isEqualTo(1);
        assertThat(reset.header("Set-Cookie")).as("a device cookie for the client that proved the mailbox")
                .startsWith("spanel_device=").contains("Path=" + API + "/auth/login;");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("msg").asText()).startsWith("token:");
        assertThat(http().get(API + "/user/info", bearer(session)).status()).isEqualTo(401);
        assertThat(logIn(email, "chosen after forgetting").status()).isEqualTo(200);
        assertThat(logIn(email, "someone else's choice").status()).isEqualTo(401);
        assertThat(http().get("/reset-password?token=" + resetToken).status()).isEqualTo(200);
    }

    /**
     * The mails that are not notices (notices carry X-Spanel-Event-Id: the password changes of the
     * other tests send them, and they may arrive at any moment), once at least one has arrived.
     */
    private MimeMessage[] resetMails() throws Exception {
        for (int arrived = 1; arrived <= 50; arrived++) {
            assertThat(smtp.waitForIncomingEmail(30_000, arrived)).as("the reset mail arrives").isTrue();
            MimeMessage[] resets = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> uncheckedHeader(mail, "X-Spanel-Event-Id") == null).toArray(MimeMessage[]::new);
            if (resets.length > 0) {
                return resets;
            }
        }
        throw new AssertionError("no reset mail among the first 50");
    }

    private static String[] uncheckedHeader(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tenCheckInsAtOnceGrantOneBonusAndTheNextDayInTheZoneGrantsAnother() throws Exception {
        String email = unique("checkin");
        long id = register(email);
        String session = token(email, PASSWORD);
        long before = scalar("SELECT transfer_enable FROM users WHERE id = " + id);

        java.time.LocalDate dayBefore = java.time.LocalDate.ofInstant(clock.instant(), SHANGHAI);
        List<TestHttp.Reply> replies = race(10, () -> http().post(API + "/user/checkin", "", bearer(session)));
        java.time.LocalDate dayAfter = java.time.LocalDate.ofInstant(clock.instant(), SHANGHAI);

        assertThat(replies).extracting(TestHttp.Reply::status).containsOnly(200, 409);
        List<TestHttp.Reply> granted = replies.stream().filter(r -> r.status() == 200).toList();
        assertThat(granted).hasSize(1);
        var data = granted.getFirst().json().get("data");
        assertThat(data.get("bonus_mb").asLong()).isBetween(100L, 500L);
        assertThat(data.get("day").asText()).isIn(dayBefore.toString(), dayAfter.toString());
        assertThat(scalar("SELECT transfer_enable FROM users WHERE id = " + id))
                .isEqualTo(before + data.get("bonus").asLong()).isEqualTo(data.get("transfer_enable").asLong());
        assertThat(scalar("SELECT count(*) FROM checkins WHERE user_id = " + id)).isEqualTo(1);
        assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json().get("error").asText())
                .isEqualTo("already_checked_in");

        clock.advance(Duration.ofDays(1));
        try {
            TestHttp.Reply tomorrow = http().post(API + "/user/checkin", "", bearer(session));
            assertThat(tomorrow.status()).as(tomorrow.body()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofDays(-1));
        }
        assertThat(scalar("SELECT count(*) FROM checkins WHERE user_id = " + id)).isEqualTo(2);
    }

    private static List<TestHttp.Reply> race(int n, java.util.concurrent.Callable<TestHttp.Reply> request) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<TestHttp.Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<TestHttp.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            for (Future<TestHttp.Reply> future : futures) {
                replies.add(future.get());
            }
        }
        return replies;
    }

    @Test
    void anAdminEditsAnAccountAndTheEditIsAudited() {
        long id = register(unique("edited"));
        String taken = unique("taken");
        register(taken);
        dsl().execute("UPDATE users SET u = 123, d = 456 WHERE id = " + id);
        String newEmail = unique("renamed");
        String path = API + "/admin/users/" + id;

        TestHttp.Reply edited = http().put(path, "{\"class\":3,\"class_expire\":1900000000,\"transfer_enable\":"
                + (200L << 30) + ",\"reset_traffic\":true,\"node_group\":2,\"node_speedlimit\":50,\"node_iplimit\":3,"
                + "\"email\":\"" + newEmail.toUpperCase() + "\"}", asAdmin());

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        var data = edited.json().get("data");
        assertThat(data.get("class").asInt()).isEqualTo(3);
        assertThat(data.get("class_expire").asLong()).isEqualTo(1_900_000_000L);
        assertThat(data.get("transfer_enable").asLong()).isEqualTo(200L << 30);
        assertThat(data.get("u").asLong()).isZero();
        assertThat(data.get("d").asLong()).isZero();
        assertThat(data.get("node_group").asInt()).isEqualTo(2);
        assertThat(data.get("node_speedlimit").asInt()).isEqualTo(50);
        assertThat(data.get("node_iplimit").asInt()).isEqualTo(3);
        assertThat(data.get("email").asText()).isEqualTo(newEmail);
        assertThat(logIn(newEmail, PASSWORD).status()).isEqualTo(200);
        assertThat(scalar("SELECT count(*) FROM admin_audit WHERE action = 'user.update' AND target = 'user:" + id + "'"))
                .isEqualTo(1);

        long audits = scalar("SELECT count(*) FROM admin_audit");
        TestHttp.Reply badClass = http().put(path, "{\"class\":-1,\"node_group\":9}", asAdmin());
        TestHttp.Reply takenEmail = http().put(path, "{\"node_group\":9,\"email\":\"" + taken + "\"}", asAdmin());
        TestHttp.Reply unknown = http().put(API + "/admin/users/999999999", "{\"node_group\":9}", asAdmin());

        assertThat(badClass.status()).isEqualTo(400);
        assertThat(badClass.json().get("msg").asText()).startsWith("class:");
        assertThat(takenEmail.status()).isEqualTo(409);
        assertThat(takenEmail.json().get("error").asText()).isEqualTo("email_taken");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(scalar("SELECT node_group FROM users WHERE id = " + id)).isEqualTo(2);
        assertThat(scalar("SELECT count(*) FROM admin_audit")).isEqualTo(audits);
    }
}
