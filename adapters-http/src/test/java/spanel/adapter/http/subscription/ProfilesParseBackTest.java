package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static spanel.adapter.http.subscription.ExampleNodes.PBK;
import static spanel.adapter.http.subscription.ExampleNodes.UUID;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.domain.node.Node;
import spanel.domain.node.Ss2022Keys;

/** Each format, read back by an independent parser, says what the node and the user configure. */
class ProfilesParseBackTest {

    private static final String KEY_256 = Ss2022Keys.userKey(USER.passwd(), "2022-blake3-aes-256-gcm").orElseThrow();

    private static final List<Node> NODES = List.of(
            node(1, 0, "SS chacha", 0, "{\"method\":\"chacha20-ietf-poly1305\",\"offset_port_node\":\"8388\"}"),
            node(2, 1, "SS user port", 0, "{\"offset_port_user\":10443,\"offset_port_node\":\"443\"}"),
            node(3, 2, "SS2022 256", Node.SORT_SS2022, "{\"method\":\"2022-blake3-aes-256-gcm\"}"),
            node(4, 3, "VMess tcp", Node.SORT_VMESS, "{\"offset_port_node\":\"10086\"}"),
            node(5, 4, "VMess grpc", Node.SORT_VMESS,
                    "{\"network\":\"grpc\",\"servicename\":\"svc\",\"security\":\"tls\",\"host\":\"g.example.com\"}"),
            node(6, 5, "VMess h2", Node.SORT_VMESS,
                    "{\"network\":\"h2\",\"host\":\"h2.example.com\",\"path\":\"/h2\",\"security\":\"tls\"}"),
            node(7, 6, "VLESS upgrade", Node.SORT_VMESS, "{\"enable_vless\":\"1\",\"network\":\"httpupgrade\","
                    + "\"host\":\"up.example.com\",\"path\":\"/up\",\"security\":\"tls\",\"alpn\":\"h2,http/1.1\"}"),
            node(8, 7, "VLESS reality v6", "[2001:db8::1]", Node.SORT_VMESS, "{\"enable_vless\":\"1\",\"enable_reality\":true,"
                    + "\"pbk\":\"" + PBK + "\",\"sid\":\"1234\",\"sni\":\"www.example.com\",\"flow\":\"xtls-rprx-vision\"}"),
            node(9, 8, "Trojan ws", Node.SORT_TROJAN, "{\"network\":\"ws\",\"path\":\"/tj\",\"host\":\"t.example.com\","
                    + "\"sni\":\"t.example.com\",\"fp\":\"firefox\"}"));

    @Test
    void links_parse_back_to_the_nodes() {
        List<ProfileParsers.Link> links = ProfileParsers.links(Profiles.render(SubscriptionFormat.BASE64, "t", NODES, USER));

        assertThat(links).extracting(ProfileParsers.Link::scheme)
                .containsExactly("ss", "ss", "ss", "vmess", "vmess", "vmess", "vless", "vless", "trojan");
        assertThat(links).extracting(ProfileParsers.Link::name)
                .containsExactly("SS chacha", "SS user port", "SS2022 256", "VMess tcp", "VMess grpc", "VMess h2",
                        "VLESS upgrade", "VLESS reality v6", "Trojan ws");
        assertThat(links.get(0)).extracting(ProfileParsers.Link::user, ProfileParsers.Link::host, ProfileParsers.Link::port)
                .containsExactly("chacha20-ietf-poly1305:p@ss w0rd", "hk1.example.com", 8388);
        assertThat(links.get(1).port()).isEqualTo(10443);
        assertThat(links.get(2).user()).isEqualTo("2022-blake3-aes-256-gcm:" + KEY_256);
        assertThat(links.get(3).query()).contains(entry("net", "tcp"), entry("tls", ""), entry("port", "10086"),
                entry("id", UUID), entry("aid", "0"), entry("type", "none"));
        assertThat(links.get(4).query()).contains(entry("net", "grpc"), entry("type", "gun"), entry("path", "svc"),
                entry("tls", "tls"), entry("sni", "g.example.com"));
        assertThat(links.get(5).query()).contains(entry("net", "h2"), entry("host", "h2.example.com"),
                entry("path", "/h2"), entry("sni", "h2.example.com"));
        assertThat(links.get(6).user()).isEqualTo(UUID);
        assertThat(links.get(6).query()).containsExactly(entry("encryption", "none"), entry("security", "tls"),
                entry("sni", "up.example.com"), entry("alpn", "h2,http/1.1"), entry("type", "httpupgrade"),
                entry("host", "up.example.com"), entry("path", "/up"));
        assertThat(links.get(7).host()).isEqualTo("2001:db8::1");
        assertThat(links.get(7).query()).containsExactly(entry("encryption", "none"), entry("flow", "xtls-rprx-vision"),
                entry("security", "reality"), entry("sni", "www.example.com"), entry("fp", "chrome"), entry("pbk", PBK),
                entry("sid", "1234"), entry("type", "tcp"), entry("headerType", "none"));
        assertThat(links.get(8).user()).isEqualTo(UUID);
        assertThat(links.get(8).query()).containsExactly(entry("security", "tls"), entry("sni", "t.example.com"),
                entry("fp", "firefox"), entry("type", "ws"), entry("host", "t.example.com"), entry("path", "/tj"));
    }

