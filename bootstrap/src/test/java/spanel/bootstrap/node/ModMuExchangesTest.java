package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.DETECT_LOG;
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

/**
 * The mod_mu exchanges of docs/API.md, replayed against the running application as an
 * unmodified XrayR (PanelType "SSpanel") sends them, with the database changes they must cause.
 */
class ModMuExchangesTest extends EndToEndTest {

    private static final String Q = "?key=" + MU_KEY + "&muKey=" + MU_KEY;

    private long vmessNode(String rate) {
        NodesRecord node = Seed.node(dsl(), rate);
        node.setSort(11);
        node.setServer("hk1.example.com");
        node.setCustomConfig("{\"offset_port_node\":443,\"offset_port_user\":\"443\",\"network\":\"ws\","
                + "\"security\":\"tls\",\"host\":\"hk1.example.com\",\"path\":\"/ray\",\"enable_vless\":0}");
        return Seed.insert(node);
    }

    private long user(int speedLimit, int ipLimit) {
        UsersRecord user = Seed.user(dsl());
        user.setNodeSpeedlimit(speedLimit);
        user.setNodeIplimit(ipLimit);
        return Seed.insert(user);
    }

    @Test
    void d1NodeInfoSendsTheTypesXrayrDecodesAndD2AnUnchangedNodeIs304() {
        long node = vmessNode("1");

        TestHttp.Reply first = http().get("/mod_mu/nodes/" + node + "/info" + Q, "If-None-Match", "");
        JsonNode data = first.json().get("data");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("ret").isInt()).isTrue();
        assertThat(first.json().get("ret").asInt()).isEqualTo(1);
        assertThat(data.get("sort").isInt()).isTrue();
        assertThat(data.get("sort").asInt()).isEqualTo(11);
        assertThat(data.get("node_speedlimit").isInt()).isTrue();
        assertThat(data.get("server").asText()).isEqualTo("hk1.example.com");
        assertThat(data.get("custom_config").isObject()).isTrue();
        assertThat(data.get("custom_config").get("offset_port_node").isTextual()).isTrue();
        assertThat(data.get("custom_config").get("offset_port_node").asText()).isEqualTo("443");
        assertThat(data.get("custom_config").get("enable_vless").asText()).isEqualTo("0");
        assertThat(data.get("version").asText()).isEqualTo("2025.1.0");

        TestHttp.Reply unchanged = http().get("/mod_mu/nodes/" + node + "/info" + Q, "If-None-Match", first.header("ETag"));

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void d3TheUserListSendsPerProtocolFieldsWritesTheHeartbeatAndIs304WhenUnchanged() {
        long node = vmessNode("1");
        long first = user(0, 0);
        long second = user(100, 0);

        TestHttp.Reply reply = http().get("/mod_mu/users" + Q + "&node_id=" + node, "If-None-Match", "");
        JsonNode users = reply.json().get("data");

        assertThat(reply.json().get("ret").asInt()).isEqualTo(1);
        assertThat(users.isArray()).isTrue();
        JsonNode a = find(users, first);
        JsonNode b = find(users, second);
        assertThat(a.get("id").isIntegralNumber()).isTrue();
        assertThat(a.get("uuid").asText()).isEqualTo(dsl().fetchValue(USERS.UUID, USERS.ID.eq(first)));
        assertThat(a.has("passwd")).isFalse();
        assertThat(a.has("port")).isFalse();
        assertThat(b.get("node_speedlimit").asInt()).isEqualTo(100);
        assertThat(dsl().fetchValue(NODES.NODE_HEARTBEAT, NODES.ID.eq(node))).isNotNull();

        TestHttp.Reply unchanged = http().get("/mod_mu/users" + Q + "&node_id=" + node, "If-None-Match", reply.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void d3AShadowsocksNodeSendsMethodPortAndPassword() {
        NodesRecord record = Seed.node(dsl(), "1");
        record.setSort(0);
        long node = Seed.insert(record);
        long user = user(0, 0);

        JsonNode listed = find(http().get("/mod_mu/users" + Q + "&node_id=" + node).json().get("data"), user);

        UsersRecord row = dsl().fetchOne(USERS, USERS.ID.eq(user));
        assertThat(listed.get("method").asText()).isEqualTo(row.getMethod());
        assertThat(listed.get("port").isInt()).isTrue();
        assertThat(listed.get("port").asInt()).isEqualTo(row.getPort());
        assertThat(listed.get("passwd").asText()).isEqualTo(row.getPasswd());
        assertThat(listed.has("uuid")).isFalse();
    }

    @Test
    void d4ATrafficReportBillsAtTheNodeRateAndCountsRawBytesForTheNode() {
        long node = vmessNode("1.5");
        long first = user(0, 0);
        long second = user(0, 0);

        TestHttp.Reply reply = http().post("/mod_mu/users/traffic" + Q + "&node_id=" + node,
                "{\"data\":[{\"user_id\":" + first + ",\"u\":1048576,\"d\":10485760},{\"user_id\":" + second
                        + ",\"u\":0,\"d\":2048}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ret\":1,\"msg\":\"ok\"}");
        UsersRecord a = dsl().fetchOne(USERS, USERS.ID.eq(first));
        UsersRecord b = dsl().fetchOne(USERS, USERS.ID.eq(second));
        assertThat(a.getU()).isEqualTo(1_572_864);
        assertThat(a.getD()).isEqualTo(15_728_640);
        assertThat(a.getTransferTotal()).isEqualTo(11_534_336);
        assertThat(b.getU()).isZero();
        assertThat(b.getD()).isEqualTo(3072);
        assertThat(b.getTransferTotal()).isEqualTo(2048);
        assertThat(dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node))).isEqualTo(11_536_384);
    }

