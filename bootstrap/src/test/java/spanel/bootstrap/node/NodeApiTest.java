package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;
import spanel.domain.node.NodeKeys;

/** The contract's node API (/app/api/v0/node/*) on the running application. */
class NodeApiTest extends EndToEndTest {

    private static final String V0 = "/app/api/v0/node";

    private long nodeWithKey(String key) {
        return Seed.node(dsl(), "1", NodeKeys.hash(key));
    }

    private long bytesUp(long user) {
        return dsl().fetchValue(USERS.U, USERS.ID.eq(user));
    }

    private long nodeBandwidth(long node) {
        return dsl().fetchValue(NODES.NODE_BANDWIDTH, NODES.ID.eq(node));
    }

    private static String report(long node, String reportId, String entries) {
        return "{\"node_id\":" + node + (reportId == null ? "" : ",\"report_id\":\"" + reportId + "\"")
                + ",\"data\":[" + entries + "]}";
    }

    private static String entry(long user, long u, long d) {
        return "{\"user_id\":" + user + ",\"u\":" + u + ",\"d\":" + d + "}";
    }

    @Test
    void aNodesOwnKeyServesThatNodeOnlyAndTheSharedKeyServesEvery() {
        long a = nodeWithKey("key-of-node-a");
        long b = nodeWithKey("key-of-node-b");

        assertThat(http().get(V0 + "/users?node_id=" + a, "Key", "key-of-node-a").status()).isEqualTo(200);
        assertThat(http().get(V0 + "/users?node_id=" + a + "&key=key-of-node-a").status()).isEqualTo(200);
        assertThat(http().get(V0 + "/users?node_id=" + b, "Key", "key-of-node-a").status()).isEqualTo(401);
        assertThat(http().get(V0 + "/users?node_id=" + b).status()).isEqualTo(401);
        assertThat(http().get(V0 + "/users?node_id=" + b, "Key", MU_KEY).status()).isEqualTo(200);
        assertThat(http().get(V0 + "/users", "Key", "key-of-node-a").status()).isEqualTo(401);
        assertThat(http().get(V0 + "/users", "Key", MU_KEY).status()).isEqualTo(200);
    }

    @Test
    void aShadowsocksNodeWhoseUsersConnectWithTheirUuidGetsEachUsersUuidAsTheirPasswd() {
        var user = Seed.user(dsl());
        long userId = Seed.insert(user);
        NodesRecord record = Seed.node(dsl(), "1");
        record.setSort(0);
        record.setCustomConfig("{\"offset_port_node\":\"443\",\"credential\":\"uuid\"}");
        long node = Seed.insert(record);

        TestHttp.Reply listed = http().get(V0 + "/users?node_id=" + node, "Key", MU_KEY);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode served = null;
        for (JsonNode each : listed.json().get("data").get("users")) {
            served = each.get("id").asLong() == userId ? each : served;
        }
        assertThat(served).as(listed.body()).isNotNull();
        assertThat(served.get("passwd").asText()).isEqualTo(user.getUuid()).isNotEqualTo(user.getPasswd());
    }

    @Test
    void aKeyForNodeAReportingForNodeBChangesNothing() {
        long a = nodeWithKey("key-a-2");
        long b = nodeWithKey("key-b-2");
        long user = Seed.activeUser(dsl());

        TestHttp.Reply reply = http().post(V0 + "/traffic", report(b, null, entry(user, 5, 5)), "Key", "key-a-2");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(bytesUp(user)).isZero();
        assertThat(nodeBandwidth(a) + nodeBandwidth(b)).isZero();
    }

    @Test
    void aRepeatedReportIdIsAppliedOnceAndGetsTheFirstAnswer() {
        long node = nodeWithKey("key-repeat");
        long user = Seed.activeUser(dsl());
        String body = report(node, "minute-1", entry(user, 100, 200));

        TestHttp.Reply first = http().post(V0 + "/traffic", body, "Key", "key-repeat");
        TestHttp.Reply again = http().post(V0 + "/traffic", body, "Key", "key-repeat");
        TestHttp.Reply next = http().post(V0 + "/traffic", report(node, "minute-2", entry(user, 100, 200)), "Key", "key-repeat");

        assertThat(first.json().get("data")).isEqualTo(again.json().get("data"));
        assertThat(first.json().get("data").get("updated_count").asInt()).isEqualTo(1);
        assertThat(first.json().get("data").get("total_traffic").asLong()).isEqualTo(300);
        assertThat(next.status()).isEqualTo(200);
        assertThat(bytesUp(user)).isEqualTo(200);
    }