    @Test
    void clash_meta_parses_back_with_typed_scalars() {
        List<Map<String, Object>> proxies = ProfileParsers.clashProxies(
                Profiles.render(SubscriptionFormat.CLASH_META, "t", NODES, USER));

        assertThat(proxies).hasSize(9);
        assertThat(proxies.get(0)).containsEntry("type", "ss").containsEntry("port", 8388)
                .containsEntry("cipher", "chacha20-ietf-poly1305").containsEntry("password", "p@ss w0rd")
                .containsEntry("udp", true);
        assertThat(proxies.get(2)).containsEntry("password", KEY_256).containsEntry("cipher", "2022-blake3-aes-256-gcm");
        assertThat(proxies.get(3)).containsEntry("type", "vmess").containsEntry("alterId", 0).containsEntry("tls", false)
                .containsEntry("network", "tcp").doesNotContainKey("servername");
        assertThat(proxies.get(4)).containsEntry("network", "grpc").containsEntry("servername", "g.example.com")
                .containsEntry("grpc-opts", Map.of("grpc-service-name", "svc"));
        assertThat(proxies.get(5)).containsEntry("h2-opts", Map.of("host", List.of("h2.example.com"), "path", "/h2"));
        assertThat(proxies.get(6)).containsEntry("type", "vless").containsEntry("network", "ws")
                .containsEntry("alpn", List.of("h2", "http/1.1"))
                .containsEntry("ws-opts", Map.of("path", "/up", "headers", Map.of("Host", "up.example.com"),
                        "v2ray-http-upgrade", true));
        assertThat(proxies.get(7)).containsEntry("server", "2001:db8::1").containsEntry("tls", true)
                .containsEntry("flow", "xtls-rprx-vision").containsEntry("client-fingerprint", "chrome")
                .containsEntry("reality-opts", Map.of("public-key", PBK, "short-id", "1234"));
        assertThat(proxies.get(8)).containsEntry("type", "trojan").containsEntry("password", UUID)
                .containsEntry("sni", "t.example.com").doesNotContainKey("servername")
                .containsEntry("ws-opts", Map.of("path", "/tj", "headers", Map.of("Host", "t.example.com")));
    }

    @Test
    void clash_has_one_select_group_of_every_proxy_and_a_match_rule() {
        Map<String, Object> document = ProfileParsers.yaml(Profiles.render(SubscriptionFormat.CLASH_META, "t", NODES, USER));

        assertThat(document.get("proxy-groups")).isEqualTo(List.of(Map.of("name", "Proxy", "type", "select",
                "proxies", NODES.stream().map(Node::name).toList())));
        assertThat(document.get("rules")).isEqualTo(List.of("MATCH,Proxy"));
    }

    @Test
    void plain_clash_leaves_out_vless_shadowsocks_2022_and_http_upgrade() {
        List<Map<String, Object>> proxies = ProfileParsers.clashProxies(
                Profiles.render(SubscriptionFormat.CLASH, "t", NODES, USER));

        assertThat(proxies).extracting(proxy -> proxy.get("name"))
                .containsExactly("SS chacha", "SS user port", "VMess tcp", "VMess grpc", "VMess h2", "Trojan ws");
        assertThat(proxies).extracting(proxy -> proxy.get("type")).containsOnly("ss", "vmess", "trojan");
    }

