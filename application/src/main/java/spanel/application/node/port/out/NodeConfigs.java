package spanel.application.node.port.out;

import spanel.domain.node.Node;

/**
 * A node's custom_config as node backends and clients read it. It is the one judge of whether
 * clients can be given a node, so a node none could use is refused when it is saved, not left out
 * of every subscription later.
 */
public interface NodeConfigs {

    /**
     * A stored custom_config with an operator's change merged in (JSON merge patch, RFC 7386): keys
     * sent replace those kept, objects inside merge likewise, a key sent as null is removed.
     */
    String merged(String stored, String change);

    /**
     * The node's custom_config to keep, with what is derived from other settings filled in (a REALITY
     * public key from its private key).
     *
     * @throws spanel.domain.error.InvalidInput naming the setting that keeps every client from using
     *     the node
     */
    String servable(Node node);
}
