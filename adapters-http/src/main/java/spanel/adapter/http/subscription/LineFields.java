package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the line formats of Surge, Quantumult X and Loon can carry. They split a line on commas and
 * each field on {@code =}, with no quoting, so a node whose name holds a comma or {@code =}, or
 * whose other values hold a comma, cannot be written safely and is left out of them; a name
 * starting as a comment or a section would not read as a node at all. They share the transports
 * Xboard writes for them: VMess over tcp or WebSocket, Trojan over tcp, and AEAD Shadowsocks.
 */
final class LineFields {

    /** The Shadowsocks ciphers all three read. */
    static final Set<String> CIPHERS = Set.of("aes-128-gcm", "aes-192-gcm", "aes-256-gcm", "chacha20-ietf-poly1305");

    private LineFields() {
    }

    /** Lines alone, each ended by a newline: the Quantumult X and Loon bodies. */
    static byte[] lines(List<ProfileNode> nodes, Function<ProfileNode, String> line) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(node -> out.append(line.apply(node)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the node's protocol, transport and text can be written as a line. */
    static boolean writable(ProfileNode node) {
        boolean protocol = switch (node.protocol()) {
            case SHADOWSOCKS -> CIPHERS.contains(node.cipher());
            case VMESS -> node.transport().network().equals("tcp") || node.transport().network().equals("ws");
            case TROJAN -> node.transport().network().equals("tcp");
            case SHADOWSOCKS_2022, VLESS, HYSTERIA2, TUIC, ANYTLS -> false;
        };
        return protocol && safe(node);
    }

    /**
     * Whether a Hysteria2 node can be written as a Surge or Loon line for a client of this version
     * (none read: the oldest): from the build that reads Hysteria2, without obfuscation (whose
     * field in these lines is not documented where Xboard writes them), on the node's main port.
     */
    static boolean writableHysteria2(ProfileNode node, java.util.Optional<ClientVersion> version, int sinceBuild) {
        return node.protocol() == ProfileNode.Protocol.HYSTERIA2 && node.options().obfs().isEmpty()
                && version.map(v -> v.atLeast(Integer.toString(sinceBuild))).orElse(false) && safe(node);
    }

    /** Whether the node's text survives a line split on commas and {@code =}. */
    private static boolean safe(ProfileNode node) {
        String name = node.name();
        return !name.contains("=") && !name.contains(",") && !name.startsWith("#")
                && !name.startsWith(";") && !name.startsWith("[") && !name.startsWith("//")
                && !node.server().contains(":")
                && Stream.of(node.password(), node.uuid(), node.transport().host(), node.transport().path(),
                        node.tls().sni()).noneMatch(value -> value.contains(",") || !value.strip().equals(value));
    }
}