    @Test
    void singbox_parses_back_to_the_nodes() {
        JsonNode outbounds = ProfileParsers.json(Profiles.render(SubscriptionFormat.SINGBOX, "t", NODES, USER))
                .get("outbounds");

        assertThat(outbounds).hasSize(11);
        assertThat(outbounds.get(0).get("outbounds")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(NODES.stream().map(Node::name).toList());
        assertThat(outbounds.get(1).get("server_port").isInt()).isTrue();
        assertThat(outbounds.get(3).get("password").asText()).isEqualTo(KEY_256);
        assertThat(outbounds.get(4).has("tls")).isFalse();
        assertThat(outbounds.get(4).has("transport")).isFalse();
        assertThat(outbounds.get(5).get("transport").toString()).isEqualTo("{\"type\":\"grpc\",\"service_name\":\"svc\"}");
        assertThat(outbounds.get(6).get("transport").toString())
                .isEqualTo("{\"type\":\"http\",\"host\":[\"h2.example.com\"],\"path\":\"/h2\"}");
        assertThat(outbounds.get(7).get("transport").toString())
                .isEqualTo("{\"type\":\"httpupgrade\",\"host\":\"up.example.com\",\"path\":\"/up\"}");
        assertThat(outbounds.get(7).get("tls").get("alpn").toString()).isEqualTo("[\"h2\",\"http/1.1\"]");
        assertThat(outbounds.get(8).get("server").asText()).isEqualTo("2001:db8::1");
        assertThat(outbounds.get(8).get("tls").get("reality").get("short_id").isTextual()).isTrue();
        assertThat(outbounds.get(9).get("tls").get("utls").get("fingerprint").asText()).isEqualTo("firefox");
        assertThat(outbounds.get(10).toString()).isEqualTo("{\"type\":\"direct\",\"tag\":\"direct\"}");
    }

    @Test
    void sip008_holds_only_the_shadowsocks_nodes() {
        JsonNode document = ProfileParsers.json(Profiles.render(SubscriptionFormat.SIP008, "t", NODES, USER));

        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("servers")).extracting(server -> server.get("remarks").asText())
                .containsExactly("SS chacha", "SS user port", "SS2022 256");
        assertThat(document.get("servers").get(0).get("id").asText()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(document.get("servers").get(1).get("server_port").asInt()).isEqualTo(10443);
        assertThat(document.has("bytes_used")).isFalse();
    }

    @Test
    void an_empty_node_list_is_an_empty_base64_body_and_still_a_loadable_profile_elsewhere() {
        assertThat(Profiles.render(SubscriptionFormat.BASE64, "t", List.of(), USER).body()).isEmpty();

        Map<String, Object> clash = ProfileParsers.yaml(Profiles.render(SubscriptionFormat.CLASH_META, "t", List.of(), USER));
        assertThat(clash.get("proxies")).isEqualTo(List.of());
        assertThat(clash.get("proxy-groups")).isEqualTo(List.of(Map.of("name", "Proxy", "type", "select",
                "proxies", List.of("DIRECT"))));

        JsonNode singbox = ProfileParsers.json(Profiles.render(SubscriptionFormat.SINGBOX, "t", List.of(), USER));
        assertThat(singbox.get("outbounds").toString()).isEqualTo(
                "[{\"type\":\"selector\",\"tag\":\"proxy\",\"outbounds\":[\"direct\"]},{\"type\":\"direct\",\"tag\":\"direct\"}]");

        JsonNode sip008 = ProfileParsers.json(Profiles.render(SubscriptionFormat.SIP008, "t", List.of(), USER));
        assertThat(sip008.get("servers")).isEmpty();
    }

    @Test
    void many_nodes_still_give_one_unwrapped_base64_line() {
        List<Node> many = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> node(i, 0, "node " + i, 0, "{}")).toList();

        assertThat(ProfileParsers.links(Profiles.render(SubscriptionFormat.BASE64, "t", many, USER))).hasSize(40);
    }
}
