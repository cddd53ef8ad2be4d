package spanel.bootstrap.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;
import spanel.bootstrap.EndToEndTest;
import spanel.bootstrap.node.GoDecoder.Slice;

/**
 * Every protocol spanel serves, replayed over both node APIs as the clients read them: XrayR's SSPanel
 * client (/mod_mu) and V2bX's panel client (UniProxy), each answer decoded with the clients' Go field
 * types (a string where Go wants a number, or the reverse, fails the client's whole call). Nodes are
 * made through the admin API, as an operator makes them.
 */
class NodeCompatReplayTest extends EndToEndTest {

    private static final String ADMIN = "/app/api/v0/admin";
    private static final String KEY = "?key=" + MU_KEY + "&muKey=" + MU_KEY;

    // XrayR api/sspanel: the envelope, NodeInfoResponse, CustomConfig (with its REALITY options), UserResponse.
    private static final GoDecoder ENVELOPE = GoDecoder.struct("ret", "uint", "data", "json.RawMessage");
    private static final GoDecoder NODE_INFO = GoDecoder.struct("node_speedlimit", "float64", "sort", "int",
            "server", "string", "type", "string", "custom_config", "json.RawMessage", "version", "string",
            "node_group", "int", "node_class", "int", "traffic_rate", "float64");
    private static final GoDecoder CUSTOM_CONFIG = GoDecoder.struct("offset_port_user", "string",
            "offset_port_node", "string", "host", "string", "tls", "string", "enable_vless", "string",
            "network", "string", "security", "string", "path", "string", "verify_cert", "bool", "obfs", "string",
            "header", "json.RawMessage", "allow_insecure", "string", "servicename", "string", "enable_xtls", "string",
            "flow", "string", "method", "string", "server_key", "string", "enable_reality", "bool",
            "reality-opts", GoDecoder.struct("dest", "string", "proxy_protocol_ver", "uint64", "server_names", "[]string",
                    "private_key", "string", "min_client_ver", "string", "max_client_ver", "string",
                    "max_time_diff", "uint64", "short_ids", "[]string"));
    private static final GoDecoder MOD_MU_USER = GoDecoder.struct("id", "int", "passwd", "string", "port", "uint32",
            "method", "string", "node_speedlimit", "float64", "node_iplimit", "int", "uuid", "string", "alive_ip", "int");

    // V2bX api/panel: CommonNode and the per-type structs, and the user list.
    private static final GoDecoder TLS_SETTINGS = GoDecoder.struct("server_name", "string", "dest", "string",
            "server_port", "string", "short_id", "string", "private_key", "string", "mldsa65Seed", "string",
            "xver", "uint64,string");
    private static final GoDecoder UNI_CONFIG = GoDecoder.struct("host", "string", "server_port", "int",
            "server_name", "string",
            "routes", new Slice(GoDecoder.struct("id", "int", "match", "interface{}", "action", "string",
                    "action_value", "string")),
            "base_config", GoDecoder.struct("push_interval", "interface{}", "pull_interval", "interface{}"),
            "tls", "int", "tls_settings", TLS_SETTINGS, "tlsSettings", TLS_SETTINGS, "network", "string",
            "network_settings", "json.RawMessage", "networkSettings", "json.RawMessage", "encryption", "string",
            "flow", "string", "cipher", "string", "server_key", "string");
    private static final GoDecoder UNI_USERS = GoDecoder.struct("users", new Slice(GoDecoder.struct("id", "int",
            "uuid", "string", "speed_limit", "int", "device_limit", "int")));

    private JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private long node(String settings) {
        return data(http().post(ADMIN + "/nodes", "{\"name\":\"replay\",\"server\":\"n1.example.com\"," + settings + "}",
                asAdmin())).get("id").asLong();
    }

    private long user() {
        UsersRecord user = Seed.user(dsl());
        user.setNodeIplimit(0);
        return Seed.insert(user);
    }