    @Test
    void unknownUsersAreSkippedAndLeftOutOfTheCount() {
        long node = nodeWithKey("key-unknown");
        long user = Seed.activeUser(dsl());

        TestHttp.Reply reply = http().post(V0 + "/traffic",
                report(node, null, entry(user, 1, 2) + "," + entry(user + 100_000, 50, 50)), "Key", "key-unknown");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("updated_count").asInt()).isEqualTo(1);
        assertThat(reply.json().get("data").get("total_traffic").asLong()).isEqualTo(3);
        assertThat(nodeBandwidth(node)).isEqualTo(3);
    }

    @Test
    void aBatchMixingAValidAndAnInvalidEntryAppliesNothing() {
        long node = nodeWithKey("key-mixed");
        long user = Seed.activeUser(dsl());

        for (String bad : new String[] {entry(user, 10, 10) + "," + entry(user, -1, 10),
                entry(user, 10, 10) + ",{\"user_id\":\"x\",\"u\":1,\"d\":1}",
                entry(user, 10, 10) + "," + entry(user, 9_007_199_254_740_993L, 0)}) {
            TestHttp.Reply reply = http().post(V0 + "/traffic", report(node, null, bad), "Key", "key-mixed");

            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().get("msg").asText()).as(bad).startsWith("data[1]");
        }
        assertThat(bytesUp(user)).isZero();
        assertThat(nodeBandwidth(node)).isZero();
    }

    @Test
    void aNodeOverItsBandwidthCapServesNoUsers() {
        NodesRecord capped = Seed.node(dsl(), "1");
        capped.setNodeBandwidthLimit(1000L);
        capped.setNodeBandwidth(1000L);
        long node = Seed.insert(capped);
        Seed.activeUser(dsl());

        JsonNode data = http().get(V0 + "/users?node_id=" + node, "Key", MU_KEY).json().get("data");

        assertThat(data.get("count").asInt()).isZero();
        assertThat(data.get("users")).isEmpty();
    }

    @Test
    void onlineHeartbeatAndAliveIpsShowInTheNodeInfo() {
        long node = nodeWithKey("key-status");
        long user = Seed.activeUser(dsl());

        TestHttp.Reply online = http().post(V0 + "/online", "{\"node_id\":" + node + ",\"online\":45,\"load\":\"0.25\"}",
                "Key", "key-status");
        TestHttp.Reply heartbeat = http().post(V0 + "/heartbeat", "{\"node_id\":" + node
                + ",\"cpu_load\":0.25,\"memory_usage\":45.2,\"network_speed\":100.5}", "Key", "key-status");
        TestHttp.Reply alive = http().post(V0 + "/alive_ip", "{\"node_id\":" + node + ",\"data\":[{\"user_id\":" + user
                + ",\"ip\":\"1.2.3.4\"},{\"user_id\":" + user + ",\"ip\":\"999.1.1.1\"}]}", "Key", "key-status");
        JsonNode info = http().get(V0 + "/info/" + node, "Key", "key-status").json().get("data");

        assertThat(online.json().get("data").get("online").asInt()).isEqualTo(45);
        assertThat(online.json().get("data").get("load").asText()).isEqualTo("0.25");
        assertThat(heartbeat.status()).isEqualTo(200);
        assertThat(alive.json().get("data").get("count").asInt()).isEqualTo(1);
        assertThat(info.get("id").asLong()).isEqualTo(node);
        assertThat(info.get("online").asInt()).isEqualTo(45);
        assertThat(info.get("load").asText()).isEqualTo("0.25");
        assertThat(info.get("node_heartbeat").asLong()).isPositive();
        assertThat(info.get("traffic_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void badStatusReportsAre400() {
        long node = nodeWithKey("key-bad-status");

        assertThat(http().post(V0 + "/online", "{\"node_id\":" + node + ",\"online\":-1,\"load\":\"0.1\"}", "Key",
                "key-bad-status").status()).isEqualTo(400);
        assertThat(http().post(V0 + "/online", "{\"node_id\":" + node + ",\"online\":1}", "Key",
                "key-bad-status").json().get("msg").asText()).startsWith("load");
        assertThat(http().post(V0 + "/heartbeat", "{\"node_id\":" + node + ",\"cpu_load\":-0.5,\"memory_usage\":1,"
                + "\"network_speed\":1}", "Key", "key-bad-status").status()).isEqualTo(400);
        assertThat(http().post(V0 + "/alive_ip", "{\"node_id\":" + node + ",\"data\":[{\"ip\":\"1.2.3.4\"}]}", "Key",
                "key-bad-status").json().get("msg").asText()).startsWith("data[0].user_id");
    }
}
