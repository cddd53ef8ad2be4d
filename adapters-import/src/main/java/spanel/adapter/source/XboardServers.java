package spanel.adapter.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import spanel.application.imports.port.out.SourcePanel.Node;

/**
 * Xboard's nodes from 2025-01 on: one {@code v2_server} table, ids global, each protocol's settings
 * in the {@code protocol_settings} JSON. Its 2025 migration kept each node's old per-table id as
 * {@code code}, and Xboard finds a node by (type, code) before its id; spanel keeps the same pair in
 * legacy_node_ids, so V2bX configured either way reaches its node.
 */
final class XboardServers {

    private XboardServers() {
    }

    static Node node(ResultSet row, Map<Integer, String> ciphers, boolean enabledColumn) throws SQLException {
        String type = row.getString("type").strip().toLowerCase(Locale.ROOT);
        long id = row.getLong("id");
        Optional<Long> code = Optional.ofNullable(row.getString("code")).map(String::strip).filter(c -> c.matches("\\d{1,18}"))
                .map(Long::parseLong);
        boolean shown = row.getBoolean("show") && (!enabledColumn || row.getBoolean("enabled"));
        JsonNode settings = SspanelSource.parseObject(row.getString("protocol_settings"));
        ObjectNode config = V2boardSource.ports(row);
        return switch (type) {
            case "shadowsocks" -> {
                String cipher = settings.path("cipher").asText("aes-128-gcm");
                boolean ss2022 = cipher.startsWith("2022-");
                config.put("credential", "uuid");
                Optional<String> serverKey = ss2022
                        ? Optional.of(V2boardSource.serverKey(row.getLong("created_unix"), cipher)) : Optional.empty();
                Node node = node(row, type, id, code, shown, ss2022 ? 1 : 0, config, cipher, serverKey, Optional.empty());
                if (node.refused().isEmpty()) {
                    ciphers.putIfAbsent(node.nodeGroup(), cipher);
                }
                yield node;
            }
            case "vmess", "vless" -> node(row, type, id, code, shown, 11, config, "aes-128-gcm", Optional.empty(),
                    vmessOrVless(type, settings, config));
            case "trojan" -> {
                serverName(settings.path("server_name"), config);
                yield node(row, type, id, code, shown, 14, config, "aes-128-gcm", Optional.empty(), Optional.empty());
            }
            case "hysteria" -> {
                int version = settings.path("version").asInt(1);
                serverName(settings.path("tls").path("server_name"), config);
                JsonNode bandwidth = settings.path("bandwidth");
                if (bandwidth.has("up")) {
                    config.put("up_mbps", bandwidth.path("up").asInt());
                }
                if (bandwidth.has("down")) {
                    config.put("down_mbps", bandwidth.path("down").asInt());
                }
                JsonNode obfs = settings.path("obfs");
                if (obfs.path("open").asBoolean(false)) {
                    config.put("obfs", obfs.path("type").asText("salamander"));
                    config.put("obfs_password", obfs.path("password").asText(""));
                }
                Optional<String> refused = version == 2 ? Optional.empty()
                        : Optional.of("Hysteria v1: neither spanel nor V2bX's current releases serve it");
                yield node(row, type, id, code, shown, 20, config, "aes-128-gcm", Optional.empty(), refused);
            }
            case "tuic" -> {
                serverName(settings.path("tls").path("server_name"), config);
                for (String key : new String[] {"congestion_control", "udp_relay_mode"}) {
                    if (settings.path(key).isTextual()) {
                        config.put(key, settings.get(key).asText());
                    }
                }
                if (settings.path("alpn").isArray()) {
                    config.set("alpn", settings.get("alpn"));
                }
                Optional<String> refused = settings.path("version").asInt(5) == 5 ? Optional.empty()
                        : Optional.of("TUIC v4: spanel serves TUIC v5");
                yield node(row, type, id, code, shown, 2, config, "aes-128-gcm", Optional.empty(), refused);
            }
            case "anytls" -> {
                serverName(settings.path("tls").path("server_name"), config);
                yield node(row, type, id, code, shown, 21, config, "aes-128-gcm", Optional.empty(), Optional.empty());
            }
            default -> node(row, type, id, code, shown, 0, config, "aes-128-gcm", Optional.empty(),
                    Optional.of("a " + type + " node: spanel does not serve this protocol"));
        };
    }

