package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.UUID;
import static spanel.adapter.http.subscription.ExampleNodes.resource;
import static spanel.adapter.http.subscription.ExampleNodes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.domain.node.Node;

/**
 * Surge, Quantumult X and Loon: the worked examples byte for byte, and each line read back by a
 * plain comma-and-equals reader (the way these clients split a line), with what cannot be written
 * safely left out.
 */
class LineFormatsTest {

    /** The user of the line-format example: a proxy password without spaces. */
    static final SubscriptionUser USER = new SubscriptionUser(UUID, "pA55w0rd", "aes-128-gcm");
    private static final ProfileClient SURGE = new ProfileClient(Optional.empty(),
            "https://panel.example.com/sub/TOKEN?target=surge", 86_400);

    /** The six example nodes with the first renamed, as the documented line-format example takes them. */
    static List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(ExampleNodes.all());
        nodes.set(0, ExampleNodes.node(1, 0, "HK SS", 0, "{}"));
        return nodes;
    }

    private static RenderedProfile render(SubscriptionFormat format, List<Node> nodes) {
        return Profiles.render(format, nodes, USER, Optional.empty(), SURGE);
    }

    @Test
    void theSurgeProfileIsTheExampleByteForByte() {
        RenderedProfile profile = render(SubscriptionFormat.SURGE, nodes());

        assertThat(text(profile)).isEqualTo(resource("surge.conf"));
        assertThat(profile.contentType()).isEqualTo("application/octet-stream");
        assertThat(profile.fileExtension()).isEqualTo("conf");
    }

    @Test
    void theQuantumultXLinesAreTheExampleByteForByte() {
        RenderedProfile profile = render(SubscriptionFormat.QUANTUMULT_X, nodes());

        assertThat(text(profile)).isEqualTo(resource("quanx.txt"));
        assertThat(profile.contentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void theLoonLinesAreTheExampleByteForByte() {
        RenderedProfile profile = render(SubscriptionFormat.LOON, nodes());

        assertThat(text(profile)).isEqualTo(resource("loon.txt"));
    }

    @Test
    void eachLineReadsBackToTheNodesCredentialsAndEndpoint() {
        Map<String, Map<String, String>> surge = surgeProxies(text(render(SubscriptionFormat.SURGE, nodes())));
        assertThat(surge.keySet()).containsExactly("HK SS", "HK VMess WS", "HK Trojan");
        assertThat(surge.get("HK SS")).containsEntry("0", "ss").containsEntry("1", "hk1.example.com")
                .containsEntry("2", "443").containsEntry("password", "pA55w0rd");
        assertThat(surge.get("HK VMess WS")).containsEntry("username", UUID).containsEntry("ws-path", "/ray");
        assertThat(surge.get("HK Trojan")).containsEntry("password", UUID).containsEntry("sni", "hk1.example.com");

        for (String line : text(render(SubscriptionFormat.QUANTUMULT_X, nodes())).split("\n")) {
            Map<String, String> fields = fields(line, ", ");
            assertThat(fields.get("tag")).isIn("HK SS", "HK VMess WS", "HK Trojan");
            assertThat(fields.get("password")).isIn("pA55w0rd", UUID);
            assertThat(fields.getOrDefault("shadowsocks", fields.getOrDefault("vmess", fields.get("trojan"))))
                    .isEqualTo("hk1.example.com:443");
        }
        for (String line : text(render(SubscriptionFormat.LOON, nodes())).split("\n")) {
            String[] nameAndRest = line.split("=", 2);
            List<String> parts = Arrays.asList(nameAndRest[1].split(","));
            assertThat(nameAndRest[0]).isIn("HK SS", "HK VMess WS", "HK Trojan");
            assertThat(parts.subList(1, 3)).containsExactly("hk1.example.com", "443");
            assertThat(parts).containsAnyOf("pA55w0rd", UUID);
        }
    }

    @Test
    void whatALineCannotCarryIsLeftOutAndNeverSplitsALine() {
        List<Node> awkward = List.of(
                ExampleNodes.node(1, 0, "A, B", 0, "{}"),
                ExampleNodes.node(2, 0, "x=y", 0, "{}"),
                ExampleNodes.node(3, 0, "# comment", 0, "{}"),
                ExampleNodes.node(4, 0, "IPv6", "2001:db8::1", 0, "{}"),
                ExampleNodes.node(5, 0, "Old cipher", 0, "{\"method\":\"rc4-md5\"}"),
                ExampleNodes.node(6, 0, "gRPC", Node.SORT_VMESS, "{\"network\":\"grpc\",\"servicename\":\"s\"}"),
                ExampleNodes.node(7, 0, "Comma path", Node.SORT_VMESS, "{\"network\":\"ws\",\"path\":\"/a,b\"}"),
                ExampleNodes.node(8, 0, "Kept 香港 #1", 0, "{}"));

        for (SubscriptionFormat format : List.of(SubscriptionFormat.SURGE, SubscriptionFormat.QUANTUMULT_X,
                SubscriptionFormat.LOON)) {
            String body = text(render(format, awkward));
            assertThat(body).as(format.name()).contains("Kept 香港 #1")
                    .doesNotContain("A, B", "x=y", "# comment", "2001:db8", "rc4-md5", "gRPC", "Comma path");
        }
        SubscriptionUser commaPassword = new SubscriptionUser(UUID, "a,b", "aes-128-gcm");
        assertThat(text(Profiles.render(SubscriptionFormat.LOON, List.of(ExampleNodes.node(1, 0, "SS", 0, "{}")),
                commaPassword, Optional.empty(), SURGE))).isEmpty();
    }

    @Test
    void surgeWithNoNodesStillLoads() {
        assertThat(text(render(SubscriptionFormat.SURGE, List.of())))
                .contains("[Proxy]\n\n[Proxy Group]\nProxy = select, DIRECT\n").endsWith("FINAL,Proxy\n");
    }

    /** Surge's [Proxy] section: name, then positional fields under "0", "1", … and key=value fields. */
    private static Map<String, Map<String, String>> surgeProxies(String profile) {
        String section = profile.substring(profile.indexOf("[Proxy]\n") + 8, profile.indexOf("\n\n[Proxy Group]"));
        Map<String, Map<String, String>> proxies = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            String[] nameAndRest = line.split(" = ", 2);
            proxies.put(nameAndRest[0], fields(nameAndRest[1], ", "));
        }
        return proxies;
    }

    private static Map<String, String> fields(String text, String separator) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] parts = text.split(separator);
        for (int i = 0; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                fields.put(Integer.toString(i), parts[i]);
            } else {
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        return fields;
    }
}
