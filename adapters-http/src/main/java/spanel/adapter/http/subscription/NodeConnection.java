package spanel.adapter.http.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import spanel.domain.node.Node;

/**
 * How one user connects to one node, read off the node as profiles write it ({@link ProfileNodes}), so
 * the user's node list and the subscription never disagree: the protocol, the port, the secret the
 * node knows the user by (uuid for VMess and VLESS; the uuid as the Trojan, Hysteria2 and AnyTLS
 * password; uuid and password for TUIC; the proxy
 * password, or server_key:user_key for Shadowsocks-2022, with the cipher for Shadowsocks) and the
 * share link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeConnection(String protocol, int port, String uuid, String password, String method, String link) {

    /** Empty for a node no client could use, which every profile leaves out too. */
    public static Optional<NodeConnection> of(Node node, SubscriptionUser user) {
        return ProfileNodes.resolve(node, user).map(NodeConnection::of);
    }

    private static NodeConnection of(ProfileNode node) {
        String link = ShareLinks.link(node);
        return switch (node.protocol()) {
            case SHADOWSOCKS -> new NodeConnection("shadowsocks", node.port(), null, node.password(), node.cipher(), link);
            case SHADOWSOCKS_2022 ->
                    new NodeConnection("shadowsocks-2022", node.port(), null, node.password(), node.cipher(), link);
            case VMESS -> new NodeConnection("vmess", node.port(), node.uuid(), null, null, link);
            case VLESS -> new NodeConnection("vless", node.port(), node.uuid(), null, null, link);
            case TROJAN -> new NodeConnection("trojan", node.port(), null, node.password(), null, link);
            case HYSTERIA2 -> new NodeConnection("hysteria2", node.port(), null, node.password(), null, link);
            case TUIC -> new NodeConnection("tuic", node.port(), node.uuid(), node.password(), null, link);
            case ANYTLS -> new NodeConnection("anytls", node.port(), null, node.password(), null, link);
        };
    }
}
