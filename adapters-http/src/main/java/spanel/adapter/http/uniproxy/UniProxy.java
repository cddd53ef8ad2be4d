package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;

/**
 * V2board's UniProxy API (/api/v1/server/UniProxy/*), as V2bX and XrayR's NewV2board panel type
 * speak it: token, node_id and node_type in the query; bare JSON answers, no envelope; any status
 * of 400 or more is a failure to the client.
 */
final class UniProxy {

    static final Set<String> NODE_TYPES = Set.of("v2ray", "vmess", "vless", "trojan", "shadowsocks", "hysteria",
            "hysteria2", "tuic", "anytls");

    private static final Set<String> TLS_NODE_TYPES = Set.of("hysteria", "hysteria2", "tuic", "anytls");

    record Done(boolean data) {
        static final Done TRUE = new Done(true);
    }

    private UniProxy() {
    }

    static String token(Context ctx) {
        return ctx.queryParam("token");
    }

    /**
     * The node the caller is: the id it was configured with, which for a node imported from V2board
     * is looked up with its node_type (V2board numbers each protocol's nodes apart).
     */
    static NodeId nodeId(Context ctx, ResolveNodeId resolveNodeId) {
        String type = ctx.queryParam("node_type");
        if (type != null && !type.isBlank() && !NODE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw InvalidRequest.field("node_type", "one of " + NODE_TYPES);
        }
        long id = Fields.queryId(ctx, "node_id").orElseThrow(() -> InvalidRequest.field("node_id", "is required"));
        NodeId sent = Fields.checked("node_id", () -> NodeId.of(id));
        return resolveNodeId.resolve(Optional.ofNullable(type).filter(t -> !t.isBlank()), sent);
    }

    /**
     * A TUIC, Hysteria2 or AnyTLS node runs only under its own node_type (V2bX picks the decoder, and
     * so the inbound, from it: {@code hysteria} would start a Hysteria v1 inbound); those node_types
     * are refused for other nodes likewise. Absent, nothing is checked.
     */
    static void requireNodeType(Context ctx, Node node) {
        String type = ctx.queryParam("node_type");
        if (type == null || type.isBlank()) {
            return;
        }
        String asked = type.toLowerCase(Locale.ROOT);
        boolean tlsNode = UniProxyTlsNodes.isOne(node);
        if (tlsNode ? !asked.equals(UniProxyTlsNodes.nodeType(node)) : TLS_NODE_TYPES.contains(asked)) {
            throw InvalidRequest.field("node_type", "node " + node.id().value() + " is served as "
                    + (tlsNode ? UniProxyTlsNodes.nodeType(node) : "one of v2ray, vmess, vless, trojan, shadowsocks"));
        }
    }

    /** The body as a JSON object keyed by user id, as push and alive send it. */
    static ObjectNode objectBody(Context ctx) {
        JsonNode body = Json.read(ctx.bodyAsBytes(), JsonNode.class);
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidRequest("body: a JSON object keyed by user id is required");
        }
        return object;
    }

    /** A user id key ("12"), or 0 when the key is not one; such entries are dropped, as V2board does. */
    static long userId(String key) {
        if (!Fields.isAsciiDigits(key)) {
            return 0;
        }
        try {
            long id = Long.parseLong(key);
            return id > 0 ? id : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
