package spanel.adapter.http.uniproxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.node.Reality;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.Re2;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.application.node.port.in.ListDetectRules;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.domain.error.Refusal;
import spanel.domain.node.DetectRule;
import spanel.domain.node.Node;

/**
 * GET config: the node's inbound as V2board describes it, built from its custom_config, with
 * base_config (V2bX needs it) and the audit rules as block routes (each match an array: XrayR
 * reads a string as an empty pattern, which blocks everything).
 */
public final class UniProxyConfigHandler implements Handler {

    static final int INTERVAL_SECONDS = 60;

    private final ResolveNodeId resolveNodeId;
    private final GetNodeInfo getNodeInfo;
    private final ListDetectRules listDetectRules;

    public UniProxyConfigHandler(ResolveNodeId resolveNodeId, GetNodeInfo getNodeInfo, ListDetectRules listDetectRules) {
        this.resolveNodeId = resolveNodeId;
        this.getNodeInfo = getNodeInfo;
        this.listDetectRules = listDetectRules;
    }

    @Override
    public void handle(Context ctx) {
        Node node = getNodeInfo.info(UniProxy.nodeId(ctx, resolveNodeId), UniProxy.token(ctx)).node();
        ObjectNode custom = CustomConfig.asObject(node.customConfig());
        UniProxy.requireNodeType(ctx, node);
        ObjectNode config = UniProxyTlsNodes.isOne(node) ? UniProxyTlsNodes.config(node, custom) : v2rayOrShadowsocks(node, custom);
        ObjectNode base = config.putObject("base_config");
        base.put("push_interval", INTERVAL_SECONDS);
        base.put("pull_interval", INTERVAL_SECONDS);
        ArrayNode routes = config.putArray("routes");
        for (DetectRule rule : listDetectRules.list(UniProxy.token(ctx))) {
            if (Re2.compiles(rule.regex())) {
                ObjectNode route = routes.addObject();
                route.put("id", rule.id().value());
                route.putArray("match").add(rule.regex());
                route.put("action", "block");
                route.putNull("action_value");
            }
        }
        CachedJson.send(ctx, config);
    }

    private static ObjectNode v2rayOrShadowsocks(Node node, ObjectNode custom) {
        ObjectNode config = Json.mapper().createObjectNode();
        config.put("server_port", port(custom));
        config.put("network", text(custom, "network", "tcp"));
        ObjectNode settings = networkSettings(custom);
        config.set("networkSettings", settings);
        config.set("network_settings", settings.deepCopy());
        String security = text(custom, "security", "");
        config.put("tls", switch (security) {
            case "tls", "xtls" -> 1;
            case "reality" -> 2;
            default -> 0;
        });
        if (node.sort() == Node.SORT_VMESS) {
            config.put("flow", text(custom, "flow", ""));
        }
        if (security.equals("reality")) {
            config.set("tls_settings", realitySettings(custom));
        }
        String host = text(custom, "host", node.server());
        config.put("host", host);
        config.put("server_name", host);
        config.put("cipher", node.method());
        node.serverKey().filter(key -> node.isSs2022()).ifPresent(key -> config.put("server_key", key));
        return config;
    }

    /** Clients refuse a port of 0, so a node without offset_port_node is reported, not guessed. */
    private static int port(ObjectNode custom) {
        JsonNode port = custom.get("offset_port_node");
        if (port != null && port.asText().matches("\\d{1,5}")) {
            int value = Integer.parseInt(port.asText());
            if (value >= 1 && value <= 65_535) {
                return value;
            }
        }
        throw new Refusal(Refusal.Kind.CONFLICT, "node_misconfigured",
                "the node's custom_config has no offset_port_node: set the port it listens on");
    }

    /** A REALITY node saved before its settings were checked is reported, never served broken. */
    private static ObjectNode realitySettings(ObjectNode custom) {
        try {
            return Reality.tlsSettings(custom);
        } catch (InvalidRequest e) {
            throw new Refusal(Refusal.Kind.CONFLICT, "node_misconfigured", "the node's REALITY settings are incomplete: "
                    + e.getMessage());
        }
    }

    private static ObjectNode networkSettings(ObjectNode custom) {
        ObjectNode settings = Json.mapper().createObjectNode();
        if (custom.hasNonNull("path")) {
            settings.put("path", custom.get("path").asText());
        }
        if (custom.hasNonNull("host")) {
            settings.putObject("headers").put("Host", custom.get("host").asText());
        }
        if (custom.hasNonNull("servicename")) {
            settings.put("serviceName", custom.get("servicename").asText());
        }
        if (custom.has("header")) {
            settings.set("header", custom.get("header"));
        }
        return settings;
    }

    private static String text(ObjectNode custom, String key, String fallback) {
        JsonNode value = custom.get(key);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }
}
