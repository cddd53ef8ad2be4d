package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;
import spanel.domain.node.Ss2022Keys;

/**
 * Shadowsocks nodes as XrayR (mod_mu) and V2bX (UniProxy) read them: the cipher from the node's own
 * method, served where each client looks for it, and a Shadowsocks-2022 node's server key.
 */
class ShadowsocksNodeTest extends EndToEndTest {

    private static final String ADMIN = "/app/api/v0/admin";

    private JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private long createNode(String settings) {
        return data(http().post(ADMIN + "/nodes", "{\"name\":\"ss\",\"server\":\"ss.example.com\"," + settings + "}",
                asAdmin())).get("id").asLong();
    }

    private JsonNode modMuConfig(long node) {
        JsonNode reply = http().get("/mod_mu/nodes/" + node + "/info?key=" + MU_KEY).json();
        assertThat(reply.get("ret").asInt()).isEqualTo(1);
        return reply.get("data").get("custom_config");
    }

    private JsonNode uniProxyConfig(long node) {
        return http().get("/api/v1/server/UniProxy/config?node_id=" + node + "&node_type=shadowsocks&token=" + MU_KEY).json();
    }

    @Test
    void a2022NodeServesItsCipherAndAServerKeyOfTheRightLengthOnBothApis() {
        long aes128 = createNode("\"sort\":1,\"custom_config\":{\"offset_port_node\":\"8388\"}");
        long aes256 = createNode("\"sort\":1,\"method\":\"2022-blake3-aes-256-gcm\","
                + "\"custom_config\":{\"offset_port_node\":\"8389\"}");

        JsonNode short128 = modMuConfig(aes128);
        JsonNode long256 = modMuConfig(aes256);

        assertThat(short128.get("method").asText()).isEqualTo("2022-blake3-aes-128-gcm");
        assertThat(Base64.getDecoder().decode(short128.get("server_key").asText())).hasSize(16);
        assertThat(long256.get("method").asText()).isEqualTo("2022-blake3-aes-256-gcm");
        assertThat(Base64.getDecoder().decode(long256.get("server_key").asText())).hasSize(32);
        assertThat(short128.get("server_key")).isNotEqualTo(long256.get("server_key"));
        JsonNode uni = uniProxyConfig(aes256);
        assertThat(uni.get("cipher").asText()).isEqualTo("2022-blake3-aes-256-gcm");
        assertThat(uni.get("server_key")).isEqualTo(long256.get("server_key"));
        assertThat(dsl().fetchValue(NODES.SERVER_KEY, NODES.ID.eq(aes256))).isEqualTo(long256.get("server_key").asText());
    }

    @Test
    void usersKeysOnA2022NodeAreDerivedForTheNodesCipher() {
        long node = createNode("\"sort\":1,\"method\":\"2022-blake3-aes-256-gcm\","
                + "\"custom_config\":{\"offset_port_node\":\"8388\"}");
        UsersRecord user = Seed.user(dsl());
        long id = Seed.insert(user);
        String passwd = dsl().fetchValue(USERS.PASSWD, USERS.ID.eq(id));

        JsonNode users = http().get("/mod_mu/users?key=" + MU_KEY + "&node_id=" + node).json().get("data");

        JsonNode listed = null;
        for (JsonNode u : users) {
            if (u.get("id").asLong() == id) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("passwd").asText()).isEqualTo(
                Ss2022Keys.userKey(passwd, "2022-blake3-aes-256-gcm").orElseThrow());
    }

    @Test
    void aPlainShadowsocksNodeServesItsMethodAndACipherInCustomConfigMovesToTheNodesMethod() {
        long node = createNode("\"sort\":0,\"custom_config\":{\"offset_port_node\":\"8388\",\"method\":\"chacha20-ietf-poly1305\"}");

        JsonNode shown = data(http().get(ADMIN + "/nodes/" + node, asAdmin()));
        JsonNode served = modMuConfig(node);

        assertThat(shown.get("method").asText()).isEqualTo("chacha20-ietf-poly1305");
        assertThat(shown.get("custom_config").has("method")).isFalse();
        assertThat(shown.get("server_key").isNull()).isTrue();
        assertThat(served.get("method").asText()).isEqualTo("chacha20-ietf-poly1305");
        assertThat(served.has("server_key")).isFalse();
        assertThat(uniProxyConfig(node).get("cipher").asText()).isEqualTo("chacha20-ietf-poly1305");
    }

    @Test
    void rotatingTheServerKeyServesTheNewOneAndIsAudited() {
        long node = createNode("\"sort\":1,\"custom_config\":{\"offset_port_node\":\"8388\"}");
        String old = modMuConfig(node).get("server_key").asText();

        JsonNode rotated = data(http().post(ADMIN + "/nodes/" + node + "/rotate-server-key", "", asAdmin()));

        assertThat(rotated.get("id").asLong()).isEqualTo(node);
        assertThat(rotated.get("server_key").asText()).isNotEqualTo(old);
        assertThat(modMuConfig(node).get("server_key").asText()).isEqualTo(rotated.get("server_key").asText());
        assertThat(uniProxyConfig(node).get("server_key").asText()).isEqualTo(rotated.get("server_key").asText());
        long vmess = createNode("\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\"}");
        assertThat(http().post(ADMIN + "/nodes/" + vmess + "/rotate-server-key", "", asAdmin()).status()).isEqualTo(409);
        assertThat(http().post(ADMIN + "/nodes/999999/rotate-server-key", "", asAdmin()).status()).isEqualTo(404);
    }

    @Test
    void aCipherThatDoesNotFitIsA400NamingTheFieldAndChangesNothing() {
        long node = createNode("\"sort\":1,\"custom_config\":{\"offset_port_node\":\"8388\"}");
        String key = dsl().fetchValue(NODES.SERVER_KEY, NODES.ID.eq(node));
        String[][] cases = {{"{\"method\":\"aes-256-gcm\"}", "method"}, {"{\"sort\":0}", "sort"},
                {"{\"method\":\"aes-256-gcm\",\"custom_config\":{\"method\":\"aes-128-gcm\"}}", "custom_config.method"},
                {"{\"custom_config\":{\"server_key\":\"AAAAAAAAAAAAAAAAAAAAAA==\"}}", "custom_config.server_key"}};
        for (String[] c : cases) {
            TestHttp.Reply reply = http().put(ADMIN + "/nodes/" + node, c[0], asAdmin());

            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.json().get("msg").asText()).as(c[0]).startsWith(c[1]);
        }
        assertThat(dsl().fetchValue(NODES.METHOD, NODES.ID.eq(node))).isEqualTo("2022-blake3-aes-128-gcm");
        assertThat(dsl().fetchValue(NODES.SERVER_KEY, NODES.ID.eq(node))).isEqualTo(key);
    }
}
