package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.UUID;
import static spanel.adapter.http.subscription.ExampleNodes.node;
import static spanel.adapter.http.subscription.ExampleNodes.resource;
import static spanel.adapter.http.subscription.ExampleNodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import spanel.domain.node.Node;

/**
 * The worked example of Hysteria2, TUIC v5 and AnyTLS in every format: links
 * byte for byte, mihomo read back with SnakeYAML and sing-box with Jackson field for field, and each
 * client given only what its version reads.
 */
class NewProtocolProfilesTest {

    private static final List<Node> NODES = List.of(
            node(20, 0, "JP Hy2", "jp1.example.com", Node.SORT_HYSTERIA2, "{\"offset_port_node\":\"443\",\"obfs\":\"salamander\","
                    + "\"obfs_password\":\"s3cr3t+obfs\",\"up_mbps\":1000,\"down_mbps\":1000,\"hop_ports\":\"20000-30000\","
                    + "\"hop_interval\":30}"),
            node(21, 0, "SG TUIC", "sg1.example.com", Node.SORT_TUIC,
                    "{\"offset_port_node\":\"8443\",\"congestion_control\":\"bbr\",\"credential\":\"uuid\"}"),
            node(22, 0, "US AnyTLS", "us1.example.com", Node.SORT_ANYTLS, "{\"offset_port_node\":\"443\"}"));

    private static RenderedProfile render(SubscriptionFormat format, String userAgent) {
        return Profiles.render(format, "spanel", NODES, USER, Optional.empty(), null, userAgent);
    }

    @Test
    void the_share_links_are_the_example_byte_for_byte() {
        RenderedProfile profile = render(SubscriptionFormat.BASE64, "v2rayN/7.10");

        assertThat(new String(Base64.getDecoder().decode(profile.body()), StandardCharsets.UTF_8))
                .isEqualTo(resource("uri-list-new.txt"));
        String[] lines = resource("uri-list-new.txt").split("\n");
        for (int i = 0; i < lines.length; i++) {
            assertThat(NodeConnection.of(NODES.get(i), USER).map(NodeConnection::link)).contains(lines[i]);
        }
    }

    @Test
    void the_links_parse_back_to_the_nodes_credentials_and_settings() {
        List<ProfileParsers.Link> links = ProfileParsers.links(render(SubscriptionFormat.BASE64, null));

        assertThat(links).extracting(ProfileParsers.Link::scheme).containsExactly("hysteria2", "tuic", "anytls");
        assertThat(links.get(0).user()).isEqualTo(UUID);
        assertThat(links.get(0).query()).containsEntry("obfs-password", "s3cr3t+obfs").containsEntry("mport", "20000-30000");
        assertThat(links.get(1).user()).isEqualTo(UUID + ":" + UUID);
        assertThat(links.get(1).port()).isEqualTo(8443);
        assertThat(links.get(2).host()).isEqualTo("us1.example.com");
        assertThat(links.get(2).name()).isEqualTo("US AnyTLS");
    }

    @Test
    void the_mihomo_proxies_are_the_example_field_for_field() {
        RenderedProfile profile = render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10");

        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(resource("clash-new.yaml"));
        assertThat(ProfileParsers.clashProxies(profile)).isEqualTo(example.get("proxies"));
        assertThat(ProfileParsers.yaml(profile).get("proxy-groups").toString()).contains("[JP Hy2, SG TUIC, US AnyTLS]");
    }

    @Test
    void mihomo_apps_that_do_not_name_a_core_new_enough_get_no_anytls_and_plain_clash_stash_and_sip008_none_of_the_three() {
        assertThat(ProfileParsers.names(SubscriptionFormat.CLASH_META,
                render(SubscriptionFormat.CLASH_META, "clash-verge/v2.2.0"))).containsExactly("JP Hy2", "SG TUIC");
        assertThat(ProfileParsers.names(SubscriptionFormat.CLASH_META,
                render(SubscriptionFormat.CLASH_META, "mihomo/1.19.2"))).containsExactly("JP Hy2", "SG TUIC");
        assertThat(ProfileParsers.names(SubscriptionFormat.CLASH_META,
                render(SubscriptionFormat.CLASH_META, "Stash/2.6.1 Clash/1.9.0"))).isEmpty();
        assertThat(ProfileParsers.names(SubscriptionFormat.CLASH, render(SubscriptionFormat.CLASH, "ClashforWindows/0.20.39")))
                .isEmpty();
        assertThat(ProfileParsers.names(SubscriptionFormat.SIP008, render(SubscriptionFormat.SIP008, null))).isEmpty();
    }

