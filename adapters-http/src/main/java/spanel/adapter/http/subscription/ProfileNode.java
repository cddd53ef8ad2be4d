package spanel.adapter.http.subscription;

import java.util.List;

/**
 * One node as every format writes it, resolved once from the node and the user (the shared mapping):
 * the proxy protocol, where to connect, the credentials, the transport and the TLS layer. Text fields
 * that do not apply are empty strings, never null. {@code name} is the safe display name before it
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
        Tls tls) {

    enum Protocol { SHADOWSOCKS, SHADOWSOCKS_2022, VMESS, VLESS, TROJAN }

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
        return new ProfileNode(nodeId, uniqueName, protocol, server, port, cipher, password, uuid, flow, transport, tls);
    }

    boolean isShadowsocks() {
        return protocol == Protocol.SHADOWSOCKS || protocol == Protocol.SHADOWSOCKS_2022;
    }
}
