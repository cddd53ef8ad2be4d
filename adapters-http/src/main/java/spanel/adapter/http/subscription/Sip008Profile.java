package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SIP008 online configuration: {@code version: 1} and the Shadowsocks servers (plain and 2022),
 * each with a UUID that stays the same for the node across fetches, plus the traffic used and left
 * when known. Two-space indented JSON.
 */
final class Sip008Profile {

    private Sip008Profile() {
    }

    static boolean supports(ProfileNode node) {
        return node.isShadowsocks();
    }

    static byte[] body(List<ProfileNode> nodes, Optional<ProfileUsage> usage) {
        StringBuilder json = new StringBuilder("{\n  \"version\": 1,\n  \"servers\": [");
        for (int i = 0; i < nodes.size(); i++) {
            ProfileNode node = nodes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "id", Text.json(new UUID(0, node.nodeId()).toString()), false);
            field(json, "remarks", Text.json(node.name()), false);
            field(json, "server", Text.json(node.server()), false);
            field(json, "server_port", Integer.toString(node.port()), false);
            field(json, "password", Text.json(node.password()), false);
            field(json, "method", Text.json(node.cipher()), true);
            json.append("    }");
        }
        json.append(nodes.isEmpty() ? "]" : "\n  ]");
        usage.ifPresent(traffic -> json.append(",\n  \"bytes_used\": ").append(traffic.bytesUsed())
                .append(",\n  \"bytes_remaining\": ").append(traffic.bytesRemaining()));
        return json.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder json, String key, String value, boolean last) {
        json.append("      ").append(Text.json(key)).append(": ").append(value).append(last ? "\n" : ",\n");
    }
}
