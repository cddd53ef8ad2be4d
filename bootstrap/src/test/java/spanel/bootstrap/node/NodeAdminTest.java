package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;
import static spanel.adapter.persistence.generated.Tables.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;

/** Node administration on the running application: settings, keys, the dashboard data and audit rules. */
class NodeAdminTest extends EndToEndTest {

    private static final String ADMIN = "/app/api/v0/admin";

    private JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    @Test
    void aCreatedNodeServesWithTheKeyShownOnceAndRotationRetiresIt() {
        JsonNode created = data(http().post(ADMIN + "/nodes", "{\"name\":\"hk-1\",\"server\":\"hk1.example.com\",\"sort\":11,\"traffic_rate\":\"1.5\","
                + "\"custom_config\":{\"offset_port_node\":443},\"node_class\":1}", asAdmin()));
        long id = created.get("id").asLong();
        String key = created.get("key").asText();

        assertThat(http().get("/mod_mu/nodes/" + id + "/info?key=" + key).json().get("ret").asInt()).isEqualTo(1);
        JsonNode shown = data(http().get(ADMIN + "/nodes/" + id, asAdmin()));
        assertThat(shown.get("traffic_rate").asText()).isEqualTo("1.5");
        assertThat(shown.get("sort").asInt()).isEqualTo(11);
        assertThat(shown.get("custom_config").get("offset_port_node").asText()).isEqualTo("443");
        assertThat(shown.toString()).doesNotContain(key);

        String rotated = data(http().post(ADMIN + "/nodes/" + id + "/rotate-key", "", asAdmin())).get("key").asText();

        assertThat(http().get("/mod_mu/nodes/" + id + "/info?key=" + key).status()).isEqualTo(401);
        assertThat(http().get("/mod_mu/nodes/" + id + "/info?key=" + rotated).status()).isEqualTo(200);
        assertThat(dsl().fetchCount(ADMIN_AUDIT, ADMIN_AUDIT.TARGET.eq("node:" + id))).isEqualTo(2);
    }

    @Test
    void aPartialUpdateChangesOnlyTheNamedSettings() {
        long id = Seed.insert(Seed.node(dsl(), "1"));

        JsonNode updated = data(http().put(ADMIN + "/nodes/" + id, "{\"traffic_rate\":2,\"node_speedlimit\":100,"
                + "\"node_bandwidth_limit\":1073741824,\"status\":0}", asAdmin()));

        assertThat(updated.get("traffic_rate").asText()).isEqualTo("2");
        assertThat(updated.get("node_speedlimit").asInt()).isEqualTo(100);
        assertThat(updated.get("status").asInt()).isZero();
        assertThat(dsl().fetchValue(NODES.NAME, NODES.ID.eq(id))).startsWith("node-");
    }

    @Test
    void aCustomConfigChangeMergesItsKeysIntoTheStoredOnesAndANullRemovesOne() {
        long id = data(http().post(ADMIN + "/nodes", "{\"name\":\"ws\",\"server\":\"ws.example.com\",\"sort\":11,"
                + "\"custom_config\":{\"offset_port_node\":\"443\",\"network\":\"ws\",\"path\":\"/ray\","
                + "\"host\":\"cdn.example.com\",\"header\":{\"type\":\"none\",\"request\":{\"path\":[\"/\"]}}}}",
                asAdmin())).get("id").asLong();

        JsonNode config = data(http().put(ADMIN + "/nodes/" + id, "{\"custom_config\":{\"path\":\"/v2\",\"host\":null,"
                + "\"header\":{\"request\":null}}}", asAdmin())).get("custom_config");

        assertThat(config.toString()).isEqualTo("{\"offset_port_node\":\"443\",\"network\":\"ws\",\"path\":\"/v2\","
                + "\"header\":{\"type\":\"none\"}}");
        assertThat(data(http().get(ADMIN + "/nodes/" + id, asAdmin())).get("custom_config")).isEqualTo(config);
    }

