package spanel.adapter.http.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.node.AnyTlsSettings;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.node.Hysteria2Settings;
import spanel.adapter.http.node.Reality;
import spanel.adapter.http.node.ShadowsocksSettings;
import spanel.adapter.http.node.TlsServer;
import spanel.adapter.http.node.TuicSettings;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.node.Node;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.ShadowsocksCredential;
import spanel.domain.node.Ss2022Keys;

/**
 * The per-node mapping every format shares: from the node (server, protocol, its cipher and
 * Shadowsocks-2022 server key as the node APIs serve them, and its custom_config) and the user's
 * credentials to a {@link ProfileNode}. A node that lacks something a client needs is left out of
 * every format, never written half-filled, and the reason is logged once per node.
 */
final class ProfileNodes {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileNodes.class);
    private static final int LOGGED_LIMIT = 10_000;
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private static final Set<String> NETWORKS = Set.of("tcp", "ws", "grpc", "h2", "httpupgrade");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PUBLIC_KEY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern SHORT_ID = Pattern.compile("([0-9a-fA-F]{2}){0,8}");
    private static final String DEFAULT_REALITY_FINGERPRINT = "chrome";

    /** A user with every credential, to ask whether a node could be served at all. */
    private static final SubscriptionUser PROBE = new SubscriptionUser("00000000-0000-0000-0000-000000000000", "probe",
            NodeChanges.DEFAULT_METHOD);

    private ProfileNodes() {
    }

    /**
     * Why no client could use this node: the setting to blame and the reason, or empty when it can be
     * served. Saving a node asks this, so a node is refused rather than left out of every profile.
     */
    static Optional<Map.Entry<String, String>> unservable(Node node) {
        try {
            build(node, PROBE);
            return Optional.empty();
        } catch (Unusable e) {
            return Optional.of(Map.entry(e.field, e.getMessage()));
        }
    }

    /** The node as profiles write it, or empty (and logged once) when a client could not use it. */
    static Optional<ProfileNode> resolve(Node node, SubscriptionUser user) {
        try {
            return Optional.of(build(node, user));
        } catch (Unusable e) {
            logOnce(node, e.getMessage());
            return Optional.empty();
        }
    }

    private static ProfileNode build(Node node, SubscriptionUser user) {
        ObjectNode config = CustomConfig.asObject(node.customConfig());
        String server = host(node.server());
        int port = port(config);
        String name = Names.safe(node.name());
        if (name.isEmpty()) {
            name = "Node " + node.id().value();
        }
        long id = node.id().value();
        return switch (node.sort()) {
            case 0 -> shadowsocks(id, name, server, port, node, user);
            case Node.SORT_SS2022 -> shadowsocks2022(id, name, server, port, node, user);
            case Node.SORT_VMESS -> v2ray(id, name, server, port, config, user);
            case Node.SORT_TROJAN -> trojan(id, name, server, port, config, user);
            case Node.SORT_HYSTERIA2 -> hysteria2(id, name, server, settings(() -> Hysteria2Settings.of(config, server)),
                    user);
            case Node.SORT_TUIC -> tuic(id, name, server, settings(() -> TuicSettings.of(config, server)), user);
            case Node.SORT_ANYTLS -> anyTls(id, name, server, settings(() -> AnyTlsSettings.of(config, server)), user);
            default -> throw new Unusable("sort", "protocol " + node.sort() + " has no subscription format");
        };
    }

    private static ProfileNode shadowsocks(long id, String name, String server, int port, Node node,
            SubscriptionUser user) {
        String cipher = firstPresent(node.method(), user.method());
        if (cipher.isEmpty()) {
            throw new Unusable("method", "no Shadowsocks cipher");
        }
        if (cipher.startsWith("2022-")) {
            throw new Unusable("method", "a Shadowsocks-2022 cipher on a plain Shadowsocks node");
        }
        String password = credential(node).password(user.uuid(), user.passwd());
        return new ProfileNode(id, name, ProfileNode.Protocol.SHADOWSOCKS, server, port, cipher, password, "", "",
                tcp(), ProfileNode.Tls.NONE);
    }

    /** The key is the one the node API hands the node for this user, joined to the node's server key. */
    private static ProfileNode shadowsocks2022(long id, String name, String server, int port, Node node,
            SubscriptionUser user) {
        String cipher = firstPresent(node.method(), Ss2022Keys.DEFAULT_CIPHER);
        String userKey = credential(node).userKey(user.uuid(), user.passwd(), cipher)
                .orElseThrow(() -> new Unusable("method", "Shadowsocks-2022 node with the non-2022 cipher " + cipher));
        String password = serverKey(node).map(key -> key + ":" + userKey).orElse(userKey);
        return new ProfileNode(id, name, ProfileNode.Protocol.SHADOWSOCKS_2022, server, port, cipher, password, "", "",
                tcp(), ProfileNode.Tls.NONE);
    }

    /** Whose secret a Shadowsocks node's users connect with, as the node APIs serve it to the node. */
    private static ShadowsocksCredential credential(Node node) {
        return settings(() -> ShadowsocksSettings.credential(CustomConfig.asObject(node.customConfig())));
    }

    /** The node's Shadowsocks-2022 server key, the one its node API serves as custom_config.server_key. */
    static Optional<String> serverKey(Node node) {
        return node.serverKey().filter(key -> !key.isBlank());
    }

    private static ProfileNode v2ray(long id, String name, String server, int port, ObjectNode config,
            SubscriptionUser user) {
        boolean vless = "1".equals(text(config, "enable_vless")) || "true".equals(text(config, "enable_vless"));
        ProfileNode.Transport transport = transport(config);
        ProfileNode.Tls tls = tls(config, server, "none");
        if (!vless && tls.reality()) {
            throw new Unusable("custom_config.enable_vless", "VMess does not run over REALITY");
        }
        String flow = vless && transport.network().equals("tcp") && tls.enabled() ? text(config, "flow") : "";
        return new ProfileNode(id, name, vless ? ProfileNode.Protocol.VLESS : ProfileNode.Protocol.VMESS, server, port,
                "", "", user.uuid(), flow, transport, tls);
    }

    private static ProfileNode trojan(long id, String name, String server, int port, ObjectNode config,
            SubscriptionUser user) {
        ProfileNode.Tls tls = tls(config, server, "tls");
        if (!tls.security().equals("tls")) {
            throw new Unusable("custom_config.security", "Trojan is served over TLS only, not " + tls.security());
        }
        return new ProfileNode(id, name, ProfileNode.Protocol.TROJAN, server, port, "", user.uuid(), "", "",
                transport(config), tls);
    }

    /** Hysteria2, TUIC and AnyTLS users connect with their uuid, as V2bX derives their credentials. */
    private static ProfileNode hysteria2(long id, String name, String server, Hysteria2Settings settings,
            SubscriptionUser user) {
        return new ProfileNode(id, name, ProfileNode.Protocol.HYSTERIA2, server, settings.tls().clientPort(), "",
                user.uuid(), "", "", tcp(), tls(settings.tls(), List.of()), new ProfileNode.Options(settings.obfs(),
                        settings.obfsPassword(), settings.hopPorts(), settings.hopInterval(), "", ""));
    }

    /** TUIC: the uuid as both uuid and password, or SSPanel's pairing with the proxy password where the node keeps it. */
    private static ProfileNode tuic(long id, String name, String server, TuicSettings settings, SubscriptionUser user) {
        return new ProfileNode(id, name, ProfileNode.Protocol.TUIC, server, settings.tls().clientPort(), "",
                settings.passwdCredential() ? user.passwd() : user.uuid(), user.uuid(), "", tcp(),
                tls(settings.tls(), settings.alpn()), new ProfileNode.Options("", "", List.of(), 0,
                        settings.congestionControl(), settings.udpRelayMode()));
    }

    private static ProfileNode anyTls(long id, String name, String server, AnyTlsSettings settings,
            SubscriptionUser user) {
        return new ProfileNode(id, name, ProfileNode.Protocol.ANYTLS, server, settings.tls().clientPort(), "",
                user.uuid(), "", "", tcp(), tls(settings.tls(), List.of()));
    }

    private static ProfileNode.Tls tls(TlsServer server, List<String> alpn) {
        return new ProfileNode.Tls("tls", server.serverName(), "", alpn, "", "", "");
    }

    /** A protocol's settings, or the key it refuses as the reason the node cannot be served. */
    private static <T> T settings(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidRequest e) {
            String[] fieldAndReason = e.getMessage().split(": ", 2);
            throw new Unusable(fieldAndReason[0], fieldAndReason[1]);
        }
    }

    private static ProfileNode.Transport tcp() {
        return new ProfileNode.Transport("tcp", "", "", "");
    }

    private static ProfileNode.Transport transport(ObjectNode config) {
        String network = text(config, "network");
        network = network.isEmpty() ? "tcp" : network.equals("http") ? "h2" : network;
        if (!NETWORKS.contains(network)) {
            throw new Unusable("custom_config.network", "transport " + network + " has no subscription format");
        }
        JsonNode header = config.get("header");
        if (header != null && header.isObject() && !List.of("", "none").contains(text(header, "type"))) {
            throw new Unusable("custom_config.header", "tcp header obfuscation has no subscription format");
        }
        return switch (network) {
            case "tcp" -> tcp();
            case "grpc" -> new ProfileNode.Transport(network, "", "", required(config, "servicename", "gRPC service name"));
            default -> new ProfileNode.Transport(network, text(config, "host"),
                    firstPresent(text(config, "path"), "/"), "");
        };
    }

    private static ProfileNode.Tls tls(ObjectNode config, String server, String defaultSecurity) {
        String security = text(config, "security");
        if (bool(config.get("enable_reality"))) {
            security = "reality";
        }
        security = switch (security) {
            case "" -> defaultSecurity;
            case "xtls" -> "tls";
            case "tls", "reality", "none" -> security;
            default -> throw new Unusable("custom_config.security",
                    "security " + security + " has no subscription format");
        };
        if (security.equals("none")) {
            return ProfileNode.Tls.NONE;
        }
        String sni = firstPresent(text(config, "sni"), text(config, "host"), server);
        String fingerprint = text(config, "fp");
        List<String> alpn = alpn(config.get("alpn"));
        if (security.equals("tls")) {
            return new ProfileNode.Tls(security, sni, fingerprint, alpn, "", "", "");
        }
        JsonNode reality = config.get("reality-opts");
        String publicKey = firstPresent(text(reality, "public_key"), text(config, "pbk"), derivedPublicKey(reality));
        if (!PUBLIC_KEY.matcher(publicKey).matches()) {
            throw new Unusable("custom_config.reality-opts.public_key", publicKey.isEmpty()
                    ? "REALITY without a public key" : "REALITY public key is not 43 base64url characters");
        }
        String shortId = firstPresent(first(reality, "short_ids"), text(config, "sid"));
        if (!SHORT_ID.matcher(shortId).matches()) {
            throw new Unusable("custom_config.reality-opts.short_ids",
                    "REALITY short id is not 0-16 hex digits of even length");
        }
        return new ProfileNode.Tls(security, firstPresent(first(reality, "server_names"), sni),
                firstPresent(fingerprint, DEFAULT_REALITY_FINGERPRINT), alpn, publicKey, shortId, text(config, "spx"));
    }

    /** A node saved before the public key was derived on save gets it from its private key here. */
    private static String derivedPublicKey(JsonNode reality) {
        String privateKey = text(reality, "private_key");
        try {
            return privateKey.isEmpty() ? "" : Reality.publicKeyOf(privateKey);
        } catch (InvalidRequest e) {
            throw new Unusable("custom_config.reality-opts.private_key",
                    "REALITY private key is not 32 bytes in base64url");
        }
    }

    private static List<String> alpn(JsonNode value) {
        List<String> protocols = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> protocols.add(item.asText().trim()));
        } else if (value != null && value.isTextual()) {
            protocols.addAll(Arrays.asList(value.asText().split(",")));
        }
        return protocols.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The port clients connect to: offset_port_user, else offset_port_node, else 443. */
    private static int port(ObjectNode config) {
        String value = firstPresent(text(config, "offset_port_user"), text(config, "offset_port_node"), "443");
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String field = text(config, "offset_port_user").isEmpty() ? "offset_port_node" : "offset_port_user";
        throw new Unusable("custom_config." + field, "port " + value + " is not from 1 to 65535");
    }

    /** The host clients connect to, without brackets; anything that is not a bare host name or IP is refused. */
    private static String host(String server) {
        String host = server == null ? "" : server.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            throw new Unusable("server", "server is not a bare host name or IP address");
        }
        return host;
    }

    private static String required(ObjectNode config, String key, String what) {
        String value = text(config, key);
        if (value.isEmpty()) {
            throw new Unusable("custom_config." + key, "no " + what + " (" + key + ")");
        }
        return value;
    }

    private static String text(JsonNode object, String key) {
        JsonNode value = object == null ? null : object.get(key);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText().strip();
    }

    private static String first(JsonNode object, String key) {
        JsonNode list = object == null ? null : object.get(key);
        return list != null && list.isArray() && !list.isEmpty() && list.get(0).isValueNode()
                ? list.get(0).asText().strip() : "";
    }

    private static boolean bool(JsonNode value) {
        return value != null && (value.asBoolean(false) || "1".equals(value.asText()));
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static void logOnce(Node node, String reason) {
        String key = node.id().value() + ":" + reason;
        if (LOGGED.size() < LOGGED_LIMIT && LOGGED.add(key)) {
            LOG.warn("node {} is left out of subscriptions: {}", node.id().value(), reason);
        }
    }

    /** Why a node cannot go into a profile, and the setting to blame; caught here, never leaves this class. */
    private static final class Unusable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;

        Unusable(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
