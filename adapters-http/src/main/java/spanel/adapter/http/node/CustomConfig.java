package spanel.adapter.http.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import spanel.adapter.http.support.Json;

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

    /** The Shadowsocks cipher configured for the node, if any. */
    public static String method(String stored, String fallback) {
        JsonNode method = asObject(stored).get("method");
        return method != null && method.isTextual() && !method.asText().isBlank() ? method.asText() : fallback;
    }
}
