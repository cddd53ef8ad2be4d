package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;

/**
 * XrayR and V2bX nodes fill the dashboard too: online users come from their alive-IP reports
 * (distinct users a node saw in the last 90 s), load from XrayR's node info post and UniProxy's status.
 */
class NodeOnlineAndLoadTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String MOD_MU_KEYS = "key=" + MU_KEY + "&muKey=" + MU_KEY;

    private JsonNode statusOf(long node) {
        TestHttp.Reply reply = http().get(API + "/admin/nodes/status?size=100", asAdmin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode line : reply.json().get("data").get("nodes")) {
            if (line.get("id").asLong() == node) {
                return line;
            }
        }
        throw new AssertionError("node " + node + " is not in " + reply.body());
    }

    private static void ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void anXrayrNodesOnlineUsersAreTheDistinctUsersOfItsAliveIpReport() {
        long node = Seed.insert(Seed.node(dsl(), "1"));
        long ann = Seed.activeUser(dsl());
        long bob = Seed.activeUser(dsl());

        ok(http().post("/mod_mu/users/aliveip?" + MOD_MU_KEYS + "&node_id=" + node, "{\"data\":["
                + "{\"user_id\":" + ann + ",\"ip\":\"203.0.113.1\"},{\"user_id\":" + ann + ",\"ip\":\"203.0.113.2\"},"
                + "{\"user_id\":" + bob + ",\"ip\":\"198.51.100.7\"}]}"));

        assertThat(statusOf(node).get("online").asInt()).isEqualTo(2);
        assertThat(onlineChartOf(node)).contains(2);
    }

    /** The node's series in the dashboard's chart of online users, last 24 hours. */
    private List<Integer> onlineChartOf(long node) {
        TestHttp.Reply reply = http().get(API + "/admin/dashboard/usage?range=24h", asAdmin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Integer> online = new ArrayList<>();
        for (JsonNode series : reply.json().get("data").get("nodes")) {
            if (series.get("id").asLong() == node) {
                series.get("online").forEach(count -> online.add(count.asInt()));
            }
        }
        return online;
    }

    @Test
    void aV2bxNodesOnlineUsersAreTheDistinctUsersOfItsAliveReport() {
        long node = Seed.insert(Seed.node(dsl(), "1"));
        long ann = Seed.activeUser(dsl());
        long bob = Seed.activeUser(dsl());
        long cat = Seed.activeUser(dsl());

        ok(http().post("/api/v1/server/UniProxy/alive?node_id=" + node + "&node_type=shadowsocks&token=" + MU_KEY,
                "{\"" + ann + "\":[\"203.0.113.5\",\"203.0.113.6\"],\"" + bob + "\":[\"2001:db8::1\"],\"" + cat
                        + "\":[\"198.51.100.9\"]}"));

        assertThat(statusOf(node).get("online").asInt()).isEqualTo(3);
    }

    @Test
    void anXrayrNodesLoadIsWhatItsNodeInfoPostSays() {
        long node = Seed.insert(Seed.node(dsl(), "1"));

        ok(http().post("/mod_mu/nodes/" + node + "/info?" + MOD_MU_KEYS, "{\"uptime\":\"86400\",\"load\":\"0.12 0.45 0.30\"}"));

        assertThat(statusOf(node).get("load").asText()).isEqualTo("0.12 0.45 0.30");
    }

    /**
     * XrayR's node info ("cpu mem disk" as shares of 1), an Xboard-style UniProxy status (the CPU as a
     * percentage) and spanel's own heartbeat (cpu_load as a share of 1) all become one figure: the CPU
     * in use as a whole percentage, the same to the operator and to the user.
     */
    @Test
    void everyBackendsLoadBecomesTheCpuInUseAsOnePercentage() {
        String[] admin = asAdmin();
        long xrayr = servedNode(admin, "xrayr");
        long v2bx = servedNode(admin, "uniproxy");
        long own = servedNode(admin, "spanel");

        ok(http().post("/mod_mu/nodes/" + xrayr + "/info?" + MOD_MU_KEYS, "{\"uptime\":\"86400\",\"load\":\"0.37 0.50 0.20\"}"));
        ok(http().post("/api/v1/server/UniProxy/status?node_id=" + v2bx + "&node_type=vmess&token=" + MU_KEY,
                "{\"cpu\":37.4,\"mem\":{\"total\":8589934592,\"used\":4294967296},\"swap\":{\"total\":0,\"used\":0},"
                        + "\"disk\":{\"total\":107374182400,\"used\":21474836480}}"));
        ok(http().post(API + "/node/heartbeat?key=" + MU_KEY, "{\"node_id\":" + own
                + ",\"cpu_load\":0.37,\"memory_usage\":50,\"network_speed\":0}"));

        for (long node : new long[] {xrayr, v2bx, own}) {
            assertThat(statusOf(node).get("load_percent").asInt()).as("node " + node).isEqualTo(37);
        }
        assertThat(statusOf(xrayr).get("load").asText()).as("the node's own words stay beside it").isEqualTo("0.37 0.50 0.20");
        TestHttp.Reply listed = http().get(API + "/user/nodes?size=100", admin);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<Integer> loads = new ArrayList<>();
        for (JsonNode item : listed.json().get("data").get("nodes")) {
            if (Set.of(xrayr, v2bx, own).contains(item.get("id").asLong())) {
                loads.add(item.get("load_percent").asInt());
            }
        }
        assertThat(loads).as("what the user sees").containsExactly(37, 37, 37);
    }

    @Test
    void anXrayrNodeInfoWithoutALoadIsAHeartbeatWithNoLoadNotAnIdleNode() {
        long node = servedNode(asAdmin(), "quiet");

        ok(http().post("/mod_mu/nodes/" + node + "/info?" + MOD_MU_KEYS, "{\"uptime\":\"86400\"}"));

        JsonNode line = statusOf(node);
        assertThat(line.get("heartbeat_age").isNull()).isFalse();
        assertThat(line.get("load_percent").isNull()).isTrue();
    }

    @Test
    void aUniProxyStatusWithoutACpuPercentageIsRefusedAndRecordsNothing() {
        long node = servedNode(asAdmin(), "uniproxy");
        String status = "/api/v1/server/UniProxy/status?node_id=" + node + "&node_type=vmess&token=" + MU_KEY;

        for (String body : new String[] {"{\"cpu\":\"37\"}", "{\"cpu\":101}", "{\"cpu\":-1}", "{\"mem\":{}}", "[]"}) {
            TestHttp.Reply reply = http().post(status, body);
            assertThat(reply.status()).as(body).isEqualTo(400);
        }
        assertThat(http().post(status.replace(MU_KEY, "wrong"), "{\"cpu\":5}").status()).isEqualTo(401);

        assertThat(statusOf(node).get("load_percent").isNull()).isTrue();
    }

    /** A VMess node every user may use, as the admin API makes it. */
    private long servedNode(String[] admin, String name) {
        TestHttp.Reply reply = http().post(API + "/admin/nodes", "{\"name\":\"" + name + "\",\"server\":\"" + name
                + ".example.com\",\"sort\":11,\"custom_config\":{\"offset_port_node\":\"10086\"}}", admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("id").asLong();
    }

    @Test
    void aNodeThatNeverReportedShowsNoOnlineCountAndNoLoad() {
        long node = Seed.insert(Seed.node(dsl(), "1"));

        JsonNode line = statusOf(node);
        assertThat(line.get("online").isNull()).isTrue();
        assertThat(line.get("load").isNull()).isTrue();
        assertThat(line.get("load_percent").isNull()).isTrue();
    }
}