    @Test
    void badSettingsAre400NamingTheFieldAndChangeNothing() {
        long id = Seed.insert(Seed.node(dsl(), "1"));
        String[][] cases = {{"{\"sort\":7}", "sort"}, {"{\"traffic_rate\":\"1.00001\"}", "traffic_rate"},
                {"{\"custom_config\":[1]}", "custom_config"}, {"{\"custom_config\":{\"offset_port_node\":0}}",
                "custom_config.offset_port_node"}, {"{\"node_class\":-1}", "node_class"}, {"{\"status\":2}", "status"},
                {"{\"name\":\"\"}", "name"}};
        for (String[] c : cases) {
            TestHttp.Reply reply = http().put(ADMIN + "/nodes/" + id, c[0], asAdmin());

            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.json().get("msg").asText()).as(c[0]).startsWith(c[1]);
        }
        assertThat(dsl().fetchValue(NODES.TRAFFIC_RATE, NODES.ID.eq(id))).isEqualByComparingTo("1");
        assertThat(http().put(ADMIN + "/nodes/999999", "{\"sort\":0}", asAdmin()).status()).isEqualTo(404);
    }

    @Test
    void deletingANodeRemovesIt() {
        long id = Seed.insert(Seed.node(dsl(), "1"));

        assertThat(data(http().delete(ADMIN + "/nodes/" + id, asAdmin())).get("id").asLong()).isEqualTo(id);
        assertThat(http().get(ADMIN + "/nodes/" + id, asAdmin()).status()).isEqualTo(404);
        assertThat(http().delete(ADMIN + "/nodes/" + id, asAdmin()).status()).isEqualTo(404);
    }

    @Test
    void theStatusOverviewShowsWhatNodesReported() {
        long id = Seed.node(dsl(), "1", spanel.domain.node.NodeKeys.hash("status-key"));
        long user = Seed.activeUser(dsl());
        http().post("/app/api/v0/node/online", "{\"node_id\":" + id + ",\"online\":3,\"load\":\"0.5\"}", "Key", "status-key");
        http().post("/app/api/v0/node/traffic", "{\"node_id\":" + id + ",\"data\":[{\"user_id\":" + user
                + ",\"u\":100,\"d\":200}]}", "Key", "status-key");
        http().get("/app/api/v0/node/users?node_id=" + id, "Key", "status-key");

        JsonNode line = null;
        for (JsonNode node : data(http().get(ADMIN + "/nodes/status?size=100", asAdmin())).get("nodes")) {
            if (node.get("id").asLong() == id) {
                line = node;
            }
        }

        assertThat(line).isNotNull();
        assertThat(line.get("online").asInt()).isEqualTo(3);
        assertThat(line.get("load").asText()).isEqualTo("0.5");
        assertThat(line.get("traffic_today").asLong()).isEqualTo(300);
        assertThat(line.get("heartbeat_age").asLong()).isBetween(0L, 60L);
    }

    @Test
    void detectRulesMustBeRe2AndAreServedToNodes() {
        TestHttp.Reply lookBehind = http().post(ADMIN + "/detect-rules", "{\"name\":\"bad\",\"regex\":\"(?<=a)b\"}", asAdmin());
        long id = data(http().post(ADMIN + "/detect-rules", "{\"name\":\"BT\",\"text\":\"trackers\","
                + "\"regex\":\"(announce|torrent)\",\"type\":1}", asAdmin())).get("id").asLong();

        assertThat(lookBehind.status()).isEqualTo(400);
        assertThat(lookBehind.json().get("msg").asText()).startsWith("regex");
        assertThat(http().get("/mod_mu/func/detect_rules?key=" + MU_KEY).body()).contains("(announce|torrent)");

        assertThat(data(http().delete(ADMIN + "/detect-rules/" + id, asAdmin())).get("id").asLong()).isEqualTo(id);
        assertThat(http().get("/mod_mu/func/detect_rules?key=" + MU_KEY).body()).doesNotContain("(announce|torrent)");
    }

    @Test
    void theDashboardPageIsServedAndReadsTheStatusRoute() {
        TestHttp.Reply page = http().get("/admin");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/admin/nodes/status");
    }

    @Test
    void nodeAdministrationNeedsAnAdmin() {
        assertThat(http().get(ADMIN + "/nodes").status()).isEqualTo(401);
        assertThat(http().post(ADMIN + "/detect-rules", "{}").status()).isEqualTo(401);
    }
}
