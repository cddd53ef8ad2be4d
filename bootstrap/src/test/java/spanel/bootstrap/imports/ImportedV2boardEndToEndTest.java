package spanel.bootstrap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.source.SourceDatabases;
import spanel.adapter.source.V2boardSource;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.EndToEndTest;

/**
 * The awkward V2board installation imported into the assembled service, on PostgreSQL and on H2.
 * Its vmess node 1 and shadowsocks node 1 share an id, so one of them gets a new spanel id; each
 * node's V2bX keeps calling with the id and node_type it was configured with, and gets its own node.
 * A user buying an imported plan is moved into its group, and the paid orders are history only.
 */
class ImportedV2boardEndToEndTest extends EndToEndTest {

    /** V2board's server_token in the worked example: spanel's MU_KEY after the switch. */
    private static final String SERVER_TOKEN = "srv-token-0123456789abcdef";
    private static final String ALICE_UUID = "b831381d-6324-4d53-ad4f-8cda48b30811";
    private static final String ALICE_TOKEN = "9c5f0d6e1a2b3c4d5e6f708192a3b4c5";
    /** The server key from the node's created_at, then base64 of "b831381d-6324-4d": what Xboard served. */
    private static final String ALICE_SS2022_PASSWORD = "MjQ5MjBkZWNmODNmNjk2MA==:YjgzMTM4MWQtNjMyNC00ZA==";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("MU_KEY", SERVER_TOKEN, "LOGIN_RATE_LIMIT", "100000");
    }

    /**
     * Imports the installation, Dave given a balance and a quota first. A second call brings nothing
     * over twice (the import is idempotent).
     */
    private void imported() {
        try (SourceDatabases.Loaded source = SourceDatabases.load("v2board", true)) {
            source.run("UPDATE v2_user SET balance = 5000, transfer_enable = 1073741824 WHERE id = 4");
            DatabaseCommands.importInstallation(settings(), new V2boardSource(source.url()), true);
        }
    }

    @Test
    void buyingAnImportedPlanMovesTheBuyerIntoThePlansGroupAndOntoItsNodes() {
        imported();
        assertThat(scalar("SELECT node_group FROM users WHERE id = 4")).as("Dave was in no V2board group").isEqualTo(-1);
        assertThat(credentials(uniProxy("user", "trojan", 3))).as("trojan 3 serves group 2").doesNotContainKey(4L);
        long pro = scalar("SELECT id FROM products WHERE name = 'Pro (quarterly)'");

        String token = http().post("/app/api/v0/auth/login", "{\"email\":\"dave@example.com\",\"password\":\"dave-pass\"}")
                .json().get("data").get("access_token").asText();
        TestHttp.Reply bought = http().post("/app/api/v0/user/buy", "{\"shop_id\":" + pro + "}",
                "Authorization", "Bearer " + token);
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);

        assertThat(scalar("SELECT node_group FROM users WHERE id = 4")).as("V2board plan 2's group").isEqualTo(2);
        assertThat(credentials(uniProxy("user", "trojan", 3))).containsEntry(4L, "7a2e3b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
    }

    @Test
    void paidOrdersOfTheOldPanelAreHistoryTheAdminCanReadAndMoveNoMoney() {
        imported();
        TestHttp.Reply listed = http().get("/app/api/v0/admin/users/1/imported-orders", asAdmin());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode orders = listed.json().get("data").get("orders");
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).get("tradeno").asText()).as("newest first").isEqualTo("2023121416300012346");
        assertThat(orders.get(0).get("gateway").asText()).isEqualTo("balance");
        assertThat(orders.get(1).get("amount").asText()).isEqualTo("15.00");
        assertThat(orders.get(1).get("gateway").asText()).isEqualTo("payment 2");
        assertThat(orders.get(1).get("paid_at").asText()).isEqualTo("2023-11-14T22:21:40Z");
        assertThat(scalar("SELECT money FROM users WHERE id = 1")).as("the balance as V2board left it").isEqualTo(1234);
        assertThat(http().get("/app/api/v0/admin/users/999/imported-orders", asAdmin()).status()).isEqualTo(404);
    }

    private JsonNode uniProxy(String call, String nodeType) {
        return uniProxy(call, nodeType, 1);
    }

    private JsonNode uniProxy(String call, String nodeType, long nodeId) {
        TestHttp.Reply reply = http().get("/api/v1/server/UniProxy/" + call + "?token=" + SERVER_TOKEN
                + "&node_id=" + nodeId + "&node_type=" + nodeType);
        assertThat(reply.status()).as(call + " " + nodeType + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void nodesWhoseIdsCollidedAnswerUnderTheirOldIdAndType() {
        imported();
        assertThat(scalar("SELECT count(*) FROM legacy_node_ids WHERE node_type = 'vmess' AND legacy_id = 1"
                + " AND node_id <> 1")).as("vmess 1 got a new spanel id").isEqualTo(1);

        JsonNode shadowsocks = uniProxy("config", "shadowsocks");
        assertThat(shadowsocks.get("cipher").asText()).isEqualTo("2022-blake3-aes-128-gcm");
        assertThat(shadowsocks.get("server_port").asInt()).isEqualTo(443);
        assertThat(shadowsocks.get("server_key").asText()).isEqualTo("MjQ5MjBkZWNmODNmNjk2MA==");
        for (String vmessType : new String[] {"vmess", "v2ray"}) {
            JsonNode vmess = uniProxy("config", vmessType);
            assertThat(vmess.get("server_port").asInt()).as(vmessType).isEqualTo(10086);
            assertThat(vmess.get("network").asText()).as(vmessType).isEqualTo("ws");
            assertThat(vmess.get("tls").asInt()).as(vmessType).isEqualTo(1);
        }

        assertThat(credentials(uniProxy("user", "shadowsocks"))).as("V2bX cuts the 2022 key from the uuid, as on V2board")
                .containsEntry(1L, ALICE_UUID);
        assertThat(credentials(uniProxy("user", "vmess"))).containsEntry(1L, ALICE_UUID).containsKey(2L);

        TestHttp.Reply push = http().post("/api/v1/server/UniProxy/push?token=" + SERVER_TOKEN
                + "&node_id=1&node_type=vmess", "{\"1\":[100,100]}");
        assertThat(push.status()).as(push.body()).isEqualTo(200);
        assertThat(scalar("SELECT u FROM users WHERE id = 1")).as("counted at the vmess node's rate 1.5")
                .isEqualTo(1073741824L + 150);
    }

    /**
     * The worked example: Alice keeps the Shadowsocks-2022 password Xboard served her on HK SS22, in
     * every profile format that carries the node, and both node APIs serve what makes the node
     * derive the same key.
     */
    @Test
    void aV2boardUsersShadowsocks2022PasswordIsTheOneTheOldPanelServedInEveryFormatAndOnEveryNodeApi() {
        imported();
        // The line formats (Surge, Quantumult X, Loon) are given no Shadowsocks-2022 node at all.
        String[] clients = {"v2rayN/6.45", "Shadowrocket/2070 CFNetwork/1496.0.7 Darwin/23.5.0", "mihomo/1.19.3",
                "sing-box 1.12.3", "shadowsocksWindows/4.4.1.0"};
        for (String client : clients) {
            TestHttp.Reply profile = http().get("/api/v1/client/subscribe?token=" + ALICE_TOKEN, "User-Agent", client);
            assertThat(profile.status()).as(client + ": " + profile.body()).isEqualTo(200);
            assertThat(readable(profile.body())).as(client).contains(ALICE_SS2022_PASSWORD);
        }

        String[] password = ALICE_SS2022_PASSWORD.split(":");
        String cutFrom = credentials(uniProxy("user", "shadowsocks")).get(1L);
        assertThat(Base64.getEncoder().encodeToString(cutFrom.substring(0, 16).getBytes(StandardCharsets.US_ASCII)))
                .as("V2bX's key: base64 of the first 16 characters of the uuid served").isEqualTo(password[1]);
        TestHttp.Reply modMu = http().get("/mod_mu/users?node_id=1&key=" + SERVER_TOKEN);
        assertThat(modMu.status()).as(modMu.body()).isEqualTo(200);
        JsonNode alice = null;
        for (JsonNode user : modMu.json().get("data")) {
            alice = user.get("id").asLong() == 1 ? user : alice;
        }
        assertThat(alice).as(modMu.body()).isNotNull();
        assertThat(alice.get("passwd").asText()).as("XrayR's SSpanel mode takes the key as is").isEqualTo(password[1]);
    }

    /** A profile as text to search: base64 lists decoded, percent-escapes undone. */
    private static String readable(String body) {
        String text = body.strip();
        try {
            text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            // a profile of its own format
        }
        return text + "\n" + URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<Long, String> credentials(JsonNode listed) {
        Map<Long, String> byUser = new HashMap<>();
        listed.get("users").forEach(user -> byUser.put(user.get("id").asLong(), user.get("uuid").asText()));
        return byUser;
    }
}
