package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Race;

/**
 * Notices from the assembled service, two instances of it, to a real SMTP server (GreenMail), a
 * Telegram Bot API double and a webhook receiver on this machine, each of which refuses its first
 * requests: a user links Telegram with a code sent to the bot, changes the password and has a
 * ticket answered, and receives each notice once per channel; the webhook's signature checks out
 * by an HMAC computed here; hostile text in a ticket's subject reaches Telegram escaped.
 */
class NotificationsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String BOT_TOKEN = "123456:test-token";
    private static final String SECRET = "webhook secret for the tests";
    private static final String HOSTILE = "<script>alert(1)</script> & <b>bold</b>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final spanel.domain.common.MovableClock clock = spanel.domain.common.MovableClock.runningFromNow();
    private GreenMail smtp;
    private HttpServer servers;
    private final BlockingQueue<JsonNode> telegram = new LinkedBlockingQueue<>();
    private final BlockingQueue<Hook> webhook = new LinkedBlockingQueue<>();
    private final List<String> updates = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger telegramSends = new AtomicInteger();
    private final AtomicInteger webhookPosts = new AtomicInteger();

    /** What the webhook receiver took, and whether the signature it computed itself matched. */
    private record Hook(String eventId, JsonNode body, boolean signatureMatches) {
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        stopServers();
        telegram.clear();
        webhook.clear();
        updates.clear();
        telegramSends.set(0);
        webhookPosts.set(0);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            servers = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        servers.createContext("/bot" + BOT_TOKEN + "/", this::botApi);
        servers.createContext("/hooks/notices", this::hook);
        servers.start();
        String base = "http://127.0.0.1:" + servers.getAddress().getPort();
        return Map.of(
                "SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
                "MAIL_FROM", "spanel <no-reply@panel.example.com>",
                "TELEGRAM_BOT_TOKEN", BOT_TOKEN,
                "TELEGRAM_API_URL", base,
                "NOTIFY_WEBHOOK_URL", base + "/hooks/notices",
                "NOTIFY_WEBHOOK_SECRET", SECRET,
                "LOGIN_RATE_LIMIT", "1000");
    }

    @AfterParameterizedClassInvocation
    void stopServers() {
        if (servers != null) {
            servers.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The Bot API double: getUpdates hands out what the test queued; the first sendMessage is a 502. */
    private void botApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String method = exchange.getRequestURI().getPath().substring(("/bot" + BOT_TOKEN + "/").length());
            String answer;
            int status = 200;
            if (method.equals("getUpdates")) {
                synchronized (updates) {
                    answer = "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
                    updates.clear();
                }
            } else if (method.equals("sendMessage") && telegramSends.incrementAndGet() == 1) {
                status = 502;
                answer = "{\"ok\":false}";
            } else {
                telegram.add(request);
                answer = "{\"ok\":true,\"result\":{}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** The webhook receiver: checks the signature with its own HMAC; the first POST is a 500. */
    private void hook(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (webhookPosts.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-Spanel-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Spanel-Signature");
            webhook.add(new Hook(exchange.getRequestHeaders().getFirst("X-Spanel-Event-Id"), JSON.readTree(body),
                    signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                            expectedSignature(timestamp, body).getBytes(StandardCharsets.US_ASCII))));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static String expectedSignature(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = new byte[timestamp.length() + 1 + body.length];
            System.arraycopy(timestamp.getBytes(StandardCharsets.US_ASCII), 0, signed, 0, timestamp.length());
            signed[timestamp.length()] = '.';
            System.arraycopy(body, 0, signed, timestamp.length() + 1, body.length);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String email, String password) {
        TestHttp.Reply login = http().post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("data").get("access_token").asText();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** Both instances deliver what is due, at once; then the clock passes the back-off. */
    private void deliverOnBothInstances(Application other) throws Exception {
        List<Callable<Object>> both = List.of(() -> app().deliverNotices(), () -> other.deliverNotices());
        Race.of(both);
        clock.advance(Duration.ofMinutes(2));
    }

    private static <T> List<T> take(BlockingQueue<T> queue, int count) throws InterruptedException {
        List<T> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            T next = queue.poll(60, TimeUnit.SECONDS);
            assertThat(next).as("item " + (i + 1) + " of " + count).isNotNull();
            taken.add(next);
        }
        return taken;
    }

    @Test
    void everyNoticeArrivesOncePerChannelThroughFailuresAndTwoInstances() throws Exception {
        Application other = startAnother(env -> {
        });
        String email = "notices-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(http().post(API + "/auth/register", "{\"email\":\"" + email + "\",\"password\":\"first password\"}").status())
                .isEqualTo(200);
        String user = token(email, "first password");

        TestHttp.Reply link = http().post(API + "/user/telegram/link", "", bearer(user));
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        updates.add("{\"update_id\":41,\"message\":{\"chat\":{\"id\":777001},\"text\":\"/start "
                + link.json().get("data").get("code").asText().toLowerCase() + "\"}}");
        app().linkTelegramChats();
        TestHttp.Reply settings = http().get(API + "/user/notifications", bearer(user));
        assertThat(settings.json().get("data").get("telegram_linked").asBoolean()).as(settings.body()).isTrue();

        TestHttp.Reply changed = http().post(API + "/user/password",
                "{\"current_password\":\"first password\",\"new_password\":\"second password\"}", bearer(user));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        TestHttp.Reply opened = http().post(API + "/user/tickets", "{\"subject\":\"" + HOSTILE.replace("\"", "\\\"")
                + "\",\"text\":\"help\"}", bearer(user));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long ticket = opened.json().get("data").get("id").asLong();
        TestHttp.Reply answered = http().post(API + "/admin/tickets/" + ticket + "/reply", "{\"text\":\"done\"}", asAdmin());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        for (int round = 0; round < 4; round++) {
            deliverOnBothInstances(other);
        }

        List<JsonNode> messages = take(telegram, 2);
        List<Hook> hooks = take(webhook, 2);
        assertThat(smtp.waitForIncomingEmail(60_000, 2)).isTrue();
        long userId = scalar("SELECT id FROM users WHERE email = '" + email + "'");
        assertThat(scalar("SELECT count(*) FROM notice_deliveries d JOIN notices n ON n.id = d.notice_id WHERE n.user_id = "
                + userId + " AND d.sent_at IS NULL")).as("every delivery recorded as sent").isZero();
        deliverOnBothInstances(other);

        assertThat(telegram).as("nothing more on Telegram").isEmpty();
        assertThat(webhook).as("nothing more on the webhook").isEmpty();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
            assertThat(mail.getHeader("X-Spanel-Event-Id")).isNotNull();
        });
        assertThat(List.of(mails[0].getSubject(), mails[1].getSubject()))
                .containsExactlyInAnyOrder("Your password was changed", "Your ticket was answered: " + HOSTILE);

        assertThat(messages).allSatisfy(message -> {
            assertThat(message.get("chat_id").asLong()).isEqualTo(777001);
            assertThat(message.get("parse_mode").asText()).isEqualTo("HTML");
        });
        assertThat(messages).anySatisfy(message -> assertThat(message.get("text").asText())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;").doesNotContain("<script>"));
        assertThat(telegramSends.get()).as("one refused, then two taken").isEqualTo(3);

        assertThat(hooks).allSatisfy(hook -> {
            assertThat(hook.signatureMatches()).as("signature of " + hook.body()).isTrue();
            assertThat(hook.eventId()).isEqualTo(hook.body().get("id").asText());
            assertThat(hook.body().get("user_id").asLong()).isEqualTo(userId);
        });
        assertThat(hooks).extracting(hook -> hook.body().get("event").asText())
                .containsExactlyInAnyOrder("password_changed", "ticket_answered");
        assertThat(webhookPosts.get()).as("one refused, then two taken").isEqualTo(3);
    }
}
