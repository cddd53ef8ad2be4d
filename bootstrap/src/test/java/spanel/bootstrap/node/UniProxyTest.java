package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.DETECT_RULES;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;

/** The UniProxy exchanges of docs/API.md, replayed as V2bX and XrayR NewV2board send them. */
class UniProxyTest extends EndToEndTest {

    private static final String BASE = "/api/v1/server/UniProxy/";

    private long vmessNode() {
        NodesRecord node = Seed.node(dsl(), "1");
        node.setSort(11);
        node.setServer("hk1.example.com");
        node.setCustomConfig("{\"offset_port_node\":\"443\",\"network\":\"ws\",\"security\":\"tls\","
                + "\"host\":\"hk1.example.com\",\"path\":\"/ray\"}");
        return Seed.insert(node);
    }

    private static String query(long node) {
        return "?node_id=" + node + "&node_type=vmess&token=" + MU_KEY;
    }

    private long user(int speedLimit, int deviceLimit) {
        UsersRecord user = Seed.user(dsl());
        user.setNodeSpeedlimit(speedLimit);
        user.setNodeIplimit(deviceLimit);
        return Seed.insert(user);
    }

    @Test
    void configDescribesTheInboundWithBaseConfigAndBlockRoutesAndIs304WhenUnchanged() {
        long node = vmessNode();
        long rule = dsl().insertInto(DETECT_RULES).set(DETECT_RULES.NAME, "BT").set(DETECT_RULES.REGEX, "(announce|torrent)")
                .returning(DETECT_RULES.ID).fetchOne(DETECT_RULES.ID);

        TestHttp.Reply reply = http().get(BASE + "config" + query(node), "If-None-Match", "");
        JsonNode config = reply.json();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(config.get("server_port").asInt()).isEqualTo(443);
        assertThat(config.get("network").asText()).isEqualTo("ws");
        assertThat(config.get("networkSettings").get("path").asText()).isEqualTo("/ray");
        assertThat(config.get("networkSettings").get("headers").get("Host").asText()).isEqualTo("hk1.example.com");
        assertThat(config.get("network_settings")).isEqualTo(config.get("networkSettings"));
        assertThat(config.get("tls").asInt()).isEqualTo(1);
        assertThat(config.get("base_config").get("push_interval").asInt()).isEqualTo(60);
        assertThat(config.get("base_config").get("pull_interval").isInt()).isTrue();
        JsonNode route = config.get("routes").get(0);
        assertThat(route.get("id").asLong()).isEqualTo(rule);
        assertThat(route.get("match").isArray()).isTrue();
        assertThat(route.get("match").get(0).asText()).isEqualTo("(announce|torrent)");
        assertThat(route.get("action").asText()).isEqualTo("block");
        assertThat(http().get(BASE + "config" + query(node), "If-None-Match", reply.header("ETag")).status()).isEqualTo(304);
        dsl().deleteFrom(DETECT_RULES).execute();
    }

    @Test
    void usersCarryNullForNoLimitAndAnUnchangedListIs304() {
        long node = vmessNode();
        long limited = user(0, 2);
        long fast = user(100, 0);

        TestHttp.Reply reply = http().get(BASE + "user" + query(node));
        JsonNode users = reply.json().get("users");

        JsonNode a = find(users, limited);
        JsonNode b = find(users, fast);
        assertThat(a.get("uuid").asText()).isEqualTo(dsl().fetchValue(USERS.UUID, USERS.ID.eq(limited)));
        assertThat(a.get("speed_limit").isNull()).isTrue();
        assertThat(a.get("device_limit").asInt()).isEqualTo(2);
        assertThat(b.get("speed_limit").asInt()).isEqualTo(100);
        assertThat(b.get("device_limit").isNull()).isTrue();
        assertThat(http().get(BASE + "user" + query(node), "If-None-Match", reply.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void pushCountsTrafficAtTheNodeRateAndDropsMalformedEntries() {
        long node = vmessNode();
        long first = user(0, 0);
        long second = user(0, 0);

        TestHttp.Reply reply = http().post(BASE + "push" + query(node), "{\"" + first + "\":[1048576,10485760],\""
                + second + "\":[0,2048],\"abc\":[1,1],\"" + second + "0\":\"x\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").asBoolean()).isTrue();
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(first))).isEqualTo(1_048_576);
        assertThat(dsl().fetchValue(USERS.D, USERS.ID.eq(first))).isEqualTo(10_485_760);
        assertThat(dsl().fetchValue(USERS.D, USERS.ID.eq(second))).isEqualTo(2048);
        assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isEqualTo(1_048_576 + 10_485_760 + 2048);
    }

    @Test
    void aliveIpsAreCountedInTheAliveList() {
        long node = vmessNode();
        long limited = user(0, 2);

        http().post(BASE + "alive" + query(node), "{\"" + limited + "\":[\"203.0.113.5\",\"198.51.100.7\"]}");
        JsonNode alive = http().get(BASE + "alivelist" + query(node)).json().get("alive");

        assertThat(alive.isObject()).isTrue();
        assertThat(alive.get(Long.toString(limited)).asInt()).isEqualTo(2);
    }

    @Test
    void anEmptyAliveListIsAnObject() {
        long node = vmessNode();

        assertThat(http().get(BASE + "alivelist" + query(node)).body()).isEqualTo("{\"alive\":{}}");
    }

    @Test
    void aBadTokenOrANodeWithoutAPortFails() {
        long node = vmessNode();
        long bare = Seed.insert(Seed.node(dsl(), "1"));

        assertThat(http().get(BASE + "user?node_id=" + node + "&node_type=vmess&token=WRONG").status()).isEqualTo(401);
        assertThat(http().get(BASE + "config" + query(bare)).status()).isGreaterThanOrEqualTo(400);
        assertThat(http().get(BASE + "user?node_type=vmess&token=" + MU_KEY).status()).isEqualTo(400);
        assertThat(http().post(BASE + "push" + query(node), "[1,2]").status()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode users, long id) {
        for (JsonNode user : users) {
            if (user.get("id").asLong() == id) {
                return user;
            }
        }
        throw new AssertionError("user " + id + " is not in " + users);
    }
}
