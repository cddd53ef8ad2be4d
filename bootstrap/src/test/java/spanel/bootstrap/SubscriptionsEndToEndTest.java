package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.PRODUCTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.http.testing.TestHttp;

/**
 * A user's nodes and subscription over HTTP on the assembled service, on PostgreSQL with Redis and
 * on H2 with the in-process store: from registration and a plan to a profile, and every refusal.
 */
class SubscriptionsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";
    private static final int TOKEN_LIMIT = 20;

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("SUBSCRIPTION_RATE_LIMIT_IP", "100000", "SUBSCRIPTION_RATE_LIMIT_TOKEN", Integer.toString(TOKEN_LIMIT),
                "PUBLIC_URL", "https://panel.example.com/", "LOGIN_RATE_LIMIT", "100000");
    }

    /** A registered, logged-in user. */
    private record Member(long id, String[] bearer) {
    }

    private Member member() {
        String email = "sub-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        long id = ok(http().post(API + "/auth/register", credentials)).get("user_id").asLong();
        String token = ok(http().post(API + "/auth/login", credentials)).get("access_token").asText();
        return new Member(id, new String[] {"Authorization", "Bearer " + token});
    }

    /** A member who bought a class-3 plan with 100 GB from their balance. */
    private Member subscriber() {
        Member member = member();
        dsl().update(USERS).set(USERS.MONEY, 1_000L).where(USERS.ID.eq(member.id())).execute();
        dsl().insertInto(BALANCE_LEDGER).set(BALANCE_LEDGER.USER_ID, member.id()).set(BALANCE_LEDGER.DELTA, 1_000L)
                .set(BALANCE_LEDGER.BALANCE_AFTER, 1_000L).set(BALANCE_LEDGER.SOURCE_TYPE, "admin")
                .set(BALANCE_LEDGER.SOURCE_ID, "seed-" + member.id()).execute();
        long plan = dsl().insertInto(PRODUCTS).set(PRODUCTS.NAME, "Class 3").set(PRODUCTS.PRICE, 1_000L)
                .set(PRODUCTS.CONTENT, "{\"traffic\":100,\"class\":3,\"class_expire\":30,\"expire_in\":30}")
                .returning(PRODUCTS.ID).fetchOne(PRODUCTS.ID);
        ok(http().post(API + "/user/buy", "{\"shop_id\":" + plan + "}", member.bearer()));
        return member;
    }

    /** A node of class 3, group 0, with this protocol (sort) and custom_config. */
    private long node(String name, int sort, String customConfig) {
        return dsl().insertInto(NODES).set(NODES.NAME, name).set(NODES.SERVER, "hk1.example.com").set(NODES.SORT, sort)
                .set(NODES.CUSTOM_CONFIG, customConfig).set(NODES.NODE_CLASS, 3)
                .returning(NODES.ID).fetchOne(NODES.ID);
    }

    private String subscriptionPath(Member member) {
        String url = ok(http().get(API + "/user/info", member.bearer())).get("subscription_url").asText();
        assertThat(url).matches("https://panel\\.example\\.com/sub/[A-Za-z0-9_-]{43}");
        return url.substring("https://panel.example.com".length());
    }

    private static JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private static List<String> links(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        if (reply.body().isEmpty()) {
            return List.of();
        }
        return List.of(new String(Base64.getDecoder().decode(reply.body()), StandardCharsets.UTF_8).split("\n"));
    }

    private static void missing(TestHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"error\":\"not_found\"}");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void fromRegistrationAndAPlanToTheNodesAndAProfile() {
        long vmess = node("Sub VMess " + UUID.randomUUID(), 11, "{\"offset_port_node\":\"10086\",\"network\":\"tcp\"}");
        Member member = subscriber();

        JsonNode listed = ok(http().get(API + "/user/nodes?size=100", member.bearer()));
        JsonNode entry = null;
        for (JsonNode node : listed.get("nodes")) {
            if (node.get("id").asLong() == vmess) {
                entry = node;
            }
        }
        assertThat(entry).as(listed.toString()).isNotNull();
        String uuid = dsl().fetchValue(USERS.UUID, USERS.ID.eq(member.id()));
        assertThat(entry.get("server").asText()).isEqualTo("hk1.example.com");
        assertThat(entry.get("port").asInt()).isEqualTo(10086);
        assertThat(entry.get("protocol").asText()).isEqualTo("vmess");
        assertThat(entry.get("traffic_rate").asText()).isEqualTo("1");
        assertThat(entry.get("state").asText()).isEqualTo("down");
        assertThat(entry.get("connection").get("uuid").asText()).isEqualTo(uuid);
        assertThat(entry.get("connection").get("link").asText()).startsWith("vmess://");

        List<String> profile = links(http().get(subscriptionPath(member)));

        assertThat(profile).contains(entry.get("connection").get("link").asText());
    }

    @Test
    void theSameUserAsSingBox110And111And112GetsTheHysteria2AndAnyTlsFieldsEachCoreReads() {
        String suffix = " " + UUID.randomUUID();
        node("Hy2" + suffix, 20, "{\"offset_port_node\":\"443\",\"hop_ports\":\"20000-30000\",\"hop_interval\":45}");
        node("AnyTLS" + suffix, 21, "{\"offset_port_node\":\"443\"}");
        String path = subscriptionPath(subscriber());
        String[][] cores = {{"sing-box 1.10.7", "false", "false"}, {"SFA/1.11.4 (Android 14; sing-box 1.11.4)", "true", "false"},
                {"sing-box 1.12.3", "true", "true"}};
        for (String[] core : cores) {
            TestHttp.Reply reply = http().get(path, "User-Agent", core[0]);
            assertThat(reply.status()).isEqualTo(200);
            Map<String, JsonNode> byTag = new java.util.HashMap<>();
            reply.json().get("outbounds").forEach(outbound -> byTag.put(outbound.get("tag").asText(), outbound));

            JsonNode hy2 = byTag.get("Hy2" + suffix);
            assertThat(hy2.get("server_port").asInt()).as(core[0]).isEqualTo(443);
            assertThat(hy2.has("server_ports")).as(core[0]).isEqualTo(Boolean.parseBoolean(core[1]));
            assertThat(hy2.path("hop_interval").asText()).as(core[0]).isEqualTo(core[1].equals("true") ? "45s" : "");
            assertThat(byTag.containsKey("AnyTLS" + suffix)).as(core[0]).isEqualTo(Boolean.parseBoolean(core[2]));
            assertThat(byTag.get("proxy").get("outbounds").toString().contains("AnyTLS" + suffix)).as(core[0])
                    .isEqualTo(Boolean.parseBoolean(core[2]));
        }
    }

    @Test
    void theNodeListHoldsOnlyNodesTheUserMayUseWithTheirState() {
        Member member = subscriber();
        long heard = node("Sub state up " + UUID.randomUUID(), 11, "{}");
        long late = node("Sub state late " + UUID.randomUUID(), 14, "{}");
        long aboveClass = node("Sub above class " + UUID.randomUUID(), 11, "{}");
        dsl().update(NODES).set(NODES.NODE_CLASS, 4).where(NODES.ID.eq(aboveClass)).execute();
        long otherGroup = node("Sub other group " + UUID.randomUUID(), 11, "{}");
        dsl().update(NODES).set(NODES.NODE_GROUP, 9).where(NODES.ID.eq(otherGroup)).execute();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        dsl().update(NODES).set(NODES.NODE_HEARTBEAT, now.minusSeconds(200)).where(NODES.ID.eq(late)).execute();
        ok(http().post(API + "/node/online", "{\"node_id\":" + heard + ",\"online\":7,\"load\":\"0.1\"}", "Key", MU_KEY));
        http().get(API + "/node/users?node_id=" + heard, "Key", MU_KEY);

        JsonNode nodes = ok(http().get(API + "/user/nodes?size=100", member.bearer())).get("nodes");

        Map<Long, JsonNode> byId = new java.util.HashMap<>();
        nodes.forEach(n -> byId.put(n.get("id").asLong(), n));
        assertThat(byId).containsKeys(heard, late).doesNotContainKeys(aboveClass, otherGroup);
        assertThat(byId.get(heard).get("state").asText()).isEqualTo("up");
        assertThat(byId.get(heard).get("online").asInt()).isEqualTo(7);
        assertThat(byId.get(late).get("state").asText()).isEqualTo("late");
        assertThat(byId.get(late).get("protocol").asText()).isEqualTo("trojan");
        assertThat(byId.get(late).get("connection").get("password").asText())
                .isEqualTo(dsl().fetchValue(USERS.UUID, USERS.ID.eq(member.id())));
        assertThat(http().get(API + "/user/nodes").status()).isEqualTo(401);
    }

    @Test
    void aProfileCarriesTheUsageTitleIntervalNoStoreAndAnETag() {
        node("Sub headers " + UUID.randomUUID(), 11, "{}");
        Member member = subscriber();
        dsl().update(USERS).set(USERS.U, 1L << 30).set(USERS.D, 4L << 30).set(USERS.TRANSFER_ENABLE, 100L << 30)
                .set(USERS.EXPIRE_IN, OffsetDateTime.parse("2100-12-31T00:00:00Z")).where(USERS.ID.eq(member.id())).execute();
        String path = subscriptionPath(member);

        TestHttp.Reply reply = http().get(path, "User-Agent", "v2rayN/6.45");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("subscription-userinfo"))
                .isEqualTo("upload=1073741824; download=4294967296; total=107374182400; expire=4133894400");
        assertThat(reply.header("profile-update-interval")).isEqualTo("24");
        assertThat(reply.header("profile-title")).isEqualTo("base64:c3BhbmVs");
        assertThat(reply.header("content-disposition")).isEqualTo("attachment; filename*=UTF-8''spanel");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("Vary")).isEqualTo("User-Agent");
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        String etag = reply.header("ETag");
        assertThat(etag).isNotBlank();

        TestHttp.Reply again = http().get(path, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("subscription-userinfo")).isEqualTo(reply.header("subscription-userinfo"));

        TestHttp.Reply head = http().head(path);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(etag);
        assertThat(head.header("subscription-userinfo")).isEqualTo(reply.header("subscription-userinfo"));
        assertThat(head.header("Cache-Control")).isEqualTo("no-store");

        assertThat(links(http().get(path + "/v2ray"))).isEqualTo(links(reply));
        assertThat(http().get(path + "?target=base64").body()).isEqualTo(reply.body());
    }

    @Test
    void anUnknownTargetIsRefusedNamingIt() {
        String path = subscriptionPath(subscriber());

        TestHttp.Reply reply = http().get(path + "?target=nonsense");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("unknown target");
        assertThat(reply.json().get("msg").asText()).contains("target");
        assertThat(http().get(path + "/nonsense").status()).isEqualTo(400);
    }

    @Test
    void rotatingRevokesTheOldLinkAtOnceAndItAnswersLikeAnyUnknownToken() {
        node("Sub rotation " + UUID.randomUUID(), 11, "{}");
        Member member = subscriber();
        String old = subscriptionPath(member);
        assertThat(http().get(old).status()).isEqualTo(200);

        String fresh = ok(http().post(API + "/user/subscription/reset", "", member.bearer())).get("subscription_url").asText();

        missing(http().get(old));
        TestHttp.Reply unknown = http().get("/sub/" + "A".repeat(43));
        missing(unknown);
        missing(http().get("/sub/short"));
        missing(http().get(old + "/clash"));
        assertThat(fresh).isEqualTo("https://panel.example.com" + subscriptionPath(member));
        assertThat(http().get(subscriptionPath(member)).status()).isEqualTo(200);
    }

    @Test
    void racingRotationsLeaveExactlyOneLiveLink() throws Exception {
        Member member = subscriber();
        String before = subscriptionPath(member);

        List<String> urls = race(6, () -> ok(http().post(API + "/user/subscription/reset", "", member.bearer()))
                .get("subscription_url").asText());

        List<Integer> statuses = new ArrayList<>();
        for (String url : urls) {
            statuses.add(http().get(url.substring("https://panel.example.com".length())).status());
        }
        assertThat(statuses).containsOnly(200, 404);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(urls.get(statuses.indexOf(200))).endsWith(subscriptionPath(member));
        assertThat(http().get(before).status()).isEqualTo(404);
    }

    @Test
    void anAdminRotationRevokesTheLinkAndIsAudited() {
        Member member = subscriber();
        String old = subscriptionPath(member);

        JsonNode done = ok(http().post(API + "/admin/users/" + member.id() + "/subscription/reset", "", asAdmin()));

        assertThat(done.get("id").asLong()).isEqualTo(member.id());
        assertThat(done.has("subscription_url")).isFalse();
        missing(http().get(old));
        assertThat(http().get(subscriptionPath(member)).status()).isEqualTo(200);
        assertThat(dsl().fetchCount(ADMIN_AUDIT, ADMIN_AUDIT.ACTION.eq("user.subscription.reset")
                .and(ADMIN_AUDIT.TARGET.eq("user:" + member.id())))).isEqualTo(1);
        assertThat(http().post(API + "/admin/users/" + member.id() + "/subscription/reset", "", member.bearer()).status())
                .isEqualTo(403);
        assertThat(http().post(API + "/admin/users/999999999/subscription/reset", "", asAdmin()).status()).isEqualTo(404);
    }

    @Test
    void resettingCredentialsChangesWhatNodesServeAndRotatesTheLink() {
        long node = node("Sub credentials " + UUID.randomUUID(), 11, "{}");
        Member member = subscriber();
        String old = subscriptionPath(member);
        String oldUuid = dsl().fetchValue(USERS.UUID, USERS.ID.eq(member.id()));
        TestHttp.Reply before = http().get("/mod_mu/users?node_id=" + node + "&key=" + MU_KEY);
        assertThat(before.body()).contains(oldUuid);

        JsonNode reset = ok(http().post(API + "/user/credentials/reset", "", member.bearer()));

        assertThat(reset.get("uuid").asText()).isNotEqualTo(oldUuid)
                .isEqualTo(dsl().fetchValue(USERS.UUID, USERS.ID.eq(member.id())));
        assertThat(reset.get("passwd").asText()).isEqualTo(dsl().fetchValue(USERS.PASSWD, USERS.ID.eq(member.id())));
        TestHttp.Reply after = http().get("/mod_mu/users?node_id=" + node + "&key=" + MU_KEY,
                "If-None-Match", before.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.body()).contains(reset.get("uuid").asText()).doesNotContain(oldUuid);
        missing(http().get(old));
        String fresh = subscriptionPath(member);
        assertThat(reset.get("subscription_url").asText()).endsWith(fresh);
        assertThat(links(http().get(fresh)).toString()).isNotEmpty();
    }

    @Test
    void aBannedUserIsRefusedAndAnExpiredOrUsedUpOneGetsNoNodesButTheUsage() {
        node("Sub refusals " + UUID.randomUUID(), 11, "{}");
        Member banned = subscriber();
        String bannedPath = subscriptionPath(banned);
        dsl().update(USERS).set(USERS.BANNED, true).where(USERS.ID.eq(banned.id())).execute();
        Member expired = subscriber();
        dsl().update(USERS).set(USERS.EXPIRE_IN, OffsetDateTime.parse("2020-01-01T00:00:00Z"))
                .where(USERS.ID.eq(expired.id())).execute();
        Member usedUp = subscriber();
        dsl().update(USERS).set(USERS.D, USERS.TRANSFER_ENABLE).where(USERS.ID.eq(usedUp.id())).execute();

        TestHttp.Reply refused = http().get(bannedPath);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"error\":\"forbidden\"}");

        TestHttp.Reply late = http().get(subscriptionPath(expired));
        assertThat(links(late)).isEmpty();
        assertThat(late.header("subscription-userinfo")).endsWith("; expire=1577836800");
        TestHttp.Reply spent = http().get(subscriptionPath(usedUp));
        assertThat(links(spent)).isEmpty();
        long quota = dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(usedUp.id()));
        assertThat(spent.header("subscription-userinfo")).contains("download=" + quota + "; total=" + quota);
        assertThat(ok(http().get(API + "/user/nodes", usedUp.bearer())).get("count").asInt()).isZero();
    }

    @Test
    void fetchesAreLimitedPerTokenAndPerAddress() {
        String path = subscriptionPath(subscriber());
        for (int i = 0; i < TOKEN_LIMIT; i++) {
            assertThat(http().get(path).status()).isEqualTo(200);
        }

        TestHttp.Reply limited = http().get(path);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.body()).isEqualTo("{\"error\":\"rate_limited\"}");

        Application strict = startAnother(env -> {
            env.put("SUBSCRIPTION_RATE_LIMIT_IP", "3");
            env.computeIfPresent("REDIS_KEY_PREFIX", (k, v) -> v + "strict:");
        });
        TestHttp other = new TestHttp(strict.port());
        for (int i = 0; i < 3; i++) {
            assertThat(other.get("/sub/" + "B".repeat(40) + i).status()).isEqualTo(404);
        }
        TestHttp.Reply byAddress = other.get("/sub/" + "C".repeat(43));
        assertThat(byAddress.status()).isEqualTo(429);
        assertThat(byAddress.header("Retry-After")).isNotBlank();
    }

    @Test
    void theTokenNeverShowsInTheMetrics() {
        String path = subscriptionPath(subscriber());
        http().get(path);
        http().get(path + "/clash");
        http().get("/sub/" + "D".repeat(43));

        String metrics = http().get("/metrics").body();

        assertThat(metrics).contains("/sub/{token}").doesNotContain(path.substring("/sub/".length()))
                .doesNotContain("D".repeat(43));
    }

    private static List<String> race(int n, Callable<String> attempt) throws Exception {
        return Race.of(Collections.nCopies(n, attempt));
    }
}
