package spanel.adapter.http.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;

/** The portal's page and files: the security headers on each, fingerprinted long-cached names, gzip, and /site. */
class PortalRoutesTest extends RouteTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href|data-messages-[a-z-]+)=\"(/portal/[^\"]+)\"");

    @Test
    void thePageIsServedAtTheRootUnderAStrictPolicyAndNeverStored() {
        TestHttp.Reply page = http().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertStrictPolicy(page);
        assertThat(page.body()).doesNotContain("{{", "<script>", " style=", "http://", "https://")
                .contains("href=\"/admin\"");
    }

    @Test
    void everyFileThePageNamesIsFingerprintedCachedForAYearAndUnderThePolicy() {
        List<String> assets = assetsOf(http().get("/").body());

        assertThat(assets).hasSize(7);
        for (String path : assets) {
            assertThat(path).matches("/portal/[A-Za-z0-9_.-]+\\.[0-9a-f]{10}\\.[a-z]+");
            TestHttp.Reply file = http().get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
            assertStrictPolicy(file);
        }
    }

    @Test
    void theScriptGoesOutGzippedToBrowsersThatAcceptIt() {
        String script = assetsOf(http().get("/").body()).stream().filter(p -> p.startsWith("/portal/portal.")
                && p.endsWith(".js")).findFirst().orElseThrow();

        assertThat(http().get(script, "Accept-Encoding", "gzip").header("Content-Encoding")).isEqualTo("gzip");
        assertThat(http().get(script).body()).startsWith("\"use strict\";");
    }

    @Test
    void anUnknownOrStaleFileNameIsA404UnderThePolicyToo() {
        TestHttp.Reply stale = http().get("/portal/portal.0000000000.js");

        assertRefused(stale, 404, "not_found");
        assertStrictPolicy(stale);
    }

    @Test
    void theSiteRouteTellsAFrontEndTheNameLinksGatewaysAndOptionalRoutes() {
        TestHttp.Reply reply = http().get("/app/api/v0/site");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode site = reply.json().get("data");
        assertThat(site.get("name").asText()).isEqualTo(FakeUseCases.SITE_NAME);
        assertThat(site.has("logo_url")).isFalse();
        assertThat(site.get("support_url").asText()).isEqualTo(FakeUseCases.SUPPORT_URL);
        assertThat(site.get("currency").asText()).isEqualTo("CNY");
        assertThat(site.get("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(site.get("profile_name").asText()).isEqualTo(FakeUseCases.PROFILE_TITLE);
        assertThat(site.get("gateways")).hasSize(1);
        assertThat(site.get("gateways").get(0).asText()).isEqualTo("epay");
        assertThat(site.get("password_reset").asBoolean()).isFalse();
        assertThat(site.get("checkin").asBoolean()).isFalse();
        assertThat(site.get("debug_confirm").asBoolean()).isFalse();
    }

    @Test
    void withoutMailThereIsNoResetPage() {
        assertRefused(http().get("/reset-password?token=abc"), 404, "not_found");
    }

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        JsonNode english = messages("messages.en.json");
        JsonNode chinese = messages("messages.zh-CN.json");

        List<String> englishKeys = new ArrayList<>();
        english.fieldNames().forEachRemaining(englishKeys::add);
        List<String> chineseKeys = new ArrayList<>();
        chinese.fieldNames().forEachRemaining(chineseKeys::add);
        assertThat(chineseKeys).containsExactlyInAnyOrderElementsOf(englishKeys);
        assertThat(englishKeys).contains("error.insufficient_balance", "error.out_of_stock", "error.purchase_limit_reached",
                "error.invalid_coupon", "error.coupon_exhausted");
        chineseKeys.forEach(key -> assertThat(chinese.get(key).asText()).as(key).isNotBlank());
    }

    @Test
    void aLogoMustBeOnThisSiteAndASupportLinkMustNotRunScript() {
        assertThatThrownBy(() -> site(Optional.of("https://cdn.example.com/logo.png"), Optional.empty()))
                .hasMessageContaining("SITE_LOGO_URL");
        assertThatThrownBy(() -> site(Optional.of("//cdn.example.com/logo.png"), Optional.empty()))
                .hasMessageContaining("SITE_LOGO_URL");
        assertThatThrownBy(() -> site(Optional.empty(), Optional.of("javascript:alert(1)")))
                .hasMessageContaining("SUPPORT_URL");
        assertThat(site(Optional.of("/static/logo.png"), Optional.of("mailto:help@example.com")).logoUrl())
                .contains("/static/logo.png");
        assertThat(site(Optional.of("data:image/png;base64,iVBORw0KGgo="), Optional.of(" ")).supportUrl()).isEmpty();
    }

    private static PortalSite site(Optional<String> logo, Optional<String> support) {
        return new PortalSite("spanel", logo, support, "CNY", "UTC", List.of());
    }

    private static JsonNode messages(String name) throws IOException {
        try (InputStream in = PortalRoutesTest.class.getResourceAsStream("/spanel/http/portal/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> assetsOf(String page) {
        List<String> paths = new ArrayList<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    private static void assertStrictPolicy(TestHttp.Reply reply) {
        String policy = reply.header("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy").contains("default-src 'none'", "script-src 'self';",
                "connect-src 'self'", "base-uri 'none'", "frame-ancestors 'none'").doesNotContain("unsafe", "http", "*");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
