package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.node;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import spanel.domain.node.Node;

/**
 * The templates the mihomo and sing-box profiles are built from: the defaults read back field for
 * field, sing-box's DNS and route in the form each core reads, an operator's folder replacing them,
 * a broken one falling back with a log line, and node names that stay names whatever they hold.
 */
class ProfileTemplatesTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(ProfileTemplates.class)).addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(ProfileTemplates.class)).detachAppender(logged);
    }

    private static RenderedProfile render(SubscriptionFormat format, List<Node> nodes, String userAgent,
            ProfileTemplates templates, List<String> infoEntries) {
        return Profiles.render(format, nodes, USER, Optional.empty(),
                new ProfileClient(ClientVersion.in(userAgent), "", 86_400, infoEntries), ProtocolGates.of(null, userAgent),
                templates);
    }

    private static RenderedProfile render(SubscriptionFormat format, String userAgent, ProfileTemplates templates) {
        return render(format, ExampleNodes.all(), userAgent, templates, List.of());
    }

    private static final List<String> NAMES = List.of("HK #1 🇭🇰", "HK SS2022", "HK VMess WS", "HK VLESS Reality",
            "HK Trojan", "HK VLESS WS");

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultMihomoProfileHasAnAutomaticAndAManualGroupPrivateAddressesDirectAndFakeIpDnsThroughTheRules() {
        RenderedProfile profile = render(SubscriptionFormat.CLASH_META, ExampleNodes.all(), "mihomo/1.19.10",
                ProfileTemplates.defaults(), List.of("Traffic left: 1.00 GB"));
        Map<String, Object> document = ProfileParsers.yaml(profile);

        List<Map<String, Object>> proxies = (List<Map<String, Object>>) document.get("proxies");
        assertThat(proxies.subList(1, proxies.size()))
                .isEqualTo(ProfileParsers.yaml(ExampleNodes.resource("clash.yaml")).get("proxies"));
        List<String> all = new ArrayList<>(List.of("Traffic left: 1.00 GB"));
        all.addAll(NAMES);
        List<String> manual = new ArrayList<>(List.of("Auto"));
        manual.addAll(all);
        assertThat(document.get("proxy-groups")).isEqualTo(List.of(
                Map.of("name", "Proxy", "type", "select", "proxies", manual),
                Map.of("name", "Auto", "type", "url-test", "proxies", NAMES, "url", "https://www.gstatic.com/generate_204",
                        "interval", 300, "tolerance", 50, "lazy", true)));
        Map<String, Object> dns = (Map<String, Object>) document.get("dns");
        assertThat(dns).containsEntry("enable", true).containsEntry("enhanced-mode", "fake-ip")
                .containsEntry("respect-rules", true);
        assertThat((List<String>) dns.get("proxy-server-nameserver")).isNotEmpty();
        assertThat((List<String>) dns.get("nameserver")).allMatch(server -> server.startsWith("https://"));
        List<String> rules = (List<String>) document.get("rules");
        assertThat(rules).contains("IP-CIDR,192.168.0.0/16,DIRECT,no-resolve", "IP-CIDR,10.0.0.0/8,DIRECT,no-resolve",
                "IP-CIDR,127.0.0.0/8,DIRECT,no-resolve", "IP-CIDR6,fc00::/7,DIRECT,no-resolve", "DOMAIN-SUFFIX,local,DIRECT");
        assertThat(rules.getLast()).isEqualTo("MATCH,Proxy");
    }

    @Test
    void plainClashAndStashKeepTheMinimalProfile() {
        for (SubscriptionFormat format : List.of(SubscriptionFormat.CLASH, SubscriptionFormat.STASH)) {
            Map<String, Object> document = ProfileParsers.yaml(render(format, "Stash/3.1.0", ProfileTemplates.defaults()));

            assertThat(document.keySet()).as(format.name()).containsExactly("proxies", "proxy-groups", "rules");
        }
    }

    @Test
    void theDefaultSingBoxProfileSelectsByHandOrByHealthCheckAndSendsPrivateAddressesDirect() {
        JsonNode profile = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, ExampleNodes.all(), "sing-box 1.12.3",
                ProfileTemplates.defaults(), List.of("Expires: 2027-01-01")));

        JsonNode outbounds = profile.get("outbounds");
        assertThat(outbounds.get(0).toString()).isEqualTo(ProfileParsers.json("{\"type\":\"selector\",\"tag\":\"proxy\","
                + "\"outbounds\":[\"auto\",\"Expires: 2027-01-01\",\"HK #1 🇭🇰\",\"HK SS2022\",\"HK VMess WS\","
                + "\"HK VLESS Reality\",\"HK Trojan\",\"HK VLESS WS\"],\"default\":\"auto\"}").toString());
        assertThat(outbounds.get(1).get("type").asText()).isEqualTo("urltest");
        assertThat(outbounds.get(1).get("outbounds")).extracting(JsonNode::asText).isEqualTo(NAMES);
        assertThat(outbounds.get(1).get("url").asText()).startsWith("https://");
        List<JsonNode> nodes = new ArrayList<>();
        outbounds.forEach(nodes::add);
        JsonNode example = ProfileParsers.json(ExampleNodes.resource("singbox.json")).get("outbounds");
        // the example's node outbounds, after the info entry, in order
        for (int i = 1; i <= NAMES.size(); i++) {
            assertThat(nodes.get(2 + i)).isEqualTo(example.get(i));
        }
        assertThat(nodes.getLast().toString()).isEqualTo("{\"type\":\"direct\",\"tag\":\"direct\"}");
        assertThat(profile.get("route").get("final").asText()).isEqualTo("proxy");
        assertThat(profile.get("route").get("rules").toString())
                .contains("{\"ip_is_private\":true,\"action\":\"route\",\"outbound\":\"direct\"}");
        assertThat(profile.get("dns").get("final").asText()).isEqualTo("remote");
        assertThat(profile.get("dns").get("servers").get(0).get("detour").asText()).isEqualTo("proxy");
    }

    @Test
    void singBox112AndNewerGetTypedDnsServersAndRuleActionsAndNoSpecialOutbounds() {
        for (String userAgent : List.of("sing-box 1.12.3", "SFI/1.13.0 (iOS; sing-box 1.13.0)")) {
            JsonNode profile = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, userAgent, ProfileTemplates.defaults()));

            assertThat(profile.get("dns").get("servers").toString()).as(userAgent).isEqualTo("[{\"type\":\"https\","
                    + "\"tag\":\"remote\",\"server\":\"1.1.1.1\",\"detour\":\"proxy\"},{\"type\":\"local\",\"tag\":\"local\"}]");
            assertThat(profile.get("route").get("default_domain_resolver").asText()).isEqualTo("local");
            assertThat(profile.get("route").get("rules").get(0).toString()).isEqualTo("{\"action\":\"sniff\"}");
            assertThat(profile.get("route").get("rules").get(1).toString())
                    .isEqualTo("{\"protocol\":\"dns\",\"action\":\"hijack-dns\"}");
            assertThat(types(profile)).doesNotContain("block", "dns");
            profile.get("inbounds").forEach(inbound -> assertThat(inbound.has("sniff")).isFalse());
        }
    }

    @Test
    void singBox111GetsAddressDnsServersAndAnOutboundAnyRuleButKeepsRuleActions() {
        JsonNode profile = ProfileParsers.json(render(SubscriptionFormat.SINGBOX,
                "SFA/1.11.4 (Android 14; sing-box 1.11.4)", ProfileTemplates.defaults()));

        assertThat(profile.get("dns").get("servers").toString()).isEqualTo("[{\"tag\":\"remote\","
                + "\"address\":\"https://1.1.1.1/dns-query\",\"detour\":\"proxy\"},{\"tag\":\"local\",\"address\":\"local\"}]");
        assertThat(profile.get("dns").get("rules").get(0).toString())
                .isEqualTo("{\"outbound\":\"any\",\"action\":\"route\",\"server\":\"local\"}");
        assertThat(profile.get("route").has("default_domain_resolver")).isFalse();
        assertThat(profile.get("route").get("rules").get(1).toString())
                .isEqualTo("{\"protocol\":\"dns\",\"action\":\"hijack-dns\"}");
        assertThat(types(profile)).doesNotContain("block", "dns");
    }

    @Test
    void singBox110GetsTheDnsOutboundAndInboundSniffingAndNoRuleActionAnywhere() {
        for (String userAgent : List.of("sing-box 1.10.7", "SFA/1.10.1 (Android 14; sing-box 1.10.1)")) {
            RenderedProfile rendered = render(SubscriptionFormat.SINGBOX, userAgent, ProfileTemplates.defaults());
            JsonNode profile = ProfileParsers.json(rendered);

            assertThat(ExampleNodes.text(rendered)).as(userAgent).doesNotContain("\"action\"", "domain_resolver");
            assertThat(profile.get("dns").get("servers").get(0).get("address").asText()).isEqualTo("https://1.1.1.1/dns-query");
            assertThat(profile.get("dns").get("rules").get(0).toString())
                    .isEqualTo("{\"outbound\":\"any\",\"server\":\"local\"}");
            assertThat(profile.get("route").get("rules").get(0).toString())
                    .isEqualTo("{\"protocol\":\"dns\",\"outbound\":\"dns-out\"}");
            assertThat(profile.get("route").get("rules").get(1).toString())
                    .isEqualTo("{\"ip_is_private\":true,\"outbound\":\"direct\"}");
            assertThat(profile.get("outbounds").toString()).contains("{\"type\":\"dns\",\"tag\":\"dns-out\"}");
            profile.get("inbounds").forEach(inbound -> assertThat(inbound.get("sniff").asBoolean()).isTrue());
        }
    }

    @Test
    void aSingBoxCoreThatDoesNotNameItsVersionGetsOnlyTheNodesSinceNoFormSuitsEveryCore() {
        for (String userAgent : List.of("hiddify/2.5.7", "")) {
            RenderedProfile rendered = render(SubscriptionFormat.SINGBOX, userAgent, ProfileTemplates.defaults());

            assertThat(ProfileParsers.json(rendered)).as(userAgent).isEqualTo(ProfileParsers.json(
                    ExampleNodes.resource("singbox.json")));
        }
    }

    @Test
    void anOperatorsTemplatesFromTheFolderReplaceTheDefaults(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("clash.yaml"), """
                dns: {enable: true, enhanced-mode: redir-host, nameserver: [tls://9.9.9.9]}
                proxies:
                  - {name: Home, type: socks5, server: 192.168.1.2, port: 1080}
                proxy-groups:
                  - {name: Streaming, type: fallback, proxies: [$nodes], url: "https://example.com/204", interval: 600}
                  - {name: Everything, type: select, proxies: [Streaming, Home, $nodes, DIRECT]}
                rules: ["DOMAIN-SUFFIX,example.org,Streaming", "MATCH,Everything"]
                """);
        Files.writeString(folder.resolve("singbox.json"), """
                {"dns": {"servers": [{"type": "tls", "tag": "quad9", "server": "9.9.9.9", "detour": "pick"}], "final": "quad9"},
                 "outbounds": [{"type": "direct", "tag": "out"}, {"type": "selector", "tag": "pick", "outbounds": ["$nodes"]}],
                 "route": {"rules": [{"domain_suffix": ["example.org"], "action": "reject"}], "final": "pick"}}
                """);
        ProfileTemplates templates = ProfileTemplates.from(folder);

        Map<String, Object> clash = ProfileParsers.yaml(render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", templates));
        assertThat(clash.get("dns")).isEqualTo(Map.of("enable", true, "enhanced-mode", "redir-host",
                "nameserver", List.of("tls://9.9.9.9")));
        assertThat(ProfileParsers.names(SubscriptionFormat.CLASH_META,
                render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", templates))).first().isEqualTo("Home");
        List<String> everything = new ArrayList<>(List.of("Streaming", "Home"));
        everything.addAll(NAMES);
        everything.add("DIRECT");
        assertThat(clash.get("proxy-groups").toString()).contains("proxies=" + NAMES,
                "proxies=" + everything);
        assertThat(clash.get("rules")).isEqualTo(List.of("DOMAIN-SUFFIX,example.org,Streaming", "MATCH,Everything"));

        JsonNode modern = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "sing-box 1.12.3", templates));
        assertThat(modern.get("outbounds").get(1).get("outbounds")).extracting(JsonNode::asText).isEqualTo(NAMES);
        assertThat(modern.get("outbounds").size()).isEqualTo(2 + NAMES.size());
        assertThat(modern.get("route").get("rules").get(0).get("action").asText()).isEqualTo("reject");
        JsonNode old = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, "sing-box 1.10.7", templates));
        assertThat(old.get("dns").get("servers").toString())
                .isEqualTo("[{\"tag\":\"quad9\",\"address\":\"tls://9.9.9.9\",\"detour\":\"pick\"}]");
        assertThat(old.get("route").get("rules").get(0).toString())
                .isEqualTo("{\"domain_suffix\":[\"example.org\"],\"outbound\":\"block\"}");
        assertThat(old.get("outbounds").toString()).contains("{\"type\":\"block\",\"tag\":\"block\"}");
        assertThat(messages()).anyMatch(line -> line.contains("clash.yaml is in use"))
                .anyMatch(line -> line.contains("singbox.json is in use"));
    }

    @Test
    void aFolderWithoutTemplatesServesTheDefaults(@TempDir Path folder) {
        ProfileTemplates templates = ProfileTemplates.from(folder.resolve("absent"));

        assertThat(render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", templates).body())
                .isEqualTo(render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", ProfileTemplates.defaults()).body());
        assertThat(messages()).isEmpty();
    }

    @Test
    void aBrokenTemplateFallsBackToTheDefaultWithALogLineSayingWhy(@TempDir Path folder) throws IOException {
        List<String[]> broken = List.of(
                new String[] {"proxies: [unclosed", "{\"outbounds\": [", "not YAML", "not JSON"},
                new String[] {"proxy-groups:\n  - {name: Only, type: select, proxies: [DIRECT]}\n",
                    "{\"outbounds\": [{\"type\": \"direct\", \"tag\": \"direct\"}]}", "no proxy group lists $nodes",
                    "no outbound lists $nodes"},
                new String[] {"- just\n- a list\n", "{\"dns\": {\"servers\": [{\"type\": \"tailscale\", \"tag\": \"ts\"}]},"
                    + " \"outbounds\": [{\"type\": \"selector\", \"tag\": \"p\", \"outbounds\": [\"$nodes\"]},"
                    + " {\"type\": \"direct\", \"tag\": \"direct\"}]}", "the document is not a mapping",
                    "a DNS server of type tailscale has no form before sing-box 1.12"},
                new String[] {"proxy-groups:\n  - {name: P, type: select, proxies: [$nodes]}\nrules: [{a: b}]\n",
                    "{\"outbounds\": [{\"type\": \"selector\", \"tag\": \"p\", \"outbounds\": [\"$nodes\"]}]}",
                    "rules holds something other than strings", "no outbound of type direct"});
        for (String[] files : broken) {
            logged.list.clear();
            Files.writeString(folder.resolve("clash.yaml"), files[0]);
            Files.writeString(folder.resolve("singbox.json"), files[1]);

            ProfileTemplates templates = ProfileTemplates.from(folder);

            assertThat(render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", templates).body()).as(files[2])
                    .isEqualTo(render(SubscriptionFormat.CLASH_META, "mihomo/1.19.10", ProfileTemplates.defaults()).body());
            for (String core : List.of("sing-box 1.10.7", "sing-box 1.12.3")) {
                assertThat(render(SubscriptionFormat.SINGBOX, core, templates).body()).as(files[3])
                        .isEqualTo(render(SubscriptionFormat.SINGBOX, core, ProfileTemplates.defaults()).body());
            }
            assertThat(messages()).as(files[2]).anyMatch(line -> line.contains("clash.yaml is not usable: " + files[2])
                    && line.endsWith("the default one serves instead"));
            assertThat(messages()).as(files[3]).anyMatch(line -> line.contains("singbox.json is not usable: " + files[3]));
        }
    }

    @Test
    void hostileNodeNamesStayNamesInEveryTemplatedProfile() {
        List<String> hostile = List.of("x\"\n  - MATCH,DIRECT", "\"], \"outbounds\": [\"direct", "{type: direct}", "*alias",
                "&anchor", "!!binary", "- item", "# comment", "key: value", "$nodes", "Auto", "proxy", "true", "1e3", "0x1F",
                "'quoted'", "tag\\\\u0000");
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            nodes.add(node(300 + i, 0, hostile.get(i), 0, "{}"));
        }
        List<String> expected = new ArrayList<>(hostile.stream().map(Names::safe).toList());
        for (SubscriptionFormat format : List.of(SubscriptionFormat.CLASH_META, SubscriptionFormat.SINGBOX)) {
            for (String userAgent : List.of("mihomo/1.19.10 sing-box 1.12.3", "sing-box 1.10.7")) {
                RenderedProfile profile = render(format, nodes, userAgent, ProfileTemplates.defaults(), List.of());

                List<String> names = ProfileParsers.names(format, profile);
                List<String> own = names.stream().filter(name -> !List.of("auto", "dns-out").contains(name)).toList();
                assertThat(own).as("%s %s", format, userAgent).hasSize(hostile.size());
                assertThat(own).containsAll(expected.stream().filter(name -> !List.of("Auto", "proxy").contains(name))
                        .toList());
                if (format == SubscriptionFormat.CLASH_META) {
                    Map<String, Object> document = ProfileParsers.yaml(profile);
                    assertThat(own).contains("Auto (2)");
                    assertThat(document.get("rules").toString()).doesNotContain("MATCH,DIRECT");
                    assertThat(((List<?>) document.get("proxy-groups"))).hasSize(2);
                } else {
                    assertThat(own).contains("proxy (2)");
                    assertThat(ProfileParsers.json(profile).get("outbounds").get(0).get("tag").asText()).isEqualTo("proxy");
                }
            }
        }
    }

    @Test
    void withNoNodesEveryGroupStillListsSomething() {
        Map<String, Object> clash = ProfileParsers.yaml(render(SubscriptionFormat.CLASH_META, List.of(), "mihomo/1.19.10",
                ProfileTemplates.defaults(), List.of()));
        assertThat(clash.get("proxies")).isEqualTo(List.of());
        assertThat(clash.get("proxy-groups").toString()).contains("proxies=[Auto]", "proxies=[DIRECT]");

        JsonNode singBox = ProfileParsers.json(render(SubscriptionFormat.SINGBOX, List.of(), "sing-box 1.12.3",
                ProfileTemplates.defaults(), List.of()));
        assertThat(singBox.get("outbounds").get(0).get("outbounds").toString()).isEqualTo("[\"auto\"]");
        assertThat(singBox.get("outbounds").get(1).get("outbounds").toString()).isEqualTo("[\"direct\"]");
    }

    private static List<String> types(JsonNode profile) {
        List<String> types = new ArrayList<>();
        profile.get("outbounds").forEach(outbound -> types.add(outbound.get("type").asText()));
        return types;
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
