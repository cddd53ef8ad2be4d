package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.common.MovableClock;

/**
 * A node's user list (mod_mu and UniProxy) is versioned by the database rather than hashed: an
 * unchanged list is a 304 on every instance, and the ETag changes with every cause that changes
 * the answer: each served field, each eligibility input, users coming and going, the node's
 * settings, time, and the device counts.
 */
class NodeUserListVersionsTest extends EndToEndTest {

    private static final String MU = "?key=" + MU_KEY + "&node_id=";
    private static final OffsetDateTime PAST = OffsetDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final MovableClock clock = MovableClock.runningFromNow();

    @Override
    protected Clock clock() {
        return clock;
    }

    private long node(Consumer<NodesRecord> change) {
        NodesRecord node = Seed.node(dsl(), "1");
        node.setSort(0);
        node.setMethod("aes-128-gcm");
        node.setNodeBandwidth(10L);
        change.accept(node);
        return Seed.insert(node);
    }

    private long user(Consumer<UsersRecord> change) {
        UsersRecord user = Seed.user(dsl());
        user.setTransferEnable(1000L);
        change.accept(user);
        return Seed.insert(user);
    }

    /** A node of its own group and one user in it, so no other test's users are listed. */
    private record Listed(long node, long user) {
    }

    private Listed aloneInGroup(int group) {
        return new Listed(node(n -> n.setNodeGroup(group)), user(u -> u.setNodeGroup(group)));
    }

    private TestHttp.Reply modMu(long node, String etag) {
        return http().get("/mod_mu/users" + MU + node, "If-None-Match", etag);
    }

    private TestHttp.Reply uniProxy(TestHttp client, long node, String etag) {
        return client.get("/api/v1/server/UniProxy/user?node_type=shadowsocks&token=" + MU_KEY + "&node_id=" + node,
                "If-None-Match", etag);
    }

    private <T> void set(String table, long id, Field<T> field, T value) {
        var target = table.equals("users") ? USERS : NODES;
        dsl().update(target).set(field, value).where(table.equals("users") ? USERS.ID.eq(id) : NODES.ID.eq(id)).execute();
    }

