package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loon node lines, one a node, in plain text: a node list Loon imports as a subscription. */
final class LoonProfile {

    /** The first Loon build that reads Hysteria2. */
    static final int HYSTERIA2_SINCE = 637;

    private LoonProfile() {
    }

    /** Whether Loon of this build can read the node: Xboard's line formats, and Hysteria2 from build 637. */
    static boolean supports(ProfileNode node, Optional<ClientVersion> version) {
        return LineFields.writable(node) || LineFields.writableHysteria2(node, version, HYSTERIA2_SINCE);
    }

    static String line(ProfileNode node) {
        List<String> fields = new ArrayList<>();
        String port = Integer.toString(node.port());
        switch (node.protocol()) {
            case SHADOWSOCKS -> fields.addAll(List.of("Shadowsocks", node.server(), port, node.cipher(),
                    node.password(), "fast-open=false", "udp=true"));
            case VMESS -> {
                fields.addAll(List.of("vmess", node.server(), port, "auto", node.uuid(), "fast-open=false", "udp=true",
                        "alterId=0"));
                if (node.tls().enabled()) {
                    fields.addAll(List.of("over-tls=true", "tls-name=" + node.tls().sni(), "skip-cert-verify=false"));
                }
                ProfileNode.Transport transport = node.transport();
                if (transport.network().equals("ws")) {
                    fields.addAll(List.of("transport=ws", "path=" + transport.path()));
                    if (!transport.host().isEmpty()) {
                        fields.add("host=" + transport.host());
                    }
                }
            }
            case TROJAN -> fields.addAll(List.of("trojan", node.server(), port, node.password(),
                    "tls-name=" + node.tls().sni(), "skip-cert-verify=false"));
            case HYSTERIA2 -> fields.addAll(List.of("Hysteria2", node.server(), port, node.password(),
                    "sni=" + node.tls().sni(), "skip-cert-verify=false", "udp=true"));
            default -> throw new IllegalArgumentException("Loon has no line for " + node.protocol());
        }
        return node.name() + "=" + String.join(",", fields);
    }
}
