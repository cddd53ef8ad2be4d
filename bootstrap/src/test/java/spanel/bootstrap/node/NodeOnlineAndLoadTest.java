package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;

/**
 * XrayR and V2bX nodes fill the dashboard too: online users come from their alive-IP reports
 * (distinct users a node saw in the last 90 s), load from XrayR's node info post.
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
    private java.util.List<Integer> onlineChartOf(long node) {
        TestHttp.Reply reply = http().get(API + "/admin/dashboard/usage?range=24h", asAdmin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        java.util.List<Integer> online = new java.util.ArrayList<>();
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

    @Test
    void aNodeThatNeverReportedShowsNoOnlineCountAndNoLoad() {
        long node = Seed.insert(Seed.node(dsl(), "1"));

        JsonNode line = statusOf(node);
        assertThat(line.get("online").isNull()).isTrue();
        assertThat(line.get("load").isNull()).isTrue();
    }
}
