package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import spanel.adapter.http.support.InvalidRequest;

/**
 * A Hysteria2 node (sort 20) as its custom_config describes it: the shared {@link TlsServer}
 * settings; {@code obfs} absent or {@code "salamander"} (the only obfuscator clients read) with its
 * {@code obfs_password}; the node's own bandwidth limits {@code up_mbps}/{@code down_mbps} (0, the
 * default, lets clients choose) and {@code ignore_client_bandwidth}; and port hopping for clients:
 * {@code hop_ports} as {@code N-M[,N-M…]} (the node itself listens on one port, the operator forwards
 * the range to it) and {@code hop_interval} in seconds (at least 5, default 30). Users connect with
 * their uuid as the password.
 */
public record Hysteria2Settings(TlsServer tls, String obfs, String obfsPassword, int upMbps, int downMbps,
        boolean ignoreClientBandwidth, List<String> hopPorts, int hopInterval) {

    public static final String SALAMANDER = "salamander";
    private static final int MAX_MBPS = 100_000;

    public Hysteria2Settings {
        hopPorts = List.copyOf(hopPorts);
    }

    /** The settings of a sort-20 node, or a refusal naming the custom_config key that no client could use. */
    public static Hysteria2Settings of(ObjectNode config, String server) {
        TlsServer tls = TlsServer.of(config, server);
        TlsServer.passwdCredential(config, false);
        JsonNode obfsType = config.get("obfs");
        String obfs = obfsType == null || obfsType.isNull() ? "" : obfsType.asText();
        if (!obfs.isEmpty() && !(obfsType.isTextual() && obfs.equals(SALAMANDER))) {
            throw InvalidRequest.field("custom_config.obfs", "must be \"salamander\" (the one obfuscator clients read) or left out");
        }
        JsonNode password = config.get("obfs_password");
        boolean hasPassword = password != null && !password.isNull();
        if (obfs.isEmpty() && hasPassword) {
            throw InvalidRequest.field("custom_config.obfs_password", "is used only with obfs \"salamander\"");
        }
        if (!obfs.isEmpty() && (!hasPassword || !password.isTextual() || !password.asText().matches("[\\x21-\\x7E]{1,128}"))) {
            throw InvalidRequest.field("custom_config.obfs_password",
                    "obfs \"salamander\" needs a password of 1 to 128 printable ASCII characters without spaces");
        }
        JsonNode ignore = config.get("ignore_client_bandwidth");
        if (ignore != null && !ignore.isNull() && !ignore.isBoolean()) {
            throw InvalidRequest.field("custom_config.ignore_client_bandwidth", "must be true or false");
        }
        return new Hysteria2Settings(tls, obfs, obfs.isEmpty() ? "" : password.asText(),
                TlsServer.whole(config, "up_mbps", 0, MAX_MBPS, 0), TlsServer.whole(config, "down_mbps", 0, MAX_MBPS, 0),
                ignore != null && ignore.asBoolean(false), hopPorts(config),
                TlsServer.whole(config, "hop_interval", 5, 86_400, 30));
    }

    /** {@code N-M[,N-M…]}: each bound a port, N ≤ M; returned as the ranges, each {@code "N-M"}. */
    private static List<String> hopPorts(ObjectNode config) {
        JsonNode value = config.get("hop_ports");
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return List.of();
        }
        List<String> ranges = new ArrayList<>();
        for (String range : value.isTextual() ? value.asText().split(",", -1) : new String[] {"not text"}) {
            String[] bounds = range.strip().split("-", -1);
            if (bounds.length != 2 || !isPort(bounds[0]) || !isPort(bounds[1])
                    || Integer.parseInt(bounds[0]) > Integer.parseInt(bounds[1])) {
                throw InvalidRequest.field("custom_config.hop_ports",
                        "must be port ranges N-M, comma-separated, each port from 1 to 65535 and N no more than M");
            }
            ranges.add(Integer.parseInt(bounds[0]) + "-" + Integer.parseInt(bounds[1]));
        }
        return ranges;
    }

    private static boolean isPort(String text) {
        return text.matches("\\d{1,5}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 65_535;
    }
}
