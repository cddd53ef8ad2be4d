package spanel.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    static NodeChanges settings(Options options) {
        ObjectNode json = Json.mapper().createObjectNode();
        options.optional("--server").ifPresent(server -> json.put("server", server));
        options.optional("--method").ifPresent(method -> json.put("method", method));
        options.optional("--sort").ifPresent(sort -> {
            try {
                json.put("sort", Integer.parseInt(sort.strip()));
            } catch (NumberFormatException e) {
                throw new Options.UsageError("--sort: one of 0, 1, 2, 3, 11, 14");
            }
        });
        options.optional("--custom-config").ifPresent(config -> {
            try {
                json.set("custom_config", Json.mapper().readTree(config));
            } catch (JsonProcessingException e) {
                throw new Options.UsageError("--custom-config: not JSON (e.g. '{\"offset_port_node\":\"443\"}')");
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
