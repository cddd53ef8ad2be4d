package spanel.adapter.http.subscription;

import java.util.List;

/**
 * sing-box outbounds, one per node, put into a {@link SingBoxTemplate} and written by Jackson. Tags
 * are unique (sing-box refuses to start on a duplicate), and no node may take a tag the template
 * uses.
 */
final class SingBoxProfile {

    private SingBoxProfile() {
    }

    /**
     * The profile for this core: the template with one outbound per node, in the form the core
     * reads; Hysteria2's server_ports and hop_interval only for cores (1.11 and newer) that read them.
     */
    static byte[] body(List<ProfileNode> nodes, ProtocolGates gates, ProfileTemplates templates) {
        boolean hopsPorts = gates.singBoxHopsPorts();
        return templates.singBox(nodes, nodes.stream().map(node -> outbound(node, hopsPorts)).toList(), gates.singBox());
    }

    private static FlowMap outbound(ProfileNode node, boolean hopsPorts) {
        FlowMap outbound = new FlowMap().put("type", switch (node.protocol()) {
            case SHADOWSOCKS, SHADOWSOCKS_2022 -> "shadowsocks";
            case VMESS -> "vmess";
            case VLESS -> "vless";
            case TROJAN -> "trojan";
            case HYSTERIA2 -> "hysteria2";
            case TUIC -> "tuic";
            case ANYTLS -> "anytls";
        }).put("tag", node.name()).put("server", node.server()).put("server_port", node.port());
        switch (node.protocol()) {
            case SHADOWSOCKS, SHADOWSOCKS_2022 -> {
                return outbound.put("method", node.cipher()).put("password", node.password());
            }
            case HYSTERIA2, TUIC, ANYTLS -> {
                return quicOrAnyTls(outbound, node, hopsPorts);
            }
            case VMESS -> outbound.put("uuid", node.uuid()).put("security", "auto").put("alter_id", 0);
            case VLESS -> outbound.put("uuid", node.uuid()).putText("flow", node.flow());
            case TROJAN -> outbound.put("password", node.password());
        }
        ProfileNode.Tls tls = node.tls();
        if (tls.enabled()) {
            FlowMap settings = new FlowMap().put("enabled", true).put("server_name", tls.sni());
            if (!tls.alpn().isEmpty()) {
                settings.put("alpn", tls.alpn());
            }
            if (!tls.fingerprint().isEmpty()) {
                settings.put("utls", new FlowMap().put("enabled", true).put("fingerprint", tls.fingerprint()));
            }
            if (tls.reality()) {
                settings.put("reality", new FlowMap().put("enabled", true).put("public_key", tls.publicKey())
                        .put("short_id", tls.shortId()));
            }
            outbound.put("tls", settings);
        }
        ProfileNode.Transport transport = node.transport();
        return switch (transport.network()) {
            case "tcp" -> outbound;
            case "grpc" -> outbound.put("transport", new FlowMap().put("type", "grpc")
                    .put("service_name", transport.serviceName()));
            case "h2" -> {
                FlowMap http = new FlowMap().put("type", "http");
                if (!transport.host().isEmpty()) {
                    http.put("host", List.of(transport.host()));
                }
                yield outbound.put("transport", http.put("path", transport.path()));
            }
            case "httpupgrade" -> outbound.put("transport", new FlowMap().put("type", "httpupgrade")
                    .putText("host", transport.host()).put("path", transport.path()));
            default -> {
                FlowMap ws = new FlowMap().put("type", "ws").put("path", transport.path());
                if (!transport.host().isEmpty()) {
                    ws.put("headers", new FlowMap().put("Host", transport.host()));
                }
                yield outbound.put("transport", ws);
            }
        };
    }

    /**
     * hysteria2 (port hopping as {@code server_ports} with sing-box's colon ranges and
     * {@code hop_interval}, only for cores that read them; {@code server_port} stays for the others),
     * tuic (0-RTT left at its default, off) and anytls (a TCP protocol: no alpn).
     */
    private static FlowMap quicOrAnyTls(FlowMap outbound, ProfileNode node, boolean hopsPorts) {
        ProfileNode.Options options = node.options();
        FlowMap tls = new FlowMap().put("enabled", true).put("server_name", node.tls().sni());
        switch (node.protocol()) {
            case HYSTERIA2 -> {
                if (hopsPorts && !options.hopPorts().isEmpty()) {
                    outbound.put("server_ports", options.hopPorts().stream().map(range -> range.replace('-', ':')).toList())
                            .put("hop_interval", options.hopInterval() + "s");
                }
                outbound.put("password", node.password());
                if (!options.obfs().isEmpty()) {
                    outbound.put("obfs", new FlowMap().put("type", options.obfs()).put("password", options.obfsPassword()));
                }
            }
            case TUIC -> {
                outbound.put("uuid", node.uuid()).put("password", node.password())
                        .put("congestion_control", options.congestionControl()).put("udp_relay_mode", options.udpRelayMode());
                tls.put("alpn", node.tls().alpn());
            }
            default -> outbound.put("password", node.password());
        }
        return outbound.put("tls", tls);
    }
}
