package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of fields for one object of a profile: a Clash proxy or a sing-box outbound.
 * Values are String, Integer, Boolean, nested {@code FlowMap} or a List of Strings. The document
 * around it is written by a YAML or JSON library ({@link #tree()}), never by joining text.
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

    /** The fields as plain ordered maps and lists, for the YAML and JSON writers. */
    Map<String, Object> tree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : entries) {
            tree.put(entry.getKey(), entry.getValue() instanceof FlowMap nested ? nested.tree() : entry.getValue());
        }
        return tree;
    }
}
