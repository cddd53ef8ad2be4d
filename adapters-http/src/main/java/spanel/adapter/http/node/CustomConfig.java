package spanel.adapter.http.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import spanel.adapter.http.support.Json;
import spanel.domain.node.Node;

/**
 * A node's custom_config as nodes must receive it: always a JSON object, with the keys XrayR decodes
 * as strings (offset_port_node, offset_port_user, enable_vless) sent as strings even when the
 * operator stored numbers. Anything that is not an object becomes an empty object.
 */
public final class CustomConfig {

    private static final String[] STRING_KEYS = {"offset_port_node", "offset_port_user", "enable_vless"};

    private CustomConfig() {
    }

    public static ObjectNode asObject(String stored) {
        JsonNode parsed;
        try {
            parsed = Json.mapper().readTree(stored == null || stored.isBlank() ? "{}" : stored);
        } catch (JsonProcessingException e) {
            parsed = null;
        }
        ObjectNode config = parsed instanceof ObjectNode object ? object.deepCopy() : Json.mapper().createObjectNode();
        for (String key : STRING_KEYS) {
            JsonNode value = config.get(key);
            if (value != null && (value.isNumber() || value.isBoolean())) {
                config.put(key, value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asText());
            }
        }
        return config;
    }

    /**
     * A stored custom_config with an operator's change merged in as a JSON merge patch (RFC 7386):
     * keys sent replace those stored, objects inside merge the same way, a key sent as null is
     * removed, and keys not sent stay.
     */
    public static String merged(String stored, String change) {
        JsonNode patch;
        try {
            patch = Json.mapper().readTree(change);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("custom_config: not JSON", e);
        }
        return mergePatch(asObject(stored), patch).toString();
    }

    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
        patch.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), mergePatch(result.get(entry.getKey()), entry.getValue()));
            }
        });
        return result;
    }

    /**
     * The custom_config a node is served: the stored object, plus for a Shadowsocks node the cipher
     * as {@code method} (from the node's own method, so there is one place to set it) and for a
     * Shadowsocks-2022 node its {@code server_key}, where XrayR reads them.
     */
    public static ObjectNode served(Node node) {
        ObjectNode config = asObject(node.customConfig());
        if (node.isShadowsocks()) {
            config.put("method", node.method());
        }
        node.serverKey().filter(key -> node.isSs2022()).ifPresent(key -> config.put("server_key", key));
        return config;
    }
}
