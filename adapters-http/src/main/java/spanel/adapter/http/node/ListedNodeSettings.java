package spanel.adapter.http.node;

import spanel.domain.node.Node;

/**
 * Everything of the node itself that its user list (mod_mu, UniProxy) shows: the protocol, the
 * cipher, and the custom config (the Shadowsocks credential, TUIC's pairing). Two nodes alike in
 * these are sent the same bytes for the same listing, so a list's mapping must read nothing else
 * of the node.
 */
public record ListedNodeSettings(int sort, String method, String customConfig) {

    public static ListedNodeSettings of(Node node) {
        return new ListedNodeSettings(node.sort(), node.method(), node.customConfig());
    }
}