    @Test
    void d5AliveIpsAreCountedPerUserAndSentBackInTheUserList() {
        long node = vmessNode("1");
        long user = user(0, 2);

        TestHttp.Reply alive = http().post("/mod_mu/users/aliveip" + Q + "&node_id=" + node,
                "{\"data\":[{\"user_id\":" + user + ",\"ip\":\"203.0.113.5\"},{\"user_id\":" + user
                        + ",\"ip\":\"2001:db8::15\"},{\"user_id\":" + user + ",\"ip\":\"not-an-ip\"}]}");

        assertThat(alive.body()).isEqualTo("{\"ret\":1,\"msg\":\"ok\"}");
        JsonNode listed = find(http().get("/mod_mu/users" + Q + "&node_id=" + node).json().get("data"), user);
        assertThat(listed.get("node_iplimit").asInt()).isEqualTo(2);
        assertThat(listed.get("alive_ip").asInt()).isEqualTo(2);
    }

    @Test
    void d5DetectRulesAreServedWithAnEtagAndHitsAreLogged() {
        long node = vmessNode("1");
        long user = user(0, 0);
        long rule = dsl().insertInto(DETECT_RULES).set(DETECT_RULES.NAME, "BT")
                .set(DETECT_RULES.TEXT, "Block trackers").set(DETECT_RULES.REGEX, "(announce|torrent)")
                .set(DETECT_RULES.TYPE, 1).returning(DETECT_RULES.ID).fetchOne(DETECT_RULES.ID);
        dsl().insertInto(DETECT_RULES).set(DETECT_RULES.NAME, "look-behind, not RE2")
                .set(DETECT_RULES.REGEX, "(?<=x)y").execute();

        TestHttp.Reply rules = http().get("/mod_mu/func/detect_rules" + Q);

        assertThat(rules.header("ETag")).isNotBlank();
        assertThat(rules.json().get("data")).hasSize(1);
        assertThat(rules.json().get("data").get(0).get("regex").asText()).isEqualTo("(announce|torrent)");
        assertThat(rules.json().get("data").get(0).get("id").asLong()).isEqualTo(rule);

        TestHttp.Reply log = http().post("/mod_mu/users/detectlog" + Q + "&node_id=" + node,
                "{\"data\":[{\"list_id\":" + rule + ",\"user_id\":" + user + "},{\"list_id\":-1,\"user_id\":" + user + "}]}");

        assertThat(log.body()).isEqualTo("{\"ret\":1,\"msg\":\"ok\"}");
        assertThat(dsl().fetchCount(DETECT_LOG, DETECT_LOG.USER_ID.eq(user))).isEqualTo(1);
    }

    @Test
    void d5AWrongKeyIs401AndAnUnknownNodeIsRetZero() {
        TestHttp.Reply wrong = http().get("/mod_mu/users?key=WRONG&muKey=WRONG&node_id=1");
        TestHttp.Reply unknown = http().get("/mod_mu/users" + Q + "&node_id=999999");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"ret\":0,\"msg\":\"Invalid request.\"}");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo("{\"ret\":0,\"msg\":\"Node not found.\"}");
    }

    @Test
    void d6TheLegacyStatusPostIsAHeartbeatAndLeavesTheOnlineCountAlone() {
        long node = vmessNode("1");
        http().post("/app/api/v0/node/online", "{\"node_id\":" + node + ",\"online\":5,\"load\":\"0.2\"}", "Key", MU_KEY);

        TestHttp.Reply reply = http().post("/mod_mu/nodes/" + node + "/info" + Q, "{\"uptime\":\"86400\",\"load\":\"0.12 0.45 0.30\"}");
        TestHttp.Reply malformed = http().post("/mod_mu/nodes/" + node + "/info" + Q, "{\"load\":\"high\"}");

        assertThat(reply.body()).isEqualTo("{\"ret\":1,\"data\":\"ok\"}");
        assertThat(dsl().fetchValue(NODES.NODE_HEARTBEAT, NODES.ID.eq(node))).isNotNull();
        assertThat(http().get("/app/api/v0/node/info/" + node, "Key", MU_KEY).json().get("data").get("online").asInt())
                .isEqualTo(5);
        assertThat(malformed.json().get("ret").asInt()).isZero();
    }

    @Test
    void pingAnswersAValidKeyOnly() {
        assertThat(http().get("/mod_mu/func/ping" + Q).body()).isEqualTo("{\"ret\":1,\"msg\":\"Pong? Pong!\"}");
        assertThat(http().get("/mod_mu/func/ping?key=nope").status()).isEqualTo(401);
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