    /** GET node info as XrayR does; the custom_config decoded as XrayR's CustomConfig. */
    private JsonNode modMuConfig(long node) {
        JsonNode body = http().get("/mod_mu/nodes/" + node + "/info" + KEY, "If-None-Match", "").json();
        assertThat(ENVELOPE.problems(body)).isEmpty();
        assertThat(body.get("ret").asInt()).isEqualTo(1);
        assertThat(NODE_INFO.problems(body.get("data"))).isEmpty();
        JsonNode config = body.get("data").get("custom_config");
        assertThat(config.isObject()).as("custom_config must be an object").isTrue();
        assertThat(CUSTOM_CONFIG.problems(config)).isEmpty();
        assertThat(config.get("offset_port_node").asText()).isNotIn("", "0");
        return config;
    }

    private JsonNode modMuUser(long node, long user) {
        JsonNode body = http().get("/mod_mu/users" + KEY + "&node_id=" + node, "If-None-Match", "").json();
        assertThat(body.get("ret").asInt()).isEqualTo(1);
        for (JsonNode listed : body.get("data")) {
            assertThat(MOD_MU_USER.problems(listed)).isEmpty();
            if (listed.get("id").asLong() == user) {
                return listed;
            }
        }
        throw new AssertionError("user " + user + " not listed on node " + node);
    }

    private JsonNode uniConfig(long node, String nodeType) {
        TestHttp.Reply reply = http().get("/api/v1/server/UniProxy/config?node_id=" + node + "&node_type=" + nodeType
                + "&token=" + MU_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode config = reply.json();
        assertThat(UNI_CONFIG.problems(config)).isEmpty();
        assertThat(config.get("server_port").asInt()).isPositive();
        assertThat(config.get("base_config").isObject()).isTrue();
        return config;
    }

    private void uniUsersDecode(long node, String nodeType) {
        TestHttp.Reply reply = http().get("/api/v1/server/UniProxy/user?node_id=" + node + "&node_type=" + nodeType
                + "&token=" + MU_KEY);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(UNI_USERS.problems(reply.json())).isEmpty();
        assertThat(reply.json().get("users")).isNotEmpty();
    }

    @Test
    void theGoDecoderRefusesWhatGoRefuses() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        assertThat(ENVELOPE.problems(json.readTree("{\"ret\":1.0}"))).isNotEmpty();
        assertThat(ENVELOPE.problems(json.readTree("{\"ret\":\"1\"}"))).isNotEmpty();
        assertThat(CUSTOM_CONFIG.problems(json.readTree("{\"offset_port_node\":443}"))).isNotEmpty();
        assertThat(CUSTOM_CONFIG.problems(json.readTree("{\"enable_reality\":\"true\"}"))).isNotEmpty();
        assertThat(UNI_CONFIG.problems(json.readTree("{\"server_port\":\"443\"}"))).isNotEmpty();
        assertThat(UNI_CONFIG.problems(json.readTree("{\"tls_settings\":{\"server_port\":443}}"))).isNotEmpty();
        assertThat(UNI_CONFIG.problems(json.readTree("{\"tls_settings\":{\"xver\":1}}"))).isNotEmpty();
        assertThat(UNI_USERS.problems(json.readTree("{\"users\":[{\"id\":\"1\"}]}"))).isNotEmpty();
        assertThat(UNI_CONFIG.problems(json.readTree("{\"server_port\":443,\"tls_settings\":{\"xver\":\"1\"},"
                + "\"routes\":[{\"id\":1,\"action_value\":null}],\"unknown\":[1]}"))).isEmpty();
    }

    @Test
    void sort0ShadowsocksServesTheNodesCipherAndEachUsersPortAndPassword() {
        long node = node("\"sort\":0,\"method\":\"aes-256-gcm\",\"custom_config\":{\"offset_port_node\":\"8388\"}");
        long user = user();

        assertThat(modMuConfig(node).get("method").asText()).isEqualTo("aes-256-gcm");
        JsonNode listed = modMuUser(node, user);
        assertThat(listed.get("port").isIntegralNumber()).isTrue();
        assertThat(listed.get("passwd").isTextual()).isTrue();
        assertThat(listed.get("method").isTextual()).isTrue();
        JsonNode uni = uniConfig(node, "shadowsocks");
        assertThat(uni.get("cipher").asText()).isEqualTo("aes-256-gcm");
        assertThat(uni.has("server_key")).isFalse();
        uniUsersDecode(node, "shadowsocks");
    }

