package spanel.adapter.http.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Clash / mihomo YAML: one proxy per node, put into a {@link ClashTemplate} and written by SnakeYAML
 * (an unquoted {@code HK #1} would read back as {@code HK}, a short id {@code 1234} as a number:
 * {@link ProfileYaml} quotes them). Plain Clash gets no VLESS, no Shadowsocks-2022 and no
 * HTTPUpgrade: one type it does not know makes it reject the whole file.
 */
final class ClashProfile {

    static final String GROUP = "Proxy";
    /** Names a proxy may not take: the group's own and Clash's built-in policies. */
    static final Set<String> RESERVED = Set.of(GROUP, "DIRECT", "REJECT", "REJECT-DROP", "PASS", "COMPATIBLE", "GLOBAL");

    private ClashProfile() {
    }

    static boolean supports(ProfileNode node, boolean meta) {
        return meta || node.protocol() != ProfileNode.Protocol.VLESS
                && node.protocol() != ProfileNode.Protocol.SHADOWSOCKS_2022
                && !node.transport().network().equals("httpupgrade");
    }

    /** The profile: the template with one proxy per node, each string a YAML library quotes as it must. */
    static byte[] body(List<ProfileNode> nodes, ProfileTemplates templates) {
        return templates.clash(nodes, nodes.stream().map(node -> proxy(node, false)).toList());
    }

    /**
     * Stash's profile, the minimal one: its Hysteria2 takes the password as {@code auth} and gets no
     * port hopping (the node still answers on its main port), its TUIC says {@code version: 5}.
     */
    static byte[] stashBody(List<ProfileNode> nodes) {
        return ProfileTemplates.BARE.clash(nodes, nodes.stream().map(node -> proxy(node, true)).toList());
    }

    private static FlowMap proxy(ProfileNode node, boolean stash) {
        FlowMap proxy = new FlowMap().put("name", node.name());
        switch (node.protocol()) {
            case SHADOWSOCKS, SHADOWSOCKS_2022 -> {
                return proxy.put("type", "ss").put("server", node.server()).put("port", node.port())
                        .put("cipher", node.cipher()).put("password", node.password()).put("udp", true);
            }
            case VMESS -> proxy.put("type", "vmess").put("server", node.server()).put("port", node.port())
                    .put("uuid", node.uuid()).put("alterId", 0).put("cipher", "auto").put("udp", true);
            case VLESS -> proxy.put("type", "vless").put("server", node.server()).put("port", node.port())
                    .put("uuid", node.uuid()).put("udp", true).putText("flow", node.flow());
            case TROJAN -> proxy.put("type", "trojan").put("server", node.server()).put("port", node.port())
                    .put("password", node.password()).put("udp", true);
            case HYSTERIA2, TUIC, ANYTLS -> {
                return quicOrAnyTls(proxy, node, stash);
            }
        }
        tls(proxy, node);
        return transport(proxy, node.transport());
    }

    /**
     * mihomo's hysteria2 (port hopping as {@code ports} and {@code hop-interval}; no up/down, so the
     * client's congestion control decides), tuic (v5: uuid and password) and anytls entries, each
     * checking the node's certificate.
     */
    private static FlowMap quicOrAnyTls(FlowMap proxy, ProfileNode node, boolean stash) {
        ProfileNode.Options options = node.options();
        proxy.put("type", node.protocol().name().toLowerCase(Locale.ROOT)).put("server", node.server())
                .put("port", node.port());
        switch (node.protocol()) {
            case HYSTERIA2 -> {
                if (!options.hopPorts().isEmpty() && !stash) {
                    proxy.put("ports", String.join(",", options.hopPorts())).put("hop-interval", options.hopInterval());
                }
                proxy.put(stash ? "auth" : "password", node.password()).put("sni", node.tls().sni())
                        .put("skip-cert-verify", false);
                if (!options.obfs().isEmpty()) {
                    proxy.put("obfs", options.obfs()).put("obfs-password", options.obfsPassword());
                }
                return proxy;
            }
            case TUIC -> {
                if (stash) {
                    proxy.put("version", 5);
                }
                return proxy.put("uuid", node.uuid()).put("password", node.password()).put("sni", node.tls().sni())
                        .put("alpn", node.tls().alpn()).put("congestion-controller", options.congestionControl())
                        .put("udp-relay-mode", options.udpRelayMode()).put("skip-cert-verify", false).put("udp", true);
            }
            default -> {
                return proxy.put("password", node.password()).put("sni", node.tls().sni()).put("skip-cert-verify", false)
                        .put("udp", true);
            }
        }
    }

    private static void tls(FlowMap proxy, ProfileNode node) {
        ProfileNode.Tls tls = node.tls();
        if (node.protocol() == ProfileNode.Protocol.TROJAN) {
            proxy.put("sni", tls.sni());
        } else {
            proxy.put("tls", tls.enabled());
            if (!tls.enabled()) {
                return;
            }
            proxy.put("servername", tls.sni());
        }
        proxy.putText("client-fingerprint", tls.fingerprint());
        if (!tls.alpn().isEmpty()) {
            proxy.put("alpn", tls.alpn());
        }
        if (tls.reality()) {
            proxy.put("reality-opts", new FlowMap().put("public-key", tls.publicKey()).put("short-id", tls.shortId()));
        }
    }

    private static FlowMap transport(FlowMap proxy, ProfileNode.Transport transport) {
        return switch (transport.network()) {
            case "tcp" -> proxy.put("network", "tcp");
            case "grpc" -> proxy.put("network", "grpc")
                    .put("grpc-opts", new FlowMap().put("grpc-service-name", transport.serviceName()));
            case "h2" -> {
                FlowMap opts = new FlowMap();
                if (!transport.host().isEmpty()) {
                    opts.put("host", List.of(transport.host()));
                }
                yield proxy.put("network", "h2").put("h2-opts", opts.put("path", transport.path()));
            }
            default -> {
                FlowMap opts = new FlowMap().put("path", transport.path());
                if (!transport.host().isEmpty()) {
                    opts.put("headers", new FlowMap().put("Host", transport.host()));
                }
                if (transport.network().equals("httpupgrade")) {
                    opts.put("v2ray-http-upgrade", true);
                }
                yield proxy.put("network", "ws").put("ws-opts", opts);
            }
        };
    }
}
