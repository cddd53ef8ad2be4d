package spanel.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.TestDatabase;
import spanel.bootstrap.EndToEndTest;
import spanel.bootstrap.dashboard.HeadlessChromium;

/**
 * The portal at / in headless Chromium on the assembled service: a user registers from an invite
 * link, tops up in DEBUG, buys a plan with a coupon, is refused a plan beyond the balance, copies the
 * subscription URL (which serves a profile), switches language; hostile names stay text; no request
 * leaves the origin; every page and file carries the policy. The traffic chart draws, a device is
 * removed, a ticket is opened, answered and closed, an announcement is marked read, help shows. With {@code -Dportal.screenshots=DIR}
 * (scripts/portal-screenshots) it also leaves phone and desktop screenshots in DIR.
 */
class PortalTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "a good portal password";
    private static final String HOSTILE_NODE = "Tokyo <img src=x onerror=\"window.pwned=1\">";
    private static final String HOSTILE_PLAN = "Monthly <script>window.pwned=1</script>";
    private static final String HOSTILE_SUBJECT = "Slow <img src=x onerror=\"window.pwned=1\">";
    private static final String HOSTILE_MESSAGE = "<script>window.pwned=1</script>\nsince <b>Monday</b>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String inviteCode;
    private long inviterId;
    private long monthly;
    private long pricey;
    private long node;
    private long announcement;
    private long article;

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("DEBUG", "true", "PUBLIC_URL", "https://panel.example.com", "SITE_NAME", "Example <b>VPN</b>",
                "SUPPORT_URL", "https://help.example.com/", "CHECKIN_MIN_MB", "10", "CHECKIN_MAX_MB", "20",
                // A bot, so the account page offers Telegram; nothing answers there, and linking needs no call to it.
                "TELEGRAM_BOT_TOKEN", "123456:portal-test", "TELEGRAM_API_URL", "http://127.0.0.1:9");
    }

    @Test
    void everyPortalResponseCarriesThePolicyAndTheSiteRouteNamesTheSettings() {
        TestHttp.Reply page = http().get("/");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");

        JsonNode site = http().get(API + "/site").json().get("data");
        assertThat(site.get("name").asText()).isEqualTo("Example <b>VPN</b>");
        assertThat(site.get("gateways").toString()).isEqualTo("[\"debug\"]");
        assertThat(site.get("checkin").asBoolean()).isTrue();
        assertThat(site.get("debug_confirm").asBoolean()).isTrue();
        assertThat(site.get("password_reset").asBoolean()).isFalse();
    }

    @Test
    void aNewUserRegistersFromAnInviteTopsUpBuysWithACouponAndImportsTheSubscription() throws Exception {
        assumeTrue(database == TestDatabase.POSTGRES, "the page reads the same JSON on either database; one run is enough");
        assertThat(HeadlessChromium.BINARY).as("Debian's chromium (apt-get install chromium) is needed to test the portal")
                .isExecutable();
        seed();
        String base = "http://127.0.0.1:" + port();
        String email = "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 1000)) {
            chromium.send("Emulation.setFocusEmulationEnabled", JSON.createObjectNode().put("enabled", true));
            chromium.send("Browser.grantPermissions", permissions(base));
            chromium.open(base + "/?invite=" + inviteCode);
            chromium.evaluate("localStorage.setItem('spanel.portal.lang', 'en'); true");
            ready(chromium, "register");
            assertThat(chromium.evaluate("document.getElementById('register-invite').value").asText()).isEqualTo(inviteCode);
            assertThat(text(chromium, "site-name")).isEqualTo("Example <b>VPN</b>");

            submit(chromium, "register-form", Map.of("register-email", email, "register-password", PASSWORD));
            ready(chromium, "home");
            String[] user = logIn(email);
            assertThat(info(user).get("inviter_id").asLong()).as("the invite code was used").isEqualTo(inviterId);
            assertThat(text(chromium, "home-balance")).contains("0.00");
            String trafficBefore = text(chromium, "home-traffic-left");

            // Log out and in again through the forms.
            go(chromium, "account");
            chromium.evaluate("document.getElementById('logout').click(); true");
            ready(chromium, "login");
            assertThat(chromium.evaluate("localStorage.getItem('spanel.portal.token')").isNull()).isTrue();
            submit(chromium, "login-form", Map.of("login-email", email, "login-password", "not the password"));
            chromium.waitFor("document.getElementById('login-error').textContent.includes('Wrong email or password')");
            submit(chromium, "login-form", Map.of("login-email", email, "login-password", PASSWORD));
            ready(chromium, "home");
            notifications(chromium, user);

            // Top up 30.00 with the DEBUG gateway; the order page polls until it shows paid.
            go(chromium, "topup");
            submit(chromium, "topup-form", Map.of("topup-amount", "30", "topup-gateway", "debug"));
            ready(chromium, "order");
            assertThat(text(chromium, "order-status")).isEqualTo("Waiting for payment");
            chromium.evaluate("document.getElementById('order-confirm').click(); true");
            chromium.waitFor("document.getElementById('order-status').textContent === 'Paid'");

            // A refusal shows its reason; a coupon shows its price, then the purchase goes through.
            go(chromium, "shop");
            click(chromium, "buy-" + pricey);
            chromium.waitFor("document.getElementById('buy-result-" + pricey + "').textContent.includes('balance is too low')");
            chromium.evaluate("document.getElementById('coupon').value = 'HALF'; true");
            click(chromium, "check-" + monthly);
            chromium.waitFor("document.getElementById('buy-result-" + monthly + "').textContent.includes('5.00')");
            click(chromium, "buy-" + monthly);
            chromium.waitFor("document.getElementById('buy-result-" + monthly + "').textContent.startsWith('Bought')");
            assertThat(info(user).get("money").asText()).isEqualTo("25.00");
            screenshot(chromium, "shop-desktop");

            // The node reports 3 GB of the user's traffic.
            data(http().post(API + "/node/traffic", "{\"node_id\":" + node + ",\"report_id\":\"portal-1\",\"data\":[{\"user_id\":"
                    + info(user).get("id").asLong() + ",\"u\":1073741824,\"d\":2147483648}]}", "Key", MU_KEY));
            go(chromium, "home");
            assertThat(text(chromium, "home-class")).isEqualTo("Level 1");
            assertThat(text(chromium, "home-traffic-used")).isEqualTo("3.00 GB used of 60.00 GB");
            assertThat(text(chromium, "home-next-reset")).as("a first-day plan resets on the 1st").contains(" 1, ");
            assertThat(text(chromium, "home-balance")).contains("25.00");
            assertThat(text(chromium, "home-traffic-left")).isNotEqualTo(trafficBefore).endsWith("GB");
            assertThat(text(chromium, "home-nodes")).isEqualTo("0 / 1");
            screenshot(chromium, "home-desktop");

            // The subscription: copy, fetch what was copied, the QR code, the import links.
            go(chromium, "subscription");
            click(chromium, "sub-copy");
            chromium.waitFor("document.getElementById('sub-message').textContent === 'Copied.'");
            String copied = chromium.evaluate("navigator.clipboard.readText()").asText();
            assertThat(copied).isEqualTo(info(user).get("subscription_url").asText());
            TestHttp.Reply profile = http().get(URI.create(copied).getPath() + "?target=clash");
            assertThat(profile.status()).isEqualTo(200);
            assertThat(profile.body()).contains("proxies:", "Tokyo");
            assertThat(chromium.evaluate("(() => { const c = document.getElementById('sub-qr');"
                    + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " let dark = 0; for (let i = 0; i < px.length; i += 4) if (px[i] === 0) dark++; return dark; })()").asInt())
                    .as("the QR code is drawn").isGreaterThan(1000);
            assertThat(chromium.evaluate("document.querySelector('[data-client=clash]').getAttribute('href')").asText())
                    .isEqualTo("clash://install-config?name=spanel&url=" + pct(copied + "?target=clash"));
            theLinksAreBuiltAsTheSpecWrites(chromium);
            screenshot(chromium, "subscription-desktop");

            // Hostile names are shown as text and never run; the load XrayR reports shows as the CPU in use.
            assertThat(http().post("/mod_mu/nodes/" + node + "/info?key=" + MU_KEY, "{\"uptime\":\"86400\",\"load\":\"0.37 0.50 0.20\"}")
                    .status()).isEqualTo(200);
            go(chromium, "nodes");
            assertThat(chromium.evaluate("document.getElementById('nodes-table').textContent").asText()).contains(HOSTILE_NODE);
            assertThat(chromium.evaluate("document.querySelector('#nodes-table tbody tr').children[4].textContent").asText())
                    .isEqualTo("37%");
            assertThat(chromium.evaluate("document.querySelectorAll('#view img, #view script').length").asInt()).isZero();
            assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");

            trafficAndDevices(chromium, user, copied);
            ticketsNoticesAndHelp(chromium);
            giftCardAndInvite(chromium, user);

            // Resetting the link asks first; the old one then stops at once.
            go(chromium, "subscription");
            click(chromium, "sub-reset");
            assertThat(chromium.evaluate("document.getElementById('sub-reset-confirm').hidden").asBoolean()).isFalse();
            click(chromium, "sub-reset-yes");
            chromium.waitFor("document.body.dataset.ready === 'subscription' && document.getElementById('sub-url').value !== "
                    + quote(copied));
            assertThat(http().get(URI.create(copied).getPath()).status()).isEqualTo(404);

            // The language switch.
            chromium.evaluate("const s = document.getElementById('lang'); s.value = 'zh-CN';"
                    + " s.dispatchEvent(new Event('change')); true");
            chromium.waitFor("document.getElementById('nav-home').textContent === '首页'");
            assertThat(chromium.evaluate("document.documentElement.lang").asText()).isEqualTo("zh-CN");
            assertThat(chromium.evaluate("document.querySelector('h1').textContent").asText()).isEqualTo("订阅");

            nothingLeftTheOriginAndEveryFileHadThePolicy(chromium, base);
        }
        try (HeadlessChromium phone = HeadlessChromium.start(390, 844)) {
            // A headless window is at least 500 px wide; a phone's viewport is emulated.
            phone.send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 390).put("height", 844)
                    .put("deviceScaleFactor", 1).put("mobile", true));
            // Two documents: a navigation that changes only the fragment would load nothing.
            phone.open(base + "/?phone");
            phone.evaluate("localStorage.setItem('spanel.portal.lang', 'en'); true");
            phone.open(base + "/");
            ready(phone, "login");
            submit(phone, "login-form", Map.of("login-email", email, "login-password", PASSWORD));
            ready(phone, "home");
            assertThat(phone.evaluate("window.innerWidth").asInt()).isEqualTo(390);
            assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                    .as("nothing is wider than a phone").isTrue();
            screenshot(phone, "home-phone");
            go(phone, "shop");
            screenshot(phone, "shop-phone");
            go(phone, "subscription");
            screenshot(phone, "subscription-phone");
            for (String view : new String[] {"invite", "account"}) {
                go(phone, view);
                assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                        .as("nothing on %s is wider than a phone", view).isTrue();
                screenshot(phone, view + "-phone");
            }
            nothingLeftTheOriginAndEveryFileHadThePolicy(phone, base);
        }
    }

    /** The 3 GB reported today is drawn and listed; a device is removed after a second click. */
    /** The account page lists each notice per channel, saves a choice, and gives the Telegram code to send. */
    private void notifications(HeadlessChromium chromium, String[] user) {
        go(chromium, "account");
        assertThat(text(chromium, "notify-table")).contains("Plan ends soon", "Withdrawal rejected", "Telegram");
        chromium.evaluate("document.getElementById('notify-plan_ended-telegram').checked = false; true");
        chromium.evaluate("document.getElementById('notify-form').requestSubmit(); true");
        chromium.waitFor("document.getElementById('notify-result').textContent === 'Saved.'");
        JsonNode chosen = data(http().get(API + "/user/notifications", user)).get("events");
        assertThat(chosen.get("plan_ended").get("telegram").asBoolean()).isFalse();
        assertThat(chosen.get("plan_expiring").get("telegram").asBoolean()).isTrue();

        assertThat(text(chromium, "telegram-state")).contains("No Telegram account");
        click(chromium, "telegram-link");
        chromium.waitFor("document.getElementById('telegram-code') !== null");
        assertThat(text(chromium, "telegram-code")).matches("(?s).*/start \\S+.*");
    }

    private void trafficAndDevices(HeadlessChromium chromium, String[] user, String subscription) {
        go(chromium, "traffic");
        assertThat(chromium.evaluate("document.querySelectorAll('#traffic-chart rect.day-d').length").asInt()).isEqualTo(30);
        assertThat(chromium.evaluate("[...document.querySelectorAll('#traffic-chart rect')].filter(r => r.getBBox().height > 0).length")
                .asInt()).as("today's upload and download are drawn").isEqualTo(2);
        assertThat(chromium.evaluate("document.querySelector('#traffic-rows tr').textContent").asText())
                .as("today first in the table").contains("2.00 GB", "1.00 GB", "3.00 GB");
        assertThat(chromium.evaluate("document.querySelector('#traffic-node option[value=\"" + node + "\"]').textContent").asText())
                .isEqualTo(HOSTILE_NODE);

        assertThat(http().get(URI.create(subscription).getPath(), "x-hwid", "portal-phone-0001", "x-device-os", "Android",
                "x-device-model", "<b>Pixel</b>").status()).isEqualTo(200);
        long device = data(http().get(API + "/user/devices", user)).get("devices").get(0).get("id").asLong();
        go(chromium, "devices");
        assertThat(text(chromium, "devices-limit")).contains("3 devices");
        assertThat(text(chromium, "devices-table")).contains("<b>Pixel</b>");
        click(chromium, "device-remove-" + device);
        click(chromium, "device-remove-yes-" + device);
        chromium.waitFor("document.body.dataset.ready === 'devices' && document.getElementById('devices-none') !== null");
        assertThat(data(http().get(API + "/user/devices", user)).get("total").asInt()).isZero();
    }

    /** A refused ticket says why; a hostile one stays text through reply and close; a notice is read; help lists. */
    private void ticketsNoticesAndHelp(HeadlessChromium chromium) {
        go(chromium, "tickets");
        submit(chromium, "ticket-form", Map.of("ticket-subject", "Bell \u0007", "ticket-text", "hello"));
        chromium.waitFor("document.getElementById('ticket-error').textContent.includes('subject')");
        submit(chromium, "ticket-form", Map.of("ticket-subject", HOSTILE_SUBJECT, "ticket-text", HOSTILE_MESSAGE));
        ready(chromium, "ticket");
        assertThat(text(chromium, "ticket-subject-shown")).isEqualTo(HOSTILE_SUBJECT);
        assertThat(chromium.evaluate("document.querySelector('#ticket-messages .message').textContent").asText())
                .isEqualTo(HOSTILE_MESSAGE);
        submit(chromium, "reply-form", Map.of("reply-text", "Still slow"));
        chromium.waitFor("document.querySelectorAll('#ticket-messages li').length === 2");
        click(chromium, "ticket-close");
        chromium.waitFor("document.body.dataset.ready === 'ticket' && document.getElementById('ticket-state').textContent.includes('Closed')");
        assertThat(chromium.evaluate("document.querySelectorAll('#view img, #view script, #view b').length").asInt()).isZero();
        assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");

        go(chromium, "notices");
        assertThat(chromium.evaluate("document.querySelector('#notice-" + announcement + " .prose strong').textContent").asText())
                .as("the server's Markdown is shown as markup").isEqualTo("Maintenance");
        assertThat(chromium.evaluate("document.querySelectorAll('#view img').length").asInt()).as("typed HTML stays text").isZero();
        assertThat(chromium.evaluate("document.getElementById('notice-" + announcement + "').classList.contains('unread')").asBoolean())
                .isTrue();
        click(chromium, "notice-read-" + announcement);
        chromium.waitFor("!document.getElementById('notice-" + announcement + "').classList.contains('unread')");
        assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");

        go(chromium, "help");
        assertThat(chromium.evaluate("document.querySelector('#article-" + article + " summary').textContent").asText())
                .isEqualTo("Connect <i>now</i>");
    }

    /** A gift card's code credits the balance once; the invite page shows the link, and a refusal in words. */
    private void giftCardAndInvite(HeadlessChromium chromium, String[] user) {
        String code = data(http().post(API + "/admin/giftcards", "{\"value\":\"5.00\"}", asAdmin())).get("codes").get(0)
                .get("code").asText();
        go(chromium, "topup");
        submit(chromium, "giftcard-form", Map.of("giftcard-code", code.toLowerCase()));
        chromium.waitFor("document.getElementById('giftcard-result').textContent.includes('added')");
        assertThat(info(user).get("money").asText()).isEqualTo("30.00");
        submit(chromium, "giftcard-form", Map.of("giftcard-code", code));
        chromium.waitFor("document.getElementById('giftcard-result').textContent.includes('already redeemed')");
        assertThat(info(user).get("money").asText()).isEqualTo("30.00");

        go(chromium, "invite");
        assertThat(text(chromium, "invite-link")).endsWith("/?invite=" + info(user).get("invite_code").asText());
        assertThat(text(chromium, "invite-invitees")).isEqualTo("0");
        submit(chromium, "withdraw-form", Map.of("withdraw-amount", "1", "withdraw-method", "alipay",
                "withdraw-account", "<img src=x onerror=window.pwned=1>"));
        chromium.waitFor("document.getElementById('withdraw-result').textContent.includes('commission balance is too low')");
        assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
    }

    /** subscriptions.md §11: each link byte for byte as its examples, for U and the name "spanel". */
    private static void theLinksAreBuiltAsTheSpecWrites(HeadlessChromium chromium) {
        String u = "https://panel.example.com/sub/AbC123?target=clash";
        Map<String, String> expected = Map.of(
                "clash", "clash://install-config?name=spanel&url=https%3A%2F%2Fpanel.example.com%2Fsub%2FAbC123%3Ftarget%3Dclash",
                "singbox", "sing-box://import-remote-profile?url=https%3A%2F%2Fpanel.example.com%2Fsub%2FAbC123%3Ftarget%3Dclash#spanel",
                "hiddify", "hiddify://import/https://panel.example.com/sub/AbC123?target=clash#spanel",
                "v2rayng", "v2rayng://install-sub?url=https%3A%2F%2Fpanel.example.com%2Fsub%2FAbC123%3Ftarget%3Dclash#spanel",
                "nekobox", "sn://subscription?url=https%3A%2F%2Fpanel.example.com%2Fsub%2FAbC123%3Ftarget%3Dclash&name=spanel",
                "stash", "stash://install-config?url=https%3A%2F%2Fpanel.example.com%2Fsub%2FAbC123%3Ftarget%3Dclash",
                "quanx", "quantumult-x:///add-resource?remote-resource=%7B%22server_remote%22%3A%5B%22https%3A%2F%2Fpanel.example.com"
                        + "%2Fsub%2FAbC123%3Ftarget%3Dclash%2C%20tag%3Dspanel%22%5D%7D",
                "shadowrocket", "shadowrocket://add/sub://aHR0cHM6Ly9wYW5lbC5leGFtcGxlLmNvbS9zdWIvQWJDMTIzP3RhcmdldD1jbGFzaA==?remark=spanel");
        expected.forEach((client, link) -> assertThat(chromium.evaluate("SpanelLinks.link('" + client + "', '" + u + "', 'spanel')")
                .asText()).as(client).isEqualTo(link));
        // A name with a space, '#', '&' and CJK comes back whole from the query, fragment and tag= forms.
        String name = "spanel 测试#1&x";
        assertThat(chromium.evaluate("new URL(SpanelLinks.link('nekobox', '" + u + "', " + quote(name) + ").replace('sn:', 'https:'))"
                + ".searchParams.get('name')").asText()).isEqualTo(name);
        assertThat(chromium.evaluate("decodeURIComponent(SpanelLinks.link('singbox', '" + u + "', " + quote(name) + ").split('#')[1])")
                .asText()).isEqualTo(name);
        assertThat(chromium.evaluate("JSON.parse(decodeURIComponent(SpanelLinks.link('quanx', '" + u + "', " + quote(name)
                + ").split('remote-resource=')[1])).server_remote[0]").asText()).isEqualTo(u + ", tag=" + name);
        assertThat(chromium.evaluate("SpanelLinks.all('https://panel.example.com/sub/AbC123', 'spanel').map(l => l.target).join()")
                .asText()).isEqualTo("clash,clash,singbox,singbox,base64,base64,base64,base64");
    }

    private static void nothingLeftTheOriginAndEveryFileHadThePolicy(HeadlessChromium chromium, String base) {
        List<String> elsewhere = chromium.requested().stream()
                .filter(url -> !url.startsWith(base + "/") && !url.startsWith("data:") && !url.equals("about:blank")).toList();
        assertThat(elsewhere).as("requests that left the origin").isEmpty();
        List<HeadlessChromium.Response> portal = chromium.responses().stream()
                .filter(r -> List.of("Document", "Script", "Stylesheet").contains(r.type())).toList();
        assertThat(portal).isNotEmpty();
        for (HeadlessChromium.Response response : portal) {
            String policy = response.headers().path("Content-Security-Policy").asText(response.headers()
                    .path("content-security-policy").asText());
            assertThat(policy).as(response.url()).contains("default-src 'none'", "script-src 'self'");
        }
    }

    /** An inviter with a code, a node the plan opens, a plan, a plan beyond the balance, a 50 % coupon. */
    private void seed() {
        String[] admin = asAdmin();
        String inviter = "inviter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        inviterId = data(http().post(API + "/auth/register", credentials(inviter))).get("user_id").asLong();
        inviteCode = info(logIn(inviter)).get("invite_code").asText();
        node = data(http().post(API + "/admin/nodes", "{\"name\":" + JSON.valueToTree(HOSTILE_NODE) + ",\"server\":\"t1.example.com\","
                + "\"sort\":11,\"node_class\":1,\"custom_config\":{\"offset_port_node\":\"10086\",\"network\":\"tcp\"}}", admin)).get("id").asLong();
        monthly = data(http().post(API + "/admin/products", "{\"name\":" + JSON.valueToTree(HOSTILE_PLAN) + ",\"price\":\"10.00\","
                + "\"content\":{\"traffic\":50,\"class\":1,\"class_expire\":40,\"expire_in\":40,\"iplimit\":3,"
                + "\"monthly_reset\":\"first_day\"}}", admin))
                .get("id").asLong();
        pricey = data(http().post(API + "/admin/products", "{\"name\":\"Yearly\",\"price\":\"500.00\","
                + "\"content\":{\"traffic\":1000,\"class\":2,\"class_expire\":365}}", admin)).get("id").asLong();
        data(http().post(API + "/admin/coupons", "{\"code\":\"HALF\",\"type\":\"percent\",\"value\":50}", admin));
        announcement = data(http().post(API + "/admin/announcements", "{\"title\":\"Tonight\",\"body\":"
                + "\"**Maintenance** <img src=x onerror=\\\"window.pwned=1\\\">\"}", admin)).get("id").asLong();
        article = data(http().post(API + "/admin/articles", "{\"category\":\"Start\",\"language\":\"en\","
                + "\"title\":\"Connect <i>now</i>\",\"body\":\"Open **Clash**.\"}", admin)).get("id").asLong();
    }

    private static ObjectNode permissions(String origin) {
        ObjectNode params = JSON.createObjectNode().put("origin", origin);
        params.putArray("permissions").add("clipboardReadWrite").add("clipboardSanitizedWrite");
        return params;
    }

    private String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private String[] logIn(String email) {
        return new String[] {"Authorization", "Bearer "
                + data(http().post(API + "/auth/login", credentials(email))).get("access_token").asText()};
    }

    private JsonNode info(String[] user) {
        return data(http().get(API + "/user/info", user));
    }

    private static JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private static void ready(HeadlessChromium chromium, String view) {
        chromium.waitFor("document.body.dataset.ready === '" + view + "'");
    }

    private static void go(HeadlessChromium chromium, String view) {
        chromium.evaluate("location.hash = '#/" + view + "'; true");
        ready(chromium, view);
    }

    private static void click(HeadlessChromium chromium, String id) {
        chromium.evaluate("document.getElementById('" + id + "').click(); true");
    }

    private static void submit(HeadlessChromium chromium, String form, Map<String, String> values) {
        StringBuilder script = new StringBuilder();
        values.forEach((id, value) -> script.append("document.getElementById('").append(id).append("').value = ")
                .append(quote(value)).append(";"));
        chromium.evaluate(script + "document.getElementById('" + form + "').requestSubmit(); true");
    }

    private static String text(HeadlessChromium chromium, String id) {
        return chromium.evaluate("document.getElementById('" + id + "').textContent").asText();
    }

    private static String quote(String text) {
        return JSON.valueToTree(text).toString();
    }

    private static String pct(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Into target/portal, or into the folder -Dportal.screenshots names (docs/portal by scripts/portal-screenshots). */
    private static void screenshot(HeadlessChromium chromium, String name) throws IOException {
        Path dir = Path.of(System.getProperty("portal.screenshots", "target/portal"));
        Files.createDirectories(dir);
        Path shot = dir.resolve(name + ".png");
        Files.write(shot, chromium.screenshot());
        assertThat(Files.size(shot)).isGreaterThan(5_000);
    }
}