    @Test
    void sort1Shadowsocks2022ServesA16ByteKeyForAes128AndA32ByteKeyOtherwise() {
        String[][] ciphers = {{"2022-blake3-aes-128-gcm", "16"}, {"2022-blake3-aes-256-gcm", "32"},
                {"2022-blake3-chacha20-poly1305", "32"}};
        long user = user();
        for (String[] c : ciphers) {
            long node = node("\"sort\":1,\"method\":\"" + c[0] + "\",\"custom_config\":{\"offset_port_node\":\"8388\"}");

            JsonNode config = modMuConfig(node);
            assertThat(config.get("method").asText()).isEqualTo(c[0]);
            assertThat(Base64.getDecoder().decode(config.get("server_key").asText())).hasSize(Integer.parseInt(c[1]));
            JsonNode listed = modMuUser(node, user);
            assertThat(Base64.getDecoder().decode(listed.get("passwd").asText())).hasSize(Integer.parseInt(c[1]));
            assertThat(listed.has("port")).isFalse();
            JsonNode uni = uniConfig(node, "shadowsocks");
            assertThat(uni.get("cipher").asText()).isEqualTo(c[0]);
            assertThat(uni.get("server_key")).isEqualTo(config.get("server_key"));
            uniUsersDecode(node, "shadowsocks");
        }
    }

    @Test
    void sort11VmessOverWebSocketAndTls() {
        long node = node("\"sort\":11,\"custom_config\":{\"offset_port_node\":443,\"network\":\"ws\",\"security\":\"tls\","
                + "\"host\":\"n1.example.com\",\"path\":\"/ray\",\"enable_vless\":0}");
        long user = user();

        JsonNode config = modMuConfig(node);
        assertThat(config.get("enable_vless").asText()).isEqualTo("0");
        assertThat(config.has("method")).isFalse();
        assertThat(modMuUser(node, user).get("uuid").isTextual()).isTrue();
        JsonNode uni = uniConfig(node, "vmess");
        assertThat(uni.get("tls").asInt()).isEqualTo(1);
        assertThat(uni.get("network").asText()).isEqualTo("ws");
        assertThat(uni.get("networkSettings").get("path").asText()).isEqualTo("/ray");
        uniUsersDecode(node, "vmess");
    }

    @Test
    void sort11VlessWithRealityServesItsSettingsAndFlowOnBothApis() {
        long node = node("\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\",\"network\":\"tcp\","
                + "\"security\":\"reality\",\"enable_vless\":\"1\",\"flow\":\"xtls-rprx-vision\","
                + "\"reality-opts\":{\"dest\":\"www.example.com:8443\",\"server_names\":[\"www.example.com\"],"
                + "\"private_key\":\"cGhvbnktcHJpdmF0ZS1rZXktZm9yLXRlc3RzLW9ubHk\",\"short_ids\":[\"0123abcd\"],"
                + "\"proxy_protocol_ver\":0}}");
        long user = user();

        JsonNode config = modMuConfig(node);
        assertThat(config.get("enable_reality").asBoolean()).isTrue();
        assertThat(config.get("flow").asText()).isEqualTo("xtls-rprx-vision");
        assertThat(config.get("reality-opts").get("private_key").asText()).isNotEmpty();
        assertThat(modMuUser(node, user).get("uuid").isTextual()).isTrue();
        JsonNode uni = uniConfig(node, "vless");
        assertThat(uni.get("tls").asInt()).isEqualTo(2);
        assertThat(uni.get("flow").asText()).isEqualTo("xtls-rprx-vision");
        JsonNode tls = uni.get("tls_settings");
        assertThat(tls.get("server_name").asText()).isEqualTo("www.example.com");
        assertThat(tls.get("dest").asText()).isEqualTo("www.example.com");
        assertThat(tls.get("server_port").asText()).isEqualTo("8443");
        assertThat(tls.get("private_key").asText()).isEqualTo("cGhvbnktcHJpdmF0ZS1rZXktZm9yLXRlc3RzLW9ubHk");
        assertThat(tls.get("short_id").asText()).isEqualTo("0123abcd");
        assertThat(tls.has("xver")).isFalse();
        uniUsersDecode(node, "vless");
    }

