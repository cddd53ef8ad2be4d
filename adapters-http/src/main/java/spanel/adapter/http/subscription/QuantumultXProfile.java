package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * Quantumult X server lines, one a node, in plain text (it reads them so as well as in base64).
 * TLS is always verified; WebSocket's Host doubles as the TLS name, as Quantumult X has one field
 * for both.
 */
final class QuantumultXProfile {

    private QuantumultXProfile() {
    }

    static String line(ProfileNode node) {
        String at = node.server() + ":" + node.port();
        List<String> fields = new ArrayList<>();
        switch (node.protocol()) {
            case SHADOWSOCKS -> fields.addAll(List.of("shadowsocks=" + at, "method=" + node.cipher(),
                    "password=" + node.password()));
            case VMESS -> {
                fields.addAll(List.of("vmess=" + at, "method=auto", "password=" + node.uuid()));
                ProfileNode.Transport transport = node.transport();
                boolean tls = node.tls().enabled();
                if (transport.network().equals("ws")) {
                    fields.add(tls ? "obfs=wss" : "obfs=ws");
                    fields.add("obfs-uri=" + transport.path());
                    String host = transport.host().isEmpty() ? node.tls().sni() : transport.host();
                    if (!host.isEmpty()) {
                        fields.add("obfs-host=" + host);
                    }
                } else if (tls) {
                    fields.add("obfs=over-tls");
                    fields.add("obfs-host=" + node.tls().sni());
                }
                if (tls) {
                    fields.add("tls-verification=true");
                }
            }
            case TROJAN -> fields.addAll(List.of("trojan=" + at, "password=" + node.password(), "over-tls=true",
                    "tls-host=" + node.tls().sni(), "tls-verification=true"));
            default -> throw new IllegalArgumentException("Quantumult X has no line for " + node.protocol());
        }
        fields.addAll(List.of("fast-open=false", "udp-relay=true", "tag=" + node.name()));
        return String.join(", ", fields);
    }
}
