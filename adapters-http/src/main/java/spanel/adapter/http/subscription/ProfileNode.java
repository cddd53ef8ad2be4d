package spanel.adapter.http.subscription;

import java.util.List;

/**
 * One node as every format writes it, resolved once from the node and the user (the shared mapping):
 * the proxy protocol, where to connect, the credentials, the transport and the TLS layer, and the
 * options only Hysteria2 and TUIC have. Text fields that do not apply are empty strings, never null. {@code name} is the safe display name before it
 * is made unique within one profile.
 */
record ProfileNode(
        long nodeId,
        String name,
        Protocol protocol,
        String server,
        int port,
        String cipher,
        String password,
        String uuid,
        String flow,
        Transport transport,
        Tls tls,
        Options options) {

    enum Protocol { SHADOWSOCKS, SHADOWSOCKS_2022, VMESS, VLESS, TROJAN, HYSTERIA2, TUIC, ANYTLS }

    /** A node of a protocol without options of its own. */
    ProfileNode(long nodeId, String name, Protocol protocol, String server, int port, String cipher, String password,
            String uuid, String flow, Transport transport, Tls tls) {
        this(nodeId, name, protocol, server, port, cipher, password, uuid, flow, transport, tls, Options.NONE);
    }

    /**
     * Hysteria2's obfuscator ({@code salamander} or empty) and its password, its port-hopping ranges
     * ({@code "N-M"} each) and interval in seconds; TUIC's congestion control and UDP relay mode.
     */
    record Options(String obfs, String obfsPassword, List<String> hopPorts, int hopInterval, String congestionControl,
            String udpRelayMode) {

        static final Options NONE = new Options("", "", List.of(), 0, "", "");

        Options {
            hopPorts = List.copyOf(hopPorts);
        }
    }

    /** {@code network} is tcp, ws, grpc, h2 or httpupgrade; host/path for ws, h2 and httpupgrade; service for grpc. */
    record Transport(String network, String host, String path, String serviceName) {
    }

    /** {@code security} is tls, reality or none; the REALITY fields are empty unless it is reality. */
    record Tls(String security, String sni, String fingerprint, List<String> alpn, String publicKey, String shortId,
            String spiderX) {

        static final Tls NONE = new Tls("none", "", "", List.of(), "", "", "");

        boolean enabled() {
            return !security.equals("none");
        }

        boolean reality() {
            return security.equals("reality");
        }
    }

    ProfileNode named(String uniqueName) {
        return new ProfileNode(nodeId, uniqueName, protocol, server, port, cipher, password, uuid, flow, transport, tls,
                options);
    }

    boolean isShadowsocks() {
        return protocol == Protocol.SHADOWSOCKS || protocol == Protocol.SHADOWSOCKS_2022;
    }
}