    @Test
    void aRealityNodeMissingARequiredFieldIsRefusedNamingItAndNothingIsSaved() {
        String base = "\"offset_port_node\":\"443\",\"security\":\"reality\",\"enable_vless\":\"1\"";
        String opts = "\"dest\":\"www.example.com:443\",\"server_names\":[\"www.example.com\"],\"private_key\":\"k\"";
        String[][] cases = {
                {"custom_config.reality-opts", base},
                {"custom_config.reality-opts.private_key", base + ",\"reality-opts\":{" + opts.replace(",\"private_key\":\"k\"", "") + "}"},
                {"custom_config.reality-opts.dest", base + ",\"reality-opts\":{" + opts.replace("\"dest\":\"www.example.com:443\",", "") + "}"},
                {"custom_config.reality-opts.server_names", base + ",\"reality-opts\":{" + opts.replace("[\"www.example.com\"]", "[]") + "}"},
                {"custom_config.enable_vless", base.replace("\"1\"", "\"0\"") + ",\"reality-opts\":{" + opts + "}"},
                {"custom_config.reality-opts.short_ids", base + ",\"reality-opts\":{" + opts + ",\"short_ids\":\"ab\"}"},
                {"custom_config.reality-opts.proxy_protocol_ver", base + ",\"reality-opts\":{" + opts + ",\"proxy_protocol_ver\":\"1\"}"},
                {"custom_config.enable_reality", "\"offset_port_node\":\"443\",\"enable_reality\":\"true\",\"security\":\"reality\""}};
        int before = dsl().fetchCount(spanel.adapter.persistence.generated.Tables.NODES);
        for (String[] c : cases) {
            TestHttp.Reply reply = http().post(ADMIN + "/nodes", "{\"name\":\"r\",\"sort\":11,\"custom_config\":{" + c[1] + "}}",
                    asAdmin());

            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.json().get("msg").asText()).as(c[0]).startsWith(c[0] + ":");
        }
        assertThat(dsl().fetchCount(spanel.adapter.persistence.generated.Tables.NODES)).isEqualTo(before);
    }

    @Test
    void sort14TrojanServesEachUsersUuidAsThePassword() {
        long node = node("\"sort\":14,\"custom_config\":{\"offset_port_node\":\"443\",\"host\":\"n1.example.com\"}");
        long user = user();

        JsonNode config = modMuConfig(node);
        assertThat(config.has("method")).isFalse();
        JsonNode listed = modMuUser(node, user);
        assertThat(listed.get("uuid").isTextual()).isTrue();
        assertThat(listed.has("passwd")).isFalse();
        assertThat(uniConfig(node, "trojan").get("host").asText()).isEqualTo("n1.example.com");
        uniUsersDecode(node, "trojan");
    }

    @Test
    void aliveIpIsServedForEveryUserWithOrWithoutADeviceLimit() {
        long node = node("\"sort\":11,\"custom_config\":{\"offset_port_node\":\"443\"}");
        long user = user();

        assertThat(http().post("/mod_mu/users/aliveip" + KEY + "&node_id=" + node,
                "{\"data\":[{\"user_id\":" + user + ",\"ip\":\"203.0.113.5\"}]}").json().get("ret").asInt()).isEqualTo(1);

        JsonNode listed = modMuUser(node, user);
        assertThat(listed.get("node_iplimit").asInt()).isZero();
        assertThat(listed.get("alive_ip").asInt()).isEqualTo(1);
    }

    @Test
    void routesMod_muDoesNotServeAre404() {
        for (String[] route : new String[][] {{"GET", "/mod_mu/nodes"}, {"POST", "/mod_mu/nodes/config"},
                {"POST", "/mod_mu/func/block_ip"}, {"GET", "/mod_mu/func/unblock_ip"}, {"POST", "/mod_mu/media/save_report"},
                {"GET", "/mod_mu/nodes/abc/info"}, {"GET", "/mod_mu/whatever"}}) {
            TestHttp.Reply reply = route[0].equals("GET") ? http().get(route[1] + KEY) : http().post(route[1] + KEY, "{}");

            assertThat(reply.status()).as(route[1]).isEqualTo(404);
            assertThat(reply.json().get("ret").asInt()).as(route[1]).isZero();
        }
    }
}
