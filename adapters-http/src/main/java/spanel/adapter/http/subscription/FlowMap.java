package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of fields for one object of a profile, written by {@link ClashProfile} as a YAML
 * flow mapping and by {@link SingBoxProfile} as a JSON object. Values are String, Integer, Boolean,
 * nested {@code FlowMap} or a List of Strings.
 */
final class FlowMap {

    private final List<Map.Entry<String, Object>> entries = new ArrayList<>();

    FlowMap put(String key, Object value) {
        entries.add(Map.entry(key, value));
        return this;
    }

    /** Adds the field only when the text is not empty. */
    FlowMap putText(String key, String value) {
        return value.isEmpty() ? this : put(key, value);
    }

    List<Map.Entry<String, Object>> entries() {
        return entries;
    }

    /** Writes the fields as {@code {k: v, k: v}} with the given key and string writers (YAML flow or JSON). */
    String write(boolean json) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> entry : entries) {
            out.append(out.length() > 1 ? ", " : "").append(json ? Text.json(entry.getKey()) : entry.getKey())
                    .append(": ").append(value(entry.getValue(), json));
        }
        return out.append('}').toString();
    }

    static String value(Object value, boolean json) {
        return switch (value) {
            case String text -> json ? Text.json(text) : Text.yaml(text);
            case FlowMap nested -> nested.write(json);
            case List<?> list -> "[" + String.join(", ", list.stream().map(item -> value(item, json)).toList()) + "]";
            default -> String.valueOf(value);
        };
    }
}
