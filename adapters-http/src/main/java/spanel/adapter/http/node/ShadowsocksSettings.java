package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import spanel.domain.node.Node;
import spanel.domain.node.ShadowsocksCredential;

/** What a Shadowsocks node (plain or 2022) says of its users' credential: {@code custom_config.credential}. */
public final class ShadowsocksSettings {

    private static final List<String> WORDS = List.of(ShadowsocksCredential.PASSWD.word(),
            ShadowsocksCredential.UUID.word());

    private ShadowsocksSettings() {
    }

    /** The credential setting, {@code "passwd"} when absent; anything else is refused, naming the field. */
    public static ShadowsocksCredential credential(ObjectNode config) {
        return ShadowsocksCredential.named(TlsServer.oneOf(config, "credential", WORDS, WORDS.getFirst())).orElseThrow();
    }

    /** The node's setting as the node APIs serve it, read leniently: a node saved broken keeps the proxy password. */
    public static ShadowsocksCredential credentialOf(Node node) {
        return ShadowsocksCredential.named(CustomConfig.asObject(node.customConfig()).path("credential").asText(""))
                .orElse(ShadowsocksCredential.PASSWD);
    }
}