    /**
     * A VMess or VLESS node's settings in Xboard's {@code protocol_settings} form (also how Xboard's
     * 2025 migration carried V2board's {@code v2_server_vless} over) into {@code config}; why the
     * node is refused, if it is.
     */
    static Optional<String> vmessOrVless(String type, JsonNode settings, ObjectNode config) {
        transport(settings, config);
        int tls = settings.path("tls").asInt(0);
        Optional<String> refused = Optional.empty();
        if (tls == 1) {
            config.put("security", "tls");
        } else if (tls == 2 && type.equals("vless")) {
            refused = reality(settings.path("reality_settings"), config);
        } else if (tls == 2) {
            refused = Optional.of("REALITY on a vmess node: VMess does not run over REALITY");
        }
        if (type.equals("vless")) {
            config.put("enable_vless", true);
            String flow = settings.path("flow").asText("");
            if (!flow.isBlank()) {
                config.put("flow", flow);
            }
        }
        return refused;
    }

    private static Node node(ResultSet row, String type, long id, Optional<Long> code, boolean shown, int sort,
            ObjectNode config, String method, Optional<String> serverKey, Optional<String> refused) throws SQLException {
        return V2boardSource.node(row, type, id, code, "group_ids", shown, sort, config, method, serverKey, refused);
    }

    /**
     * Xboard's {@code reality_settings} as spanel's {@code reality-opts}: the site borrowed
     * ({@code server_name}, {@code server_port}), the key pair and the short id. Xboard may hold a key
     * in standard base64; xray's form is base64url without padding. Without a private key the node
     * is refused; a public key is derived when absent, and a pair that does not match is refused when
     * the node is judged as spanel judges every node it saves.
     */
    private static Optional<String> reality(JsonNode reality, ObjectNode config) {
        String serverName = reality.path("server_name").asText("").strip();
        String privateKey = urlSafe(reality.path("private_key").asText(""));
        if (privateKey.isEmpty()) {
            return Optional.of("a REALITY node without its private key: enter the keys in spanel by hand");
        }
        if (serverName.isEmpty()) {
            return Optional.of("a REALITY node without the server name it borrows (reality_settings.server_name)");
        }
        String port = reality.path("server_port").asText("").strip();
        ObjectNode opts = config.putObject("reality-opts");
        opts.put("dest", serverName + ":" + (port.matches("\\d{1,5}") ? port : "443"));
        opts.putArray("server_names").add(serverName);
        opts.put("private_key", privateKey);
        String publicKey = urlSafe(reality.path("public_key").asText(""));
        if (!publicKey.isEmpty()) {
            opts.put("public_key", publicKey);
        }
        opts.putArray("short_ids").add(reality.path("short_id").asText("").strip());
        config.put("security", "reality");
        return Optional.empty();
    }

    private static String urlSafe(String key) {
        return key.strip().replace('+', '-').replace('/', '_').replaceAll("=+$", "");
    }

    /** network and network_settings as V2board wrote them for vmess/vless/trojan. */
    private static void transport(JsonNode settings, ObjectNode config) {
        String network = settings.path("network").asText("tcp");
        config.put("network", network.isBlank() ? "tcp" : network);
        JsonNode transport = settings.path("network_settings");
        if (transport.hasNonNull("path")) {
            config.put("path", transport.get("path").asText());
        }
        JsonNode host = transport.path("headers").path("Host");
        if (host.isTextual()) {
            config.put("host", host.asText());
        }
        if (transport.hasNonNull("serviceName")) {
            config.put("servicename", transport.get("serviceName").asText());
        }
    }

    private static void serverName(JsonNode name, ObjectNode config) {
        if (name.isTextual() && !name.asText().isBlank()) {
            config.put("sni", name.asText().strip());
            config.put("host", name.asText().strip());
        }
    }
}
