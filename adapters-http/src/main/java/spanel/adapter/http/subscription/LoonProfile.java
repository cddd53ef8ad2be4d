package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.List;

/** Loon node lines, one a node, in plain text: a node list Loon imports as a subscription. */
final class LoonProfile {

    private LoonProfile() {
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
            default -> throw new IllegalArgumentException("Loon has no line for " + node.protocol());
        }
        return node.name() + "=" + String.join(",", fields);
    }
}
