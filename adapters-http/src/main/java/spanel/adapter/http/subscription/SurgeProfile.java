package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A whole Surge profile: the managed-config line that makes Surge refresh it from this
 * subscription ({@code strict=false}: a panel that does not answer must not stop a working
 * profile), then {@code [Proxy]}, one select group and {@code FINAL}.
 */
final class SurgeProfile {

    static final String GROUP = "Proxy";
    /** The first Surge build (iOS) that reads Hysteria2. */
    static final int HYSTERIA2_SINCE = 2398;
    static final Set<String> RESERVED = Set.of(GROUP, "DIRECT", "REJECT", "REJECT-TINYGIF");

    private SurgeProfile() {
    }

    /** Whether Surge of this build can read the node: Xboard's line formats, and Hysteria2 from build 2398. */
    static boolean supports(ProfileNode node, Optional<ClientVersion> version) {
        return LineFields.writable(node) || LineFields.writableHysteria2(node, version, HYSTERIA2_SINCE);
    }

    static byte[] body(List<ProfileNode> nodes, String managedUrl, long intervalSeconds) {
        StringBuilder out = new StringBuilder("#!MANAGED-CONFIG ").append(managedUrl).append(" interval=")
                .append(intervalSeconds).append(" strict=false\n\n[Proxy]\n");
        nodes.forEach(node -> out.append(line(node)).append('\n'));
        List<String> members = nodes.isEmpty() ? List.of("DIRECT") : nodes.stream().map(ProfileNode::name).toList();
        out.append("\n[Proxy Group]\n").append(GROUP).append(" = select, ").append(String.join(", ", members))
                .append("\n\n[Rule]\nFINAL,").append(GROUP).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String line(ProfileNode node) {
        List<String> fields = new ArrayList<>();
        switch (node.protocol()) {
            case SHADOWSOCKS -> {
                fields.addAll(List.of("ss", node.server(), Integer.toString(node.port()),
                        "encrypt-method=" + node.cipher(), "password=" + node.password(), "udp-relay=true"));
            }
            case VMESS -> {
                fields.addAll(List.of("vmess", node.server(), Integer.toString(node.port()), "username=" + node.uuid(),
                        "vmess-aead=true"));
                tls(fields, node);
                ProfileNode.Transport transport = node.transport();
                if (transport.network().equals("ws")) {
                    fields.add("ws=true");
                    fields.add("ws-path=" + transport.path());
                    if (!transport.host().isEmpty()) {
                        fields.add("ws-headers=Host:" + transport.host());
                    }
                }
            }
            case TROJAN -> {
                fields.addAll(List.of("trojan", node.server(), Integer.toString(node.port()),
                        "password=" + node.password(), "sni=" + node.tls().sni()));
            }
            case HYSTERIA2 -> fields.addAll(List.of("hysteria2", node.server(), Integer.toString(node.port()),
                    "password=" + node.password(), "sni=" + node.tls().sni(), "udp-relay=true"));
            default -> throw new IllegalArgumentException("Surge has no line for " + node.protocol());
        }
        return node.name() + " = " + String.join(", ", fields);
    }

    private static void tls(List<String> fields, ProfileNode node) {
        if (node.tls().enabled()) {
            fields.add("tls=true");
            fields.add("sni=" + node.tls().sni());
        }
    }
}
