package spanel.adapter.http.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.Ss2022Keys;
import spanel.domain.node.TrafficRate;

/** The worked example of the subscription formats: one user and six nodes, one per protocol variant. */
final class ExampleNodes {

    static final String UUID = "b831381d-6324-4d53-ad4f-8cda48b30811";
    static final SubscriptionUser USER = new SubscriptionUser(UUID, "p@ss w0rd", "aes-128-gcm");
    static final String SERVER = "hk1.example.com";
    static final String PBK = "Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw";

    private ExampleNodes() {
    }

    /** The six nodes of the worked example; their node class gives the output order. */
    static List<Node> all() {
        return List.of(
                node(1, 0, "HK #1 🇭🇰", 0, "{}"),
                node(2, 1, "HK SS2022", Node.SORT_SS2022, "{\"server_key\":\"AAECAwQFBgcICQoLDA0ODw==\"}"),
                node(3, 2, "HK VMess WS", Node.SORT_VMESS, "{\"network\":\"ws\",\"path\":\"/ray\","
                        + "\"host\":\"cdn.example.com\",\"security\":\"tls\",\"sni\":\"hk1.example.com\"}"),
                node(4, 3, "HK VLESS Reality", Node.SORT_VMESS, "{\"enable_vless\":\"1\",\"flow\":\"xtls-rprx-vision\","
                        + "\"security\":\"reality\",\"reality-opts\":{\"public_key\":\"" + PBK + "\","
                        + "\"short_ids\":[\"6ba85179e30d4fc2\"]}}"),
                node(5, 4, "HK Trojan", Node.SORT_TROJAN, "{}"),
                node(6, 5, "HK VLESS WS", Node.SORT_VMESS, "{\"enable_vless\":1,\"network\":\"ws\",\"path\":\"/ray\","
                        + "\"host\":\"cdn.example.com\",\"security\":\"tls\",\"sni\":\"hk1.example.com\",\"fp\":\"chrome\"}"));
    }

    static Node node(long id, int nodeClass, String name, int sort, String customConfig) {
        return node(id, nodeClass, name, SERVER, sort, customConfig);
    }

    /**
     * A node as the registry returns it. As the admin API does, a {@code method} written into the
     * custom_config becomes the node's method (default aes-128-gcm, or the default 2022 cipher for sort 1); a {@code server_key} there stands
     * for the node's generated Shadowsocks-2022 server key.
     */
    static Node node(long id, int nodeClass, String name, String server, int sort, String customConfig) {
        ObjectNode config;
        try {
            config = (ObjectNode) new ObjectMapper().readTree(customConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode method = config.remove("method");
        JsonNode serverKey = config.remove("server_key");
        return new Node(new NodeId(id), name, server, sort, config.toString(),
                method != null ? method.asText() : sort == Node.SORT_SS2022 ? Ss2022Keys.DEFAULT_CIPHER : "aes-128-gcm", TrafficRate.ONE, nodeClass, 0, 0, 0, 0, true,
                Optional.empty(), Optional.empty(), Optional.ofNullable(serverKey).map(JsonNode::asText));
    }

    static String resource(String name) {
        try (InputStream in = ExampleNodes.class.getResourceAsStream("/subscription/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(RenderedProfile profile) {
        return new String(profile.body(), StandardCharsets.UTF_8);
    }
}