    @Test
    void anUnchangedListIs304OnEveryInstanceOfTheDatabase() {
        long node = node(n -> { });
        user(u -> { });
        TestHttp.Reply first = uniProxy(http(), node, "");
        TestHttp other = new TestHttp(startAnother(env -> { }).port());

        TestHttp.Reply again = uniProxy(http(), node, first.header("ETag"));
        TestHttp.Reply elsewhere = uniProxy(other, node, first.header("ETag"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("users").size()).isPositive();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(elsewhere.status()).isEqualTo(304);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("users", USERS.PASSWD, "another-password"),
                Arguments.of("users", USERS.METHOD, "chacha20-ietf-poly1305"),
                Arguments.of("users", USERS.PORT, 64_999),
                Arguments.of("users", USERS.UUID, UUID.randomUUID().toString()),
                Arguments.of("users", USERS.NODE_SPEEDLIMIT, 80),
                Arguments.of("users", USERS.NODE_IPLIMIT, 4),
                Arguments.of("users", USERS.ENABLE, false),
                Arguments.of("users", USERS.SWITCH_ON, false),
                Arguments.of("users", USERS.BANNED, true),
                Arguments.of("users", USERS.EXPIRE_IN, PAST),
                Arguments.of("users", USERS.CLASS_EXPIRE, PAST),
                Arguments.of("users", USERS.CLASS, 0),
                Arguments.of("users", USERS.NODE_GROUP, 7),
                Arguments.of("users", USERS.U, 1000L),
                Arguments.of("nodes", NODES.NODE_CLASS, 2),
                Arguments.of("nodes", NODES.NODE_GROUP, 7),
                Arguments.of("nodes", NODES.SORT, 11),
                Arguments.of("nodes", NODES.METHOD, "aes-256-gcm"),
                Arguments.of("nodes", NODES.NODE_BANDWIDTH_LIMIT, 1L));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("changes")
    @SuppressWarnings("unchecked")
    <T> void everyChangeTheListShowsOrIsChosenByChangesTheEtagOnBothNodeApis(String table, Field<T> field, T value) {
        long node = node(n -> n.setNodeClass(1));
        long user = user(u -> u.setClass_(1));
        String modMuTag = modMu(node, "").header("ETag");
        String uniProxyTag = uniProxy(http(), node, "").header("ETag");

        set(table, table.equals("users") ? user : node, field, value);
        TestHttp.Reply modMuAfter = modMu(node, modMuTag);
        TestHttp.Reply uniProxyAfter = uniProxy(http(), node, uniProxyTag);

        assertThat(modMuAfter.status()).isEqualTo(200);
        assertThat(modMuAfter.header("ETag")).isNotEqualTo(modMuTag);
        assertThat(uniProxyAfter.status()).isEqualTo(200);
        assertThat(uniProxyAfter.header("ETag")).isNotEqualTo(uniProxyTag);
    }

    @Test
    void trafficCountersMoneyAndLastSeenLeaveTheEtagAlone() {
        Listed listed = aloneInGroup(14);
        long node = listed.node();
        long user = listed.user();
        String before = uniProxy(http(), node, "").header("ETag");

        set("users", user, USERS.D, 10L);
        set("users", user, USERS.T, 1_700_000_000L);
        set("users", user, USERS.MONEY, 1_00L);
        set("nodes", node, NODES.NODE_BANDWIDTH, 20L);
        set("nodes", node, NODES.NODE_HEARTBEAT, PAST);

        assertThat(uniProxy(http(), node, before).status()).isEqualTo(304);
    }

    @Test
    void aUserAddedOrRemovedChangesTheEtag() {
        long node = node(n -> { });
        String before = modMu(node, "").header("ETag");
        long user = user(u -> { });

        TestHttp.Reply added = modMu(node, before);
        dsl().deleteFrom(USERS).where(USERS.ID.eq(user)).execute();
        TestHttp.Reply removed = modMu(node, added.header("ETag"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("\"id\":" + user + ",");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("\"id\":" + user + ",");
    }

    @Test
    void aTrafficReportThatUsesUpAQuotaChangesTheEtagAndOneWithinItDoesNot() {
        Listed listed = aloneInGroup(11);
        long node = listed.node();
        long user = listed.user();
        String before = modMu(node, "").header("ETag");

        http().post("/mod_mu/users/traffic" + MU + node, "{\"data\":[{\"user_id\":" + user + ",\"u\":100,\"d\":100}]}");
        TestHttp.Reply within = modMu(node, before);
        http().post("/mod_mu/users/traffic" + MU + node, "{\"data\":[{\"user_id\":" + user + ",\"u\":400,\"d\":400}]}");
        TestHttp.Reply usedUp = modMu(node, before);

        assertThat(within.status()).isEqualTo(304);
        assertThat(usedUp.status()).isEqualTo(200);
        assertThat(usedUp.body()).doesNotContain("\"id\":" + user + ",");
    }

    @Test
    void anAccountOrClassExpiringChangesTheEtagWhenItsTimeComesWithoutAnyWrite() {
        OffsetDateTime soon = clock.instant().plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC);
        long node = node(n -> {
            n.setNodeClass(1);
            n.setNodeGroup(12);
        });
        long account = user(u -> {
            u.setClass_(1);
            u.setNodeGroup(12);
            u.setExpireIn(soon);
        });
        long level = user(u -> {
            u.setClass_(1);
            u.setNodeGroup(12);
            u.setClassExpire(soon.plusMinutes(5));
        });
        String before = modMu(node, "").header("ETag");

        clock.advance(Duration.ofMinutes(9));
        TestHttp.Reply stillValid = modMu(node, before);
        clock.advance(Duration.ofMinutes(2));
        TestHttp.Reply accountGone = modMu(node, before);
        clock.advance(Duration.ofMinutes(5));
        TestHttp.Reply classGone = modMu(node, accountGone.header("ETag"));

        assertThat(stillValid.status()).isEqualTo(304);
        assertThat(accountGone.status()).isEqualTo(200);
        assertThat(accountGone.body()).doesNotContain("\"id\":" + account + ",").contains("\"id\":" + level + ",");
        assertThat(classGone.status()).isEqualTo(200);
        assertThat(classGone.body()).doesNotContain("\"id\":" + level + ",");
    }

    @Test
    void deviceCountsChangeTheModMuEtagAndOnceTheyHaveAgedOutItIsVersionedAgain() {
        Listed listed = aloneInGroup(13);
        long node = listed.node();
        long user = listed.user();
        String quiet = modMu(node, "").header("ETag");

        http().post("/mod_mu/users/aliveip" + MU + node, "{\"data\":[{\"user_id\":" + user + ",\"ip\":\"203.0.113.7\"}]}");
        TestHttp.Reply seen = modMu(node, quiet);
        TestHttp.Reply seenAgain = modMu(node, seen.header("ETag"));
        String uniProxyTag = uniProxy(http(), node, "").header("ETag");
        clock.advance(Duration.ofSeconds(91));
        TestHttp.Reply agedOut = modMu(node, seen.header("ETag"));
        TestHttp.Reply uniProxyUnmoved = uniProxy(http(), node, uniProxyTag);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("\"alive_ip\":1");
        assertThat(seenAgain.status()).isEqualTo(304);
        assertThat(agedOut.status()).isEqualTo(200);
        assertThat(agedOut.body()).doesNotContain("\"alive_ip\":1");
        assertThat(uniProxyUnmoved.status()).isEqualTo(304);
    }
}
