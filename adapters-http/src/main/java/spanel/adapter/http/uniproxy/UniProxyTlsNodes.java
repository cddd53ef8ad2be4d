package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;
import spanel.adapter.http.node.AnyTlsSettings;
import spanel.adapter.http.node.Hysteria2Settings;
import spanel.adapter.http.node.TlsServer;
import spanel.adapter.http.node.TuicSettings;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.domain.error.Refusal;
import spanel.domain.node.Node;

/**
 * The config of a TUIC, Hysteria2 or AnyTLS node in the shape V2bX decodes ({@code api/panel/node.go}
 * TuicNode, Hysteria2Node, AnyTlsNode on CommonNode): {@code server_port} and {@code server_name}
 * (V2bX brings the certificate itself), plus the keys of the protocol, and Xboard's {@code protocol}
 * and {@code listen_ip}, which V2bX ignores and other UniProxy nodes read. The caller adds
 * base_config and routes. A node saved broken before its settings were checked is reported, never
 * served broken.
 */
final class UniProxyTlsNodes {

    private UniProxyTlsNodes() {
    }

    static boolean isOne(Node node) {
        return node.sort() == Node.SORT_TUIC || node.sort() == Node.SORT_HYSTERIA2 || node.sort() == Node.SORT_ANYTLS;
    }

    /** The node_type a V2bX serving this node is configured with. */
    static String nodeType(Node node) {
        return switch (node.sort()) {
            case Node.SORT_TUIC -> "tuic";
            case Node.SORT_HYSTERIA2 -> "hysteria2";
            default -> "anytls";
        };
    }

    static ObjectNode config(Node node, ObjectNode custom) {
        ObjectNode config = Json.mapper().createObjectNode().put("protocol", nodeType(node)).put("listen_ip", "0.0.0.0");
        switch (node.sort()) {
            case Node.SORT_HYSTERIA2 -> {
                Hysteria2Settings settings = checked(() -> Hysteria2Settings.of(custom, node.server()));
                common(config, settings.tls()).put("up_mbps", settings.upMbps()).put("down_mbps", settings.downMbps());
                if (settings.obfs().isEmpty()) {
                    config.putNull("obfs");
                } else {
                    config.put("obfs", settings.obfs()).put("obfs-password", settings.obfsPassword());
                }
                config.put("ignore_client_bandwidth", settings.ignoreClientBandwidth());
            }
            case Node.SORT_TUIC -> {
                TuicSettings settings = checked(() -> TuicSettings.of(custom, node.server()));
                if (settings.passwdCredential()) {
                    throw new Refusal(Refusal.Kind.CONFLICT, "node_misconfigured", "custom_config.credential: \"passwd\" is "
                            + "for TUIC backends on the mod_mu API; V2bX accepts the uuid as password: set \"uuid\"");
                }
                common(config, settings.tls()).put("congestion_control", settings.congestionControl())
                        .put("zero_rtt_handshake", false);
            }
            default -> {
                AnyTlsSettings settings = checked(() -> AnyTlsSettings.of(custom, node.server()));
                common(config, settings.tls());
                if (!settings.paddingScheme().isEmpty()) {
                    settings.paddingScheme().forEach(config.putArray("padding_scheme")::add);
                }
            }
        }
        return config;
    }

    private static ObjectNode common(ObjectNode config, TlsServer tls) {
        return config.put("server_port", tls.port()).put("server_name", tls.serverName());
    }

    private static <T> T checked(Supplier<T> settings) {
        try {
            return settings.get();
        } catch (InvalidRequest e) {
            throw new Refusal(Refusal.Kind.CONFLICT, "node_misconfigured", "the node's settings are incomplete: "
                    + e.getMessage());
        }
    }
}
