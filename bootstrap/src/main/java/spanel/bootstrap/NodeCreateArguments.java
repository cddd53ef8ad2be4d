package spanel.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import spanel.adapter.http.admin.NodeSettings;
import spanel.adapter.http.support.Json;
import spanel.domain.node.NodeChanges;

/**
 * The settings {@code node create} takes, read into the admin API's JSON form and checked by the same
 * code ({@link NodeSettings}), so a node made from the command line is held to the same rules.
 */
final class NodeCreateArguments {

    private NodeCreateArguments() {
    }

    /** The node's settings; unreadable custom config is an IllegalArgumentException naming the option. */
    static NodeChanges settings(Optional<String> server, Optional<String> method, Optional<Integer> sort,
            Optional<String> customConfig) {
        ObjectNode json = Json.mapper().createObjectNode();
        server.ifPresent(value -> json.put("server", value));
        method.ifPresent(value -> json.put("method", value));
        sort.ifPresent(value -> json.put("sort", value));
        customConfig.ifPresent(config -> {
            try {
                json.set("custom_config", Json.mapper().readTree(config));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("--custom-config: not JSON (e.g. '{\"offset_port_node\":\"443\"}')", e);
            }
        });
        return NodeSettings.changes(json);
    }

    /** Whether the settings name the port the node listens on. */
    static boolean hasPort(NodeChanges settings) {
        return settings.customConfig().map(config -> {
            try {
                return Json.mapper().readTree(config).hasNonNull("offset_port_node");
            } catch (JsonProcessingException e) {
                return false;
            }
        }).orElse(false);
    }
}
