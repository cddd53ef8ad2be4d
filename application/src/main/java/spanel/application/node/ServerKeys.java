package spanel.application.node;

import java.security.SecureRandom;
import java.util.Optional;
import spanel.application.node.port.out.NodeRegistry;
import spanel.domain.node.Node;
import spanel.domain.node.Ss2022Keys;

/**
 * A Shadowsocks-2022 node's server key, kept in step with the node: a new random one when the node
 * becomes sort 1 or its cipher changes key length, none once it is no longer sort 1.
 */
final class ServerKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerKeys() {
    }

    /** After a node changed from {@code before} (empty: it was just created) to {@code after}. */
    static void settle(NodeRegistry registry, Optional<Node> before, Node after) {
        if (!after.isSs2022()) {
            if (after.serverKey().isPresent()) {
                registry.replaceServerKey(after.id(), Optional.empty());
            }
            return;
        }
        boolean keyFits = after.serverKey().isPresent() && before.filter(Node::isSs2022)
                .filter(old -> Ss2022Keys.keyLength(old.method()).equals(Ss2022Keys.keyLength(after.method())))
                .isPresent();
        if (!keyFits) {
            replace(registry, after);
        }
    }

    /** A fresh key for the node, of the length its cipher needs. */
    static String replace(NodeRegistry registry, Node node) {
        String key = Ss2022Keys.newServerKey(node.method(), RANDOM);
        registry.replaceServerKey(node.id(), Optional.of(key));
        return key;
    }
}
