package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;

/**
 * A node no client could use is refused when it is saved, naming the setting to blame, rather than
 * accepted and then quietly left out of every subscription.
 */
class ServableNodesTest extends EndToEndTest {

    private static final String ADMIN = "/app/api/v0/admin";
    /** RFC 7748's Alice and Bob key pairs, written as {@code xray x25519} writes keys. */
    private static final String PRIVATE_KEY = "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo";
    private static final String PUBLIC_KEY = "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo";
    private static final String OTHER_PUBLIC_KEY = "3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08";

    private static String reality(String opts) {
        return "\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\",\"security\":\"reality\","
                + "\"enable_vless\":\"1\",\"reality-opts\":{\"dest\":\"www.example.com:443\","
                + "\"server_names\":[\"www.example.com\"]" + opts + "}}";
    }

    private JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private long create(String settings) {
        return data(http().post(ADMIN + "/nodes", "{\"name\":\"r\",\"server\":\"r1.example.com\"," + settings + "}",
                asAdmin())).get("id").asLong();
    }

    private void refused(TestHttp.Reply reply, String field, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(400);
        assertThat(reply.json().get("msg").asText()).as(what).startsWith(field + ":");
    }

    @Test
    void aRealityNodeGivenOnlyItsPrivateKeyIsSavedWithThePublicKeyOfThatKey() {
        long id = create(reality(",\"private_key\":\"" + PRIVATE_KEY + "\""));

        JsonNode opts = data(http().get(ADMIN + "/nodes/" + id, asAdmin())).get("custom_config").get("reality-opts");
        assertThat(opts.get("public_key").asText()).isEqualTo(PUBLIC_KEY);
        assertThat(opts.get("private_key").asText()).isEqualTo(PRIVATE_KEY);
    }

    @Test
    void aRealityPublicKeyOfAnotherPairOrNoPrivateKeyIsRefusedNamingTheKeyAndNothingIsSaved() {
        int before = dsl().fetchCount(NODES);

        refused(http().post(ADMIN + "/nodes", "{\"name\":\"r\",\"server\":\"r1.example.com\"," + reality(
                ",\"private_key\":\"" + PRIVATE_KEY + "\",\"public_key\":\"" + OTHER_PUBLIC_KEY + "\"") + "}", asAdmin()),
                "custom_config.reality-opts.public_key", "another pair's public key");
        refused(http().post(ADMIN + "/nodes", "{\"name\":\"r\",\"server\":\"r1.example.com\","
                + reality(",\"public_key\":\"" + PUBLIC_KEY + "\"") + "}", asAdmin()),
                "custom_config.reality-opts.private_key", "no private key");

        assertThat(dsl().fetchCount(NODES)).isEqualTo(before);
    }

    @Test
    void aNodeNoClientCouldUseIsRefusedAtCreateAndAtUpdateNamingTheSettingAndNothingChanges() {
        long id = create("\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\"}");
        String[][] cases = {
                {"server", "\"server\":\"\""},
                {"server", "\"server\":\"hk.example.com;443;0;tls;ws\""},
                {"sort", "\"sort\":3"},
                {"custom_config.network", "\"custom_config\":{\"network\":\"kcp\"}"},
                {"custom_config.servicename", "\"custom_config\":{\"network\":\"grpc\"}"},
                {"custom_config.header", "\"custom_config\":{\"header\":{\"type\":\"http\"}}"},
                {"custom_config.security", "\"custom_config\":{\"security\":\"quic\"}"},
                {"custom_config.security", "\"sort\":14,\"custom_config\":{\"security\":\"none\"}"},
                {"custom_config.offset_port_user", "\"custom_config\":{\"offset_port_user\":\"70000\"}"}};
        String stored = dsl().fetchValue(NODES.CUSTOM_CONFIG, NODES.ID.eq(id)).toString();
        int before = dsl().fetchCount(NODES);
        for (String[] c : cases) {
            String body = (c[1].startsWith("\"server\"") ? "" : "\"server\":\"r1.example.com\",")
                    + (c[1].contains("\"sort\"") ? "" : "\"sort\":11,") + c[1];

            refused(http().post(ADMIN + "/nodes", "{\"name\":\"bad\"," + body + "}", asAdmin()), c[0], "create " + c[1]);
            refused(http().put(ADMIN + "/nodes/" + id, "{" + c[1] + "}", asAdmin()), c[0], "update " + c[1]);
        }
        assertThat(dsl().fetchCount(NODES)).isEqualTo(before);
        assertThat(dsl().fetchValue(NODES.SERVER, NODES.ID.eq(id))).isEqualTo("r1.example.com");
        assertThat(dsl().fetchValue(NODES.SORT, NODES.ID.eq(id))).isEqualTo(11);
        assertThat(dsl().fetchValue(NODES.CUSTOM_CONFIG, NODES.ID.eq(id)).toString()).isEqualTo(stored);
    }

    @Test
    void aShadowsocksNodeTakesTheUuidOrThePasswordAsItsUsersCredentialAndNothingElse() {
        for (int sort : new int[] {0, 1}) {
            for (String credential : new String[] {"uuid", "passwd"}) {
                long id = create("\"sort\":" + sort + ",\"custom_config\":{\"offset_port_node\":\"443\","
                        + "\"credential\":\"" + credential + "\"}");
                assertThat(data(http().get(ADMIN + "/nodes/" + id, asAdmin())).get("custom_config").get("credential")
                        .asText()).isEqualTo(credential);
            }
            int before = dsl().fetchCount(NODES);
            refused(http().post(ADMIN + "/nodes", "{\"name\":\"bad\",\"server\":\"r1.example.com\",\"sort\":" + sort
                    + ",\"custom_config\":{\"offset_port_node\":\"443\",\"credential\":\"token\"}}", asAdmin()),
                    "custom_config.credential", "create sort " + sort);
            long id = create("\"sort\":" + sort + ",\"custom_config\":{\"offset_port_node\":\"443\"}");
            refused(http().put(ADMIN + "/nodes/" + id, "{\"custom_config\":{\"credential\":\"UUID\"}}", asAdmin()),
                    "custom_config.credential", "update sort " + sort);
            assertThat(dsl().fetchCount(NODES)).isEqualTo(before + 1);
        }
    }

    @Test
    void aStoredNodeNoClientCouldUseCanStillBeSwitchedOffButNotChangedWhileOn() {
        long id = Seed.insert(Seed.node(dsl(), "1"));

        refused(http().put(ADMIN + "/nodes/" + id, "{\"name\":\"still broken\"}", asAdmin()), "server", "no server");
        assertThat(data(http().put(ADMIN + "/nodes/" + id, "{\"status\":0}", asAdmin())).get("status").asInt()).isZero();
        assertThat(data(http().get(ADMIN + "/nodes", asAdmin())).toString()).contains("\"id\":" + id);
    }
}