    @Test
    void sing_box_1_12_gets_the_example_outbounds_field_for_field() {
        JsonNode profile = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "sing-box 1.12.3"));

        assertThat(outbounds(profile)).containsExactlyElementsOf(ProfileParsers.json(resource("singbox-new.json")));
        assertThat(selector(profile)).containsExactly("JP Hy2", "SG TUIC", "US AnyTLS");
    }

    @Test
    void the_same_user_as_sing_box_1_10_1_11_and_1_12_gets_what_each_core_reads() {
        JsonNode example = ProfileParsers.json(resource("singbox-new.json"));
        JsonNode old = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "sing-box 1.10.7"));
        JsonNode sfa = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "SFA/1.11.4 (Android 14; sing-box 1.11.4)"));
        JsonNode unknown = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "hiddify/2.5.7"));

        com.fasterxml.jackson.databind.node.ObjectNode hy2WithoutHopping = example.get(0).deepCopy();
        hy2WithoutHopping.remove(List.of("server_ports", "hop_interval"));
        assertThat(outbounds(old)).containsExactly(hy2WithoutHopping, example.get(1));
        assertThat(selector(old)).containsExactly("JP Hy2", "SG TUIC");
        assertThat(outbounds(sfa)).containsExactly(example.get(0), example.get(1));
        assertThat(selector(sfa)).containsExactly("JP Hy2", "SG TUIC");
        assertThat(outbounds(unknown)).isEqualTo(outbounds(old));
    }

    @Test
    void shadowrocket_gets_hysteria2_and_anytls_links_only_from_the_builds_that_read_them() {
        assertThat(ProfileParsers.names(SubscriptionFormat.BASE64,
                render(SubscriptionFormat.BASE64, "Shadowrocket/1992 CFNetwork/1485"))).containsExactly("SG TUIC");
        assertThat(ProfileParsers.names(SubscriptionFormat.BASE64,
                render(SubscriptionFormat.BASE64, "Shadowrocket/2070 CFNetwork/1485"))).containsExactly("JP Hy2", "SG TUIC");
        assertThat(ProfileParsers.names(SubscriptionFormat.BASE64,
                render(SubscriptionFormat.BASE64, "Shadowrocket/2592 CFNetwork/1485"))).hasSize(3);
    }

    @Test
    void a_tuic_node_that_keeps_the_proxy_password_hands_it_out_beside_the_uuid() {
        Node passwd = node(23, 0, "TUIC passwd", "sg1.example.com", Node.SORT_TUIC,
                "{\"offset_port_node\":\"8443\",\"credential\":\"passwd\",\"alpn\":[\"h3\",\"spdy/3.1\"]}");

        String link = NodeConnection.of(passwd, USER).orElseThrow().link();

        assertThat(link).startsWith("tuic://" + UUID + ":p%40ss%20w0rd@sg1.example.com:8443?sni=sg1.example.com"
                + "&alpn=h3%2Cspdy%2F3.1&congestion_control=bbr&udp_relay_mode=native#");
        assertThat(ProfileParsers.link(link).user()).isEqualTo(UUID + ":p@ss w0rd");
    }

    /** A Hysteria2 node these clients can read (no obfuscation), with hop ports they leave out. */
    private static final List<Node> PLAIN = List.of(
            node(24, 0, "JP Hy2 plain", "jp1.example.com", Node.SORT_HYSTERIA2,
                    "{\"offset_port_node\":\"443\",\"hop_ports\":\"20000-30000\"}"),
            NODES.get(0), NODES.get(1), NODES.get(2));

    private static RenderedProfile versioned(SubscriptionFormat format, String userAgent) {
        return Profiles.render(format, PLAIN, USER, Optional.empty(),
                new ProfileClient(ClientVersion.in(userAgent), "https://panel.example.com/sub/T?target=surge", 86_400),
                ProtocolGates.of(null, userAgent));
    }

    @Test
    void surge_and_loon_get_hysteria2_without_obfuscation_from_the_builds_that_read_it_and_never_tuic_or_anytls() {
        String surge = text(versioned(SubscriptionFormat.SURGE, "Surge iOS/2398"));
        assertThat(surge).contains("\nJP Hy2 plain = hysteria2, jp1.example.com, 443, password=" + UUID
                + ", sni=jp1.example.com, udp-relay=true\n");
        assertThat(surge).contains("Proxy = select, JP Hy2 plain\n").doesNotContain("SG TUIC", "US AnyTLS", "JP Hy2,");
        assertThat(ProfileParsers.names(SubscriptionFormat.SURGE, versioned(SubscriptionFormat.SURGE, "Surge iOS/2397")))
                .isEmpty();

        assertThat(text(versioned(SubscriptionFormat.LOON, "Loon/637 CFNetwork/1485"))).isEqualTo("JP Hy2 plain=Hysteria2,"
                + "jp1.example.com,443," + UUID + ",sni=jp1.example.com,skip-cert-verify=false,udp=true\n");
        assertThat(text(versioned(SubscriptionFormat.LOON, "Loon/636 CFNetwork/1485"))).isEmpty();
        assertThat(text(versioned(SubscriptionFormat.QUANTUMULT_X, "Quantumult%20X/1.5.2"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void stash_gets_tuic_from_2_3_hysteria2_with_auth_from_2_5_and_anytls_from_3_3() {
        assertThat(ProfileParsers.names(SubscriptionFormat.STASH, versioned(SubscriptionFormat.STASH, "Stash/2.2.0")))
                .isEmpty();
        assertThat(ProfileParsers.names(SubscriptionFormat.STASH, versioned(SubscriptionFormat.STASH, "Stash/2.3.0")))
                .containsExactly("SG TUIC");
        assertThat(ProfileParsers.names(SubscriptionFormat.STASH, versioned(SubscriptionFormat.STASH, "Stash/2.6.1 Clash/1.9.0")))
                .containsExactly("JP Hy2", "JP Hy2 plain", "SG TUIC");
        List<Map<String, Object>> proxies = ProfileParsers.clashProxies(versioned(SubscriptionFormat.STASH, "Stash/3.3.0"));
        assertThat(proxies).extracting(proxy -> proxy.get("name")).containsExactly("JP Hy2", "JP Hy2 plain", "SG TUIC",
                "US AnyTLS");
        Map<String, Object> hy2 = proxies.get(0);
        assertThat(hy2).containsEntry("type", "hysteria2").containsEntry("auth", UUID).containsEntry("obfs", "salamander")
                .containsEntry("obfs-password", "s3cr3t+obfs").containsEntry("port", 443)
                .doesNotContainKeys("password", "ports", "hop-interval");
        assertThat(proxies.get(2)).containsEntry("version", 5).containsEntry("uuid", UUID).containsEntry("password", UUID);
        assertThat(proxies.get(3)).containsEntry("type", "anytls").containsEntry("password", UUID)
                .containsEntry("sni", "us1.example.com");
    }

    private static List<JsonNode> outbounds(JsonNode profile) {
        List<JsonNode> nodes = new ArrayList<>();
        profile.get("outbounds").forEach(outbound -> {
            if (!List.of("selector", "direct").contains(outbound.get("type").asText())) {
                nodes.add(outbound);
            }
        });
        return nodes;
    }

    private static List<String> selector(JsonNode profile) {
        List<String> tags = new ArrayList<>();
        profile.get("outbounds").get(0).get("outbounds").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }
}
