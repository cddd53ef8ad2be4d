package spanel.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.TrafficRate;

/**
 * Node settings as the admin API takes them: every field optional, each checked and named on error.
 * The command line's {@code node create} reads its options through the same checks.
 */
public final class NodeSettings {

    private NodeSettings() {
    }

    public static NodeChanges changes(ObjectNode json) {
        return Fields.rule(() -> new NodeChanges(
                Fields.text(json, "name", "name"),
                Fields.text(json, "server", "server"),
                Fields.integer(json, "sort", "sort"),
                customConfig(json),
                method(json),
                Fields.decimal(json, "traffic_rate", "traffic_rate")
                        .map(rate -> Fields.checked("traffic_rate", () -> TrafficRate.of(rate))),
                Fields.integer(json, "node_class", "node_class"),
                Fields.integer(json, "node_group", "node_group"),
                Fields.integer(json, "node_speedlimit", "node_speedlimit"),
                Fields.whole(json, "node_bandwidth_limit", "node_bandwidth_limit"),
                status(json)));
    }

    /**
     * A JSON object, merged into the node's own (a key set to null is removed); its offset_port_node,
     * when there, must be a usable port (XrayR will not start on 0). Whether the node as saved can be
     * served (REALITY keys included) is judged by the use case.
     */
    private static Optional<String> customConfig(ObjectNode json) {
        JsonNode config = json.get("custom_config");
        if (config == null) {
            return Optional.empty();
        }
        if (!config.isObject()) {
            throw InvalidRequest.field("custom_config", "must be a JSON object");
        }
        if (config.has("server_key")) {
            throw InvalidRequest.field("custom_config.server_key",
                    "spanel generates a Shadowsocks-2022 node's server key; replace it with rotate-server-key");
        }
        JsonNode port = config.get("offset_port_node");
        if (port != null && !port.isNull() && !isPort(port.asText())) {
            throw InvalidRequest.field("custom_config.offset_port_node", "must be a port from 1 to 65535");
        }
        ObjectNode stored = ((ObjectNode) config).deepCopy();
        stored.remove("method");
        return Optional.of(stored.toString());
    }

    /**
     * The node's cipher: {@code method}, or {@code custom_config.method} where SSPanel kept it (moved
     * to the node's method, so it is set in one place; both given and different is a 400).
     */
    private static Optional<String> method(ObjectNode json) {
        Optional<String> method = Fields.text(json, "method", "method");
        JsonNode config = json.get("custom_config");
        if (config == null || !config.isObject() || !config.has("method")) {
            return method;
        }
        Optional<String> inConfig = Fields.text((ObjectNode) config, "method", "custom_config.method");
        if (method.isPresent() && !method.equals(inConfig)) {
            throw InvalidRequest.field("custom_config.method", "differs from method; the cipher is the node's method");
        }
        return inConfig;
    }

    private static boolean isPort(String text) {
        if (!text.matches("\\d{1,5}")) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65_535;
    }

    /** status: 1 or 0 (true or false also read), as the panel's node list shows it. */
    private static Optional<Boolean> status(ObjectNode json) {
        JsonNode status = json.get("status");
        if (status == null) {
            return Optional.empty();
        }
        if (status.isBoolean()) {
            return Optional.of(status.asBoolean());
        }
        if (status.isInt() && (status.asInt() == 0 || status.asInt() == 1)) {
            return Optional.of(status.asInt() == 1);
        }
        throw InvalidRequest.field("status", "must be 1 or 0");
    }
}
