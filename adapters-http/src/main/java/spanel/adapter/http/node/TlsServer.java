package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import spanel.adapter.http.support.InvalidRequest;

/**
 * What TUIC, Hysteria2 and AnyTLS nodes share: the port the node listens on ({@code offset_port_node},
 * required), the port clients dial ({@code offset_port_user}, else the node's), and the name the node's
 * certificate answers to ({@code sni}, else {@code host}, else the node's server). The certificate is
 * the node backend's own, so clients check it against that name: it must be a host name, never an IP
 * address, and {@code allow_insecure} is refused (spanel hands out no profile that skips the check).
 * Each reader here names the custom_config key it refuses.
 */
public record TlsServer(int port, OptionalInt userPort, String serverName) {

    private static final String FIELD = "custom_config.";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

    /** The port clients connect to. */
    public int clientPort() {
        return userPort.orElse(port);
    }

    /** Reads the shared settings of a node of one of these protocols, or refuses naming the key. */
    public static TlsServer of(ObjectNode config, String server) {
        JsonNode insecure = config.get("allow_insecure");
        if (insecure != null && !insecure.isNull() && !List.of("false", "0", "").contains(insecure.asText())) {
            throw InvalidRequest.field(FIELD + "allow_insecure",
                    "spanel hands out no profile that skips the certificate check; give the node a certificate for its sni");
        }
        int port = port(config, "offset_port_node")
                .orElseThrow(() -> InvalidRequest.field(FIELD + "offset_port_node", "is required: the port the node listens on"));
        return new TlsServer(port, port(config, "offset_port_user"), serverName(config, server));
    }

    private static String serverName(ObjectNode config, String server) {
        for (String key : new String[] {"sni", "host"}) {
            JsonNode value = config.get(key);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                if (!value.isTextual() || !isHostName(value.asText().strip())) {
                    throw InvalidRequest.field(FIELD + key, "must be a host name the node's certificate is for, not an IP address");
                }
                return value.asText().strip();
            }
        }
        String host = server == null ? "" : server.strip();
        if (!isHostName(host)) {
            throw InvalidRequest.field(FIELD + "sni",
                    "is required when the server is not a host name: clients check the node's certificate against it");
        }
        return host;
    }

    /** A DNS name of labels (at most 253 characters), not a dotted IPv4 address; IPv6 has colons, so fails. */
    static boolean isHostName(String name) {
        if (name.isEmpty() || name.length() > 253 || IPV4.matcher(name).matches()) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static OptionalInt port(ObjectNode config, String key) {
        JsonNode value = config.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return OptionalInt.empty();
        }
        String text = value.asText().strip();
        if ((value.isTextual() || value.isIntegralNumber()) && text.matches("\\d{1,5}")) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65_535) {
                return OptionalInt.of(port);
            }
        }
        throw InvalidRequest.field(FIELD + key, "must be a port from 1 to 65535");
    }

    /** A whole number from {@code min} to {@code max} (a JSON number or a string of digits), else the default. */
    static int whole(ObjectNode config, String key, int min, int max, int fallback) {
        JsonNode value = config.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        String text = value.asText().strip();
        if ((value.isTextual() || value.isIntegralNumber()) && text.matches("\\d{1,9}")) {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw InvalidRequest.field(FIELD + key, "must be a whole number from " + min + " to " + max);
    }

    /** One of the allowed words, else the default when absent. */
    static String oneOf(ObjectNode config, String key, List<String> allowed, String fallback) {
        JsonNode value = config.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw InvalidRequest.field(FIELD + key, "must be one of " + String.join(", ", allowed));
        }
        return value.asText();
    }

    /** A list of non-empty strings, else the default when absent. */
    static List<String> strings(ObjectNode config, String key, List<String> fallback) {
        JsonNode value = config.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isArray() || value.isEmpty()) {
            throw InvalidRequest.field(FIELD + key, "must be a list of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw InvalidRequest.field(FIELD + key, "must be a list of non-empty strings");
            }
            items.add(item.asText().strip());
        }
        return List.copyOf(items);
    }

    /**
     * Whose secret a user connects with: the uuid (what V2bX derives every credential of these
     * protocols from) unless the node allows {@code "passwd"}, SSPanel's TUIC credential for backends
     * on its mod_mu API.
     */
    static boolean passwdCredential(ObjectNode config, boolean passwdAllowed) {
        String credential = oneOf(config, "credential", passwdAllowed ? List.of("uuid", "passwd") : List.of("uuid"), "uuid");
        return credential.equals("passwd");
    }
}
