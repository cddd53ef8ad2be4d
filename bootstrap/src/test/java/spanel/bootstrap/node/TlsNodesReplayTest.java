package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;
import spanel.bootstrap.node.GoDecoder.Slice;

/**
 * Hysteria2, TUIC v5 and AnyTLS nodes made through the admin API as an operator makes them, and
 * replayed as V2bX reads them: the UniProxy config of the worked example field
 * for field, decoded with V2bX's own Go types ({@code api/panel/node.go} Hysteria2Node, TuicNode,
 * AnyTlsNode on CommonNode), and the user list whose uuid is every user's credential there.
 */
class TlsNodesReplayTest extends EndToEndTest {

    private static final String ADMIN = "/app/api/v0/admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Object[] COMMON = {"host", "string", "server_port", "int", "server_name", "string",
            "routes", new Slice(GoDecoder.struct("id", "int", "match", "interface{}", "action", "string",
                    "action_value", "string")),
            "base_config", GoDecoder.struct("push_interval", "interface{}", "pull_interval", "interface{}")};
    private static final GoDecoder HYSTERIA2 = node("ignore_client_bandwidth", "bool", "up_mbps", "int", "down_mbps",
            "int", "obfs", "string", "obfs-password", "string");
    private static final GoDecoder TUIC = node("congestion_control", "string", "zero_rtt_handshake", "bool");
    private static final GoDecoder ANYTLS = node("padding_scheme", "[]string");
    private static final GoDecoder USERS_LIST = GoDecoder.struct("users", new Slice(GoDecoder.struct("id", "int",
            "uuid", "string", "speed_limit", "int", "device_limit", "int")));

    private static GoDecoder node(Object... own) {
        Object[] fields = new Object[COMMON.length + own.length];
        System.arraycopy(COMMON, 0, fields, 0, COMMON.length);
        System.arraycopy(own, 0, fields, COMMON.length, own.length);
        return GoDecoder.struct(fields);
    }

    private long node(String name, String server, int sort, String customConfig) {
        TestHttp.Reply reply = http().post(ADMIN + "/nodes", "{\"name\":\"" + name + "\",\"server\":\"" + server
                + "\",\"sort\":" + sort + ",\"custom_config\":" + customConfig + "}", asAdmin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("id").asLong();
    }

    private long hysteria2() {
        return node("JP Hy2", "jp1.example.com", 20, "{\"offset_port_node\":\"443\",\"obfs\":\"salamander\","
                + "\"obfs_password\":\"s3cr3t+obfs\",\"up_mbps\":1000,\"down_mbps\":1000,\"hop_ports\":\"20000-30000\","
                + "\"hop_interval\":30}");
    }

    private long tuic() {
        return node("SG TUIC", "sg1.example.com", 2, "{\"offset_port_node\":\"8443\",\"congestion_control\":\"bbr\","
                + "\"credential\":\"uuid\"}");
    }

    private long anyTls() {
        return node("US AnyTLS", "us1.example.com", 21, "{\"offset_port_node\":\"443\"}");
    }

    private TestHttp.Reply uni(String action, long node, String nodeType) {
        return http().get("/api/v1/server/UniProxy/" + action + "?node_id=" + node + "&node_type=" + nodeType + "&token="
                + MU_KEY);
    }

    /** The config as V2bX decodes it, compared with the worked example (the example leaves the audit routes out). */
    private void configIsTheExample(long node, String nodeType, GoDecoder decoder) {
        TestHttp.Reply reply = uni("config", node, nodeType);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        ObjectNode config = (ObjectNode) reply.json();

        assertThat(decoder.problems(config)).isEmpty();
        assertThat(config.remove("routes").isArray()).isTrue();
        assertThat(config).isEqualTo(example(nodeType));
    }

    /** Every listed user decodes, and the uuid V2bX makes the credential from is the user's own. */
    private void usersCarryTheirUuid(long node, String nodeType, long user) {
        TestHttp.Reply reply = uni("user", node, nodeType);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(USERS_LIST.problems(reply.json())).isEmpty();
        String uuid = dsl().fetchValue(USERS.UUID, USERS.ID.eq(user)).toString();
        boolean found = false;
        for (JsonNode listed : reply.json().get("users")) {
            found |= listed.get("id").asLong() == user && listed.get("uuid").asText().equals(uuid);
        }
        assertThat(found).as("user %d listed with their uuid", user).isTrue();
    }

    private long user() {
        UsersRecord user = Seed.user(dsl());
        user.setNodeIplimit(0);
        return Seed.insert(user);
    }

    /** The config is the worked example, and a user is listed with the uuid their credential is made from. */
    private void replaysAsTheExample(long node, String nodeType, GoDecoder decoder) {
        long user = user();

        configIsTheExample(node, nodeType, decoder);
        usersCarryTheirUuid(node, nodeType, user);
    }

    @Test
    void aHysteria2NodeIsServedAsV2bXDecodesItWithTheUsersUuidAsTheirPassword() {
        replaysAsTheExample(hysteria2(), "hysteria2", HYSTERIA2);
    }

    @Test
    void aTuicNodeIsServedAsV2bXDecodesItWithZeroRttOff() {
        replaysAsTheExample(tuic(), "tuic", TUIC);
    }

    @Test
    void anAnyTlsNodeIsServedAsV2bXDecodesItAndItsPaddingSchemeWhenSet() {
        replaysAsTheExample(anyTls(), "anytls", ANYTLS);
        long padded = node("padded", "us2.example.com", 21, "{\"offset_port_node\":\"443\",\"padding_scheme\":[\"stop=8\","
                + "\"0=30-30\"]}");
        JsonNode config = uni("config", padded, "anytls").json();
        assertThat(ANYTLS.problems(config)).isEmpty();
        assertThat(config.get("padding_scheme").toString()).isEqualTo("[\"stop=8\",\"0=30-30\"]");
    }

    @Test
    void aHysteria2NodeWithoutObfsServesObfsAsNull() {
        long node = node("plain", "jp2.example.com", 20, "{\"offset_port_node\":\"443\",\"sni\":\"cdn.example.com\"}");

        JsonNode config = uni("config", node, "hysteria2").json();

        assertThat(HYSTERIA2.problems(config)).isEmpty();
        assertThat(config.get("obfs").isNull()).isTrue();
        assertThat(config.has("obfs-password")).isFalse();
        assertThat(config.get("server_name").asText()).isEqualTo("cdn.example.com");
        assertThat(config.get("up_mbps").asInt()).isZero();
    }

    @Test
    void aNodeAskedForUnderAnotherNodeTypeIsRefusedNamingNodeType() {
        long hysteria2 = hysteria2();
        long vmess = node("vmess", "hk1.example.com", 11, "{\"offset_port_node\":\"443\"}");

        for (TestHttp.Reply reply : new TestHttp.Reply[] {uni("config", hysteria2, "hysteria"),
                uni("config", hysteria2, "tuic"), uni("config", vmess, "hysteria2"), uni("config", vmess, "anytls")}) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("node_type");
        }
        assertThat(uni("config", vmess, "vmess").status()).isEqualTo(200);
    }

    @Test
    void aTuicUsersPasswdOnMod_muIsTheCredentialTheirProfilesCarry() {
        long byUuid = tuic();
        long byPasswd = node("SSPanel TUIC", "sg2.example.com", 2, "{\"offset_port_node\":\"8443\",\"credential\":\"passwd\"}");
        long user = user();
        UsersRecord stored = dsl().selectFrom(USERS).where(USERS.ID.eq(user)).fetchOne();

        assertThat(modMuUser(byUuid, user).get("passwd").asText()).isEqualTo(stored.getUuid().toString());
        assertThat(modMuUser(byPasswd, user).get("passwd").asText()).isEqualTo(stored.getPasswd());
        TestHttp.Reply uniproxy = uni("config", byPasswd, "tuic");
        assertThat(uniproxy.status()).isEqualTo(409);
        assertThat(uniproxy.body()).contains("node_misconfigured", "credential");
    }

    @Test
    void whatNoNodeOrClientCouldUseIsRefusedAtCreateAndUpdateNamingTheSettingAndNothingIsSaved() {
        long node = hysteria2();
        String[][] cases = {
                {"custom_config.obfs", "20", "jp1.example.com", "{\"offset_port_node\":\"443\",\"obfs\":\"gost\"}"},
                {"custom_config.hop_ports", "20", "jp1.example.com", "{\"offset_port_node\":\"443\",\"hop_ports\":\"20000\"}"},
                {"custom_config.sni", "20", "203.0.113.5", "{\"offset_port_node\":\"443\"}"},
                {"custom_config.congestion_control", "2", "sg1.example.com",
                        "{\"offset_port_node\":\"8443\",\"congestion_control\":\"reno\"}"},
                {"custom_config.offset_port_node", "21", "us1.example.com", "{}"},
                {"custom_config.allow_insecure", "21", "us1.example.com", "{\"offset_port_node\":\"443\",\"allow_insecure\":true}"}};
        int before = dsl().fetchCount(NODES);
        String stored = dsl().fetchValue(NODES.CUSTOM_CONFIG, NODES.ID.eq(node)).toString();
        for (String[] c : cases) {
            TestHttp.Reply created = http().post(ADMIN + "/nodes", "{\"name\":\"bad\",\"sort\":" + c[1] + ",\"server\":\""
                    + c[2] + "\",\"custom_config\":" + c[3] + "}", asAdmin());
            assertThat(created.status()).as(c[0]).isEqualTo(400);
            assertThat(created.json().get("msg").asText()).as(c[0]).startsWith(c[0] + ":");
        }
        TestHttp.Reply updated = http().put(ADMIN + "/nodes/" + node, "{\"custom_config\":{\"hop_ports\":\"30000-20000\"}}",
                asAdmin());
        assertThat(updated.status()).isEqualTo(400);
        assertThat(updated.json().get("msg").asText()).startsWith("custom_config.hop_ports:");
        assertThat(dsl().fetchCount(NODES)).isEqualTo(before);
        assertThat(dsl().fetchValue(NODES.CUSTOM_CONFIG, NODES.ID.eq(node)).toString()).isEqualTo(stored);
    }

    private JsonNode modMuUser(long node, long user) {
        JsonNode body = http().get("/mod_mu/users?key=" + MU_KEY + "&node_id=" + node, "If-None-Match", "").json();
        for (JsonNode listed : body.get("data")) {
            if (listed.get("id").asLong() == user) {
                return listed;
            }
        }
        throw new AssertionError("user " + user + " not listed on node " + node + ": " + body);
    }

    private static JsonNode example(String nodeType) {
        try (InputStream in = TlsNodesReplayTest.class.getResourceAsStream("/uniproxy/" + nodeType + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
