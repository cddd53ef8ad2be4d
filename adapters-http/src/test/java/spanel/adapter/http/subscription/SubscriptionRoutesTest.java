package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.ListUserNodes;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetSubscription;
import spanel.domain.error.Forbidden;
import spanel.domain.error.NotFound;
import spanel.domain.error.RateLimited;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeState;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class SubscriptionRoutesTest extends RouteTest {

    private static final String TOKEN = "T".repeat(43);

    private static Node node(long id, int sort, String customConfig) {
        return new Node(NodeId.of(id), "HK #" + id, "hk1.example.com", sort, customConfig, "aes-128-gcm",
                TrafficRate.of(new java.math.BigDecimal("1.5")), 2, 0, 0, 0, 0, true, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private void serving(UserAccount account, List<Node> nodes) {
        useCases.fetchSubscription = command -> new FetchSubscription.Subscription(account, nodes);
    }

    @Test
    void aFetchAnswersTheProfileWithItsHeaders() {
        AtomicReference<FetchSubscription.Command> seen = new AtomicReference<>();
        UserAccount account = anAccount(7, "owner@example.com");
        useCases.fetchSubscription = command -> {
            seen.set(command);
            return new FetchSubscription.Subscription(account, List.of(node(1, 11, "{}")));
        };

        TestHttp.Reply reply = http().get("/sub/" + TOKEN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(seen.get().token()).isEqualTo(TOKEN);
        assertThat(seen.get().address()).isEqualTo("127.0.0.1");
        assertThat(seen.get().toString()).doesNotContain(TOKEN);
        assertThat(reply.header("subscription-userinfo")).isEqualTo("upload=0; download=5; total=10737418240; expire="
                + Instant.parse("2026-01-02T00:00:00Z").getEpochSecond());
        assertThat(reply.header("profile-update-interval")).isEqualTo(Integer.toString(FakeUseCases.PROFILE_UPDATE_HOURS));
        assertThat(reply.header("profile-title")).isEqualTo("base64:UGFuZWwg6Z2i5p2/ICMx");
        assertThat(reply.header("content-disposition"))
                .isEqualTo("attachment; filename*=UTF-8''Panel%20%E9%9D%A2%E6%9D%BF%20%231");
        assertThat(reply.header("profile-web-page-url")).isEqualTo(FakeUseCases.RETURN_TO);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("Vary")).isEqualTo("User-Agent");
        assertThat(reply.header("ETag")).startsWith("W/\"");
    }

    @Test
    void aMatchingETagGetsA304AndHeadTheHeadersWithoutABody() {
        serving(anAccount(7, "owner@example.com"), List.of(node(1, 11, "{}")));
        TestHttp.Reply full = http().get("/sub/" + TOKEN);

        TestHttp.Reply notModified = http().get("/sub/" + TOKEN, "If-None-Match", full.header("ETag"));
        TestHttp.Reply head = http().head("/sub/" + TOKEN + "/v2ray");

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("subscription-userinfo")).isEqualTo(full.header("subscription-userinfo"));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(full.header("ETag"));
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(full.body().length()));
    }

    @Test
    void refusalsAreBareAndEveryMissIsTheSameBytes() {
        useCases.fetchSubscription = command -> {
            throw new NotFound("no such subscription");
        };
        TestHttp.Reply miss = http().get("/sub/" + TOKEN);
        assertThat(miss.status()).isEqualTo(404);
        assertThat(miss.body()).isEqualTo("{\"error\":\"not_found\"}");
        assertThat(miss.header("Cache-Control")).isEqualTo("no-store");
        assertThat(http().get("/sub/" + TOKEN + "/clash/extra").body()).isEqualTo(miss.body());

        useCases.fetchSubscription = command -> {
            throw new Forbidden("this account is banned");
        };
        TestHttp.Reply banned = http().get("/sub/" + TOKEN);
        assertThat(banned.status()).isEqualTo(403);
        assertThat(banned.body()).isEqualTo("{\"error\":\"forbidden\"}");

        useCases.fetchSubscription = command -> {
            throw new RateLimited(17);
        };
        TestHttp.Reply limited = http().get("/sub/" + TOKEN);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("17");
    }

    @Test
    void anUnknownTargetIsA400NamingItAndFetchesNothing() {
        // fetchSubscription is left failing: it must not be called
        TestHttp.Reply reply = http().get("/sub/" + TOKEN + "?target=nonsense");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("unknown target");
        assertThat(reply.json().get("msg").asText()).startsWith("target");
    }

    @Test
    void theUsersNodesComeWithStateOnlineLoadAndConnectionLeavingOutNodesNoClientCouldUse() {
        UserAccount account = anAccount(7, "owner@example.com");
        useCases.listUserNodes = query -> {
            assertThat(query.user()).isEqualTo(new UserId(7));
            return new ListUserNodes.UserNodes(account, List.of(
                    new ListUserNodes.UserNode(node(3, 11, "{\"offset_port_user\":\"8443\",\"enable_vless\":\"1\"}"),
                            NodeState.UP, OptionalInt.of(4), OptionalInt.of(37)),
                    new ListUserNodes.UserNode(node(4, 0, "{}"), NodeState.DOWN, OptionalInt.empty(), OptionalInt.empty()),
                    new ListUserNodes.UserNode(node(5, 99, "{}"), NodeState.UP, OptionalInt.of(1), OptionalInt.of(5))));
        };

        TestHttp.Reply reply = http().get("/app/api/v0/user/nodes", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        // Node 5 speaks a protocol no subscription format has: it is left out, as from the profiles.
        assertThat(data.get("count").asInt()).isEqualTo(2);
        var vless = data.get("nodes").get(0);
        assertThat(vless.get("id").asLong()).isEqualTo(3);
        assertThat(vless.get("name").asText()).isEqualTo("HK #3");
        assertThat(vless.get("port").asInt()).isEqualTo(8443);
        assertThat(vless.get("protocol").asText()).isEqualTo("vless");
        assertThat(vless.get("traffic_rate").asText()).isEqualTo("1.5");
        assertThat(vless.get("state").asText()).isEqualTo("up");
        assertThat(vless.get("online").asInt()).isEqualTo(4);
        assertThat(vless.get("load_percent").asInt()).isEqualTo(37);
        assertThat(vless.get("connection").get("uuid").asText()).isEqualTo(account.credentials().uuid());
        assertThat(vless.get("connection").has("password")).isFalse();
        var ss = data.get("nodes").get(1);
        assertThat(ss.get("port").asInt()).isEqualTo(443);
        assertThat(ss.get("state").asText()).isEqualTo("down");
        assertThat(ss.get("online").isNull()).isTrue();
        assertThat(ss.get("load_percent").isNull()).isTrue();
        assertThat(ss.get("connection").get("password").asText()).isEqualTo("secret-passwd");
        assertThat(ss.get("connection").get("method").asText()).isEqualTo("aes-128-gcm");
        assertRefused(http().get("/app/api/v0/user/nodes"), 401, "unauthorized");
    }

    @Test
    void rotationsAnswerTheNewUrlToTheUserAndNotToTheAdmin() {
        AtomicReference<ResetSubscription.Command> seen = new AtomicReference<>();
        useCases.resetSubscription = command -> {
            seen.set(command);
            return new ResetSubscription.SubscriptionReset(command.user(), "https://panel.example.com/sub/" + TOKEN);
        };

        var own = http().post("/app/api/v0/user/subscription/reset", "", bearer(USER_TOKEN));
        assertThat(own.json().get("data").get("subscription_url").asText()).endsWith(TOKEN);
        assertThat(seen.get()).isEqualTo(new ResetSubscription.Command(new UserId(7), Optional.empty()));

        var byAdmin = http().post("/app/api/v0/admin/users/9/subscription/reset", "", bearer(ADMIN_TOKEN));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.body()).doesNotContain(TOKEN);
        assertThat(seen.get()).isEqualTo(new ResetSubscription.Command(new UserId(9), Optional.of(new UserId(1))));
        assertRefused(http().post("/app/api/v0/admin/users/9/subscription/reset", "", bearer(USER_TOKEN)), 403, "forbidden");
        assertInvalidField(http().post("/app/api/v0/admin/users/x/subscription/reset", "", bearer(ADMIN_TOKEN)), "id");

        useCases.resetCredentials = command -> new ResetCredentials.CredentialsReset("new-uuid", "new-passwd",
                "https://panel.example.com/sub/" + TOKEN);
        var credentials = http().post("/app/api/v0/user/credentials/reset", "", bearer(USER_TOKEN)).json().get("data");
        assertThat(credentials.get("uuid").asText()).isEqualTo("new-uuid");
        assertThat(credentials.get("passwd").asText()).isEqualTo("new-passwd");
        assertThat(credentials.get("subscription_url").asText()).endsWith(TOKEN);
    }

    @Test
    void surgeGetsAManagedProfileThatRefreshesFromThisUrlSavedAsConf() {
        serving(anAccount(7, "owner@example.com"), List.of(node(1, 0, "{}")));

        TestHttp.Reply reply = http().get("/sub/" + TOKEN, "User-Agent", "Surge iOS/2398");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("#!MANAGED-CONFIG " + FakeUseCases.RETURN_TO.replaceAll("/+$", "") + "/sub/"
                + TOKEN + "?target=surge interval=" + FakeUseCases.PROFILE_UPDATE_HOURS * 3600 + " strict=false\n");
        assertThat(reply.header("Content-Type")).startsWith("application/octet-stream");
        assertThat(reply.header("content-disposition")).endsWith(".conf");
        assertThat(reply.header("subscription-userinfo")).startsWith("upload=0;");
        assertThat(http().get("/sub/" + TOKEN, "User-Agent", "Loon/637").body()).startsWith("HK #1=Shadowsocks,");
    }

    @Test
    void theSameUserAsSingBox110And111And112GetsTheDnsAndRouteEachCoreReads() {
        serving(anAccount(7, "owner@example.com"), List.of(node(1, 11, "{}")));

        var old = http().get("/sub/" + TOKEN, "User-Agent", "sing-box 1.10.7").json();
        var actions = http().get("/sub/" + TOKEN, "User-Agent", "SFA/1.11.4 (Android 14; sing-box 1.11.4)").json();
        var typed = http().get("/sub/" + TOKEN, "User-Agent", "sing-box 1.12.3").json();

        assertThat(old.get("dns").get("servers").get(0).get("address").asText()).isEqualTo("https://1.1.1.1/dns-query");
        assertThat(old.get("route").get("rules").get(0).toString()).isEqualTo("{\"protocol\":\"dns\",\"outbound\":\"dns-out\"}");
        assertThat(actions.get("dns").get("servers").get(0).get("address").asText()).isEqualTo("https://1.1.1.1/dns-query");
        assertThat(actions.get("route").get("rules").get(0).toString()).isEqualTo("{\"action\":\"sniff\"}");
        assertThat(typed.get("dns").get("servers").get(0).get("type").asText()).isEqualTo("https");
        assertThat(typed.get("route").get("default_domain_resolver").asText()).isEqualTo("local");
        for (var profile : List.of(old, actions, typed)) {
            assertThat(profile.get("outbounds").get(0).get("outbounds").toString()).isEqualTo("[\"auto\",\"HK #1\"]");
        }
        var mihomo = http().get("/sub/" + TOKEN, "User-Agent", "mihomo/1.19.10");
        assertThat(mihomo.body()).contains("enhanced-mode: fake-ip", "- \"MATCH,Proxy\"");
    }
}
