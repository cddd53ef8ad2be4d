package spanel.adapter.http.modmu;

import com.fasterxml.jackson.annotation.JsonInclude;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.node.ListedNodeSettings;
import spanel.adapter.http.node.ShadowsocksSettings;
import spanel.adapter.http.node.TuicSettings;
import spanel.domain.node.Node;
import spanel.domain.node.NodeUser;
import spanel.domain.node.Ss2022Keys;

/**
 * A user as mod_mu sends it: only the fields the node's protocol uses (A.5), plus node_iplimit and
 * alive_ip so XrayR can limit devices itself. A TUIC user's passwd is the password their profiles
 * carry: the uuid, unless the node keeps SSPanel's pairing with the proxy password. A Shadowsocks
 * user's passwd is their password or 2022 key as the node's credential setting derives it. A user without a port of their own is sent without
 * {@code port}: XrayR reads it as 0 and, listening on offset_port_node, never uses it. Of the node,
 * only what {@link ListedNodeSettings} holds is read: nodes alike in it share one body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ModMuUser(long id, int nodeSpeedlimit, String uuid, String passwd, String method, Integer port,
        int nodeIplimit, int aliveIp) {

    /** Whether the node can serve users at all: an SS-2022 node whose cipher is not a 2022 one cannot. */
    static boolean servesUsers(Node node, String nodeCipher) {
        return node.sort() != Node.SORT_SS2022 || Ss2022Keys.keyLength(nodeCipher).isPresent();
    }

    /** A user of a node that {@link #servesUsers serves users}. */
    static ModMuUser of(NodeUser user, Node node, String nodeCipher) {
        return switch (node.sort()) {
            case Node.SORT_VMESS, Node.SORT_TROJAN, Node.SORT_HYSTERIA2, Node.SORT_ANYTLS ->
                    new ModMuUser(user.id(), user.speedLimit(), user.uuid(), null, null, null, user.ipLimit(), user.aliveIps());
            case Node.SORT_TUIC -> new ModMuUser(user.id(), user.speedLimit(), user.uuid(),
                    TuicSettings.usesPasswd(CustomConfig.asObject(node.customConfig())) ? user.passwd() : user.uuid(), null,
                    null, user.ipLimit(), user.aliveIps());
            case Node.SORT_SS2022 -> new ModMuUser(user.id(), user.speedLimit(), null,
                    ShadowsocksSettings.credentialOf(node).userKey(user.uuid(), user.passwd(), nodeCipher).orElseThrow(),
                    null, null, user.ipLimit(), user.aliveIps());
            default -> new ModMuUser(user.id(), user.speedLimit(), null, node.isShadowsocks()
                    ? ShadowsocksSettings.credentialOf(node).password(user.uuid(), user.passwd()) : user.passwd(), user.method(),
                    user.port().isPresent() ? user.port().getAsInt() : null, user.ipLimit(), user.aliveIps());
        };
    }
}
