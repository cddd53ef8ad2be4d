package spanel.adapter.http.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.subscription.Profiles;
import spanel.adapter.http.subscription.SubscriptionUser;
import spanel.domain.node.Node;
import spanel.domain.node.Ss2022Keys;

/**
 * How one user connects to one node, as the node runs it: the port (custom_config
 * offset_port_user, else offset_port_node, else 443), the protocol, and the secret the node knows
 * the user by (uuid for VMess and VLESS; the uuid as the Trojan password; the proxy password, or
 * for Shadowsocks-2022 the key derived from it, for Shadowsocks), with the share link when the
 * node has one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NodeConnection(String protocol, int port, String uuid, String password, String method, String link) {

    private static final int DEFAULT_PORT = 443;

    static NodeConnection of(Node node, SubscriptionUser user) {
        ObjectNode config = CustomConfig.asObject(node.customConfig());
        int port = port(config);
        String link = Profiles.shareLink(node, user).orElse(null);
        return switch (node.sort()) {
            case Node.SORT_SS2022 -> {
                String method = node.method();
                String password = Ss2022Keys.userKey(user.passwd(), method)
                        .map(key -> node.serverKey().map(server -> server + ":" + key).orElse(key))
                        .orElse(null);
                yield new NodeConnection("shadowsocks-2022", port, null, password, method, link);
            }
            case Node.SORT_VMESS -> new NodeConnection("1".equals(text(config, "enable_vless", "")) ? "vless" : "vmess",
                    port, user.uuid(), null, null, link);
            case Node.SORT_TROJAN -> new NodeConnection("trojan", port, null, user.uuid(), null, link);
            case 0 -> new NodeConnection("shadowsocks", port, null, user.passwd(),
                    node.method() == null || node.method().isBlank() ? user.method() : node.method(), link);
            default -> new NodeConnection("sort-" + node.sort(), port, null, null, null, link);
        };
    }

    private static int port(ObjectNode config) {
        for (String key : new String[] {"offset_port_user", "offset_port_node"}) {
            String value = text(config, key, "");
            if (value.matches("[0-9]{1,5}")) {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65_535) {
                    return port;
                }
            }
        }
        return DEFAULT_PORT;
    }

    private static String text(ObjectNode config, String key, String fallback) {
        JsonNode value = config.get(key);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }
}
