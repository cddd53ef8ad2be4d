package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The share links of the base64 format, one URI per node: SIP002 {@code ss://} (Shadowsocks-2022
 * with its userinfo percent-encoded, as SIP002 requires), v2rayN's {@code vmess://} JSON,
 * {@code vless://} (REALITY included), {@code trojan://}, {@code hysteria2://} (the official scheme,
 * with the hop ranges in v2rayN's {@code mport}), {@code tuic://} and {@code anytls://}. Every query
 * value and the name in the fragment are percent-encoded.
 */
final class ShareLinks {

    private ShareLinks() {
    }

    /** The whole body: each link followed by a newline, in standard padded base64 without line breaks; empty for no nodes. */
    static byte[] body(List<ProfileNode> nodes) {
        if (nodes.isEmpty()) {
            return new byte[0];
        }
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> text.append(link(node)).append('\n'));
        return Base64.getEncoder().encode(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String link(ProfileNode node) {
        return switch (node.protocol()) {
            case SHADOWSOCKS -> "ss://" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (node.cipher() + ":" + node.password()).getBytes(StandardCharsets.UTF_8)) + at(node) + fragment(node);
            case SHADOWSOCKS_2022 -> "ss://" + Text.pct(node.cipher()) + ":" + Text.pct(node.password()) + at(node)
                    + fragment(node);
            case VMESS -> "vmess://" + Base64.getEncoder().encodeToString(vmessJson(node).getBytes(StandardCharsets.UTF_8));
            case VLESS -> "vless://" + node.uuid() + at(node) + "?" + vlessQuery(node) + fragment(node);
            case TROJAN -> "trojan://" + Text.pct(node.password()) + at(node) + "?" + trojanQuery(node) + fragment(node);
            case HYSTERIA2 -> "hysteria2://" + Text.pct(node.password()) + at(node) + "/?" + hysteria2Query(node)
                    + fragment(node);
            case TUIC -> "tuic://" + Text.pct(node.uuid()) + ":" + Text.pct(node.password()) + at(node) + "?"
                    + tuicQuery(node) + fragment(node);
            case ANYTLS -> "anytls://" + Text.pct(node.password()) + at(node) + "/?" + sni(node) + fragment(node);
        };
    }

    private static String at(ProfileNode node) {
        String host = node.server().contains(":") ? "[" + node.server() + "]" : node.server();
        return "@" + host + ":" + node.port();
    }

    private static String fragment(ProfileNode node) {
        return "#" + Text.pct(node.name());
    }

    /** v2rayN's share JSON (version 2): every value a string, in the wiki's key order. */
    private static String vmessJson(ProfileNode node) {
        ProfileNode.Transport transport = node.transport();
        ProfileNode.Tls tls = node.tls();
        boolean grpc = transport.network().equals("grpc");
        String[][] fields = {
                {"v", "2"},
                {"ps", node.name()},
                {"add", node.server()},
                {"port", Integer.toString(node.port())},
                {"id", node.uuid()},
                {"aid", "0"},
                {"scy", "auto"},
                {"net", transport.network()},
                {"type", grpc ? "gun" : "none"},
                {"host", transport.host()},
                {"path", grpc ? transport.serviceName() : transport.path()},
                {"tls", tls.enabled() ? "tls" : ""},
                {"sni", tls.sni()},
                {"alpn", String.join(",", tls.alpn())},
                {"fp", tls.fingerprint()},
        };
        StringBuilder json = new StringBuilder("{");
        for (String[] field : fields) {
            json.append(json.length() > 1 ? "," : "").append(Text.json(field[0])).append(':').append(Text.json(field[1]));
        }
        return json.append('}').toString();
    }

    private static String vlessQuery(ProfileNode node) {
        Query query = new Query();
        query.add("encryption", "none");
        query.add("flow", node.flow());
        query.add("security", node.tls().security());
        tlsParameters(query, node.tls());
        transportParameters(query, node.transport());
        return query.toString();
    }

    private static String trojanQuery(ProfileNode node) {
        Query query = new Query();
        query.add("security", node.tls().security());
        tlsParameters(query, node.tls());
        transportParameters(query, node.transport());
        return query.toString();
    }

    /** sni, obfs, obfs-password, mport; never insecure, never the bandwidth (the URI scheme keeps it out). */
    private static String hysteria2Query(ProfileNode node) {
        Query query = new Query();
        query.add("sni", node.tls().sni());
        query.add("obfs", node.options().obfs());
        query.add("obfs-password", node.options().obfsPassword());
        query.add("mport", String.join(",", node.options().hopPorts()));
        return query.toString();
    }

    private static String tuicQuery(ProfileNode node) {
        Query query = new Query();
        query.add("sni", node.tls().sni());
        query.add("alpn", String.join(",", node.tls().alpn()));
        query.add("congestion_control", node.options().congestionControl());
        query.add("udp_relay_mode", node.options().udpRelayMode());
        return query.toString();
    }

    private static String sni(ProfileNode node) {
        Query query = new Query();
        query.add("sni", node.tls().sni());
        return query.toString();
    }

    private static void tlsParameters(Query query, ProfileNode.Tls tls) {
        if (!tls.enabled()) {
            return;
        }
        query.add("sni", tls.sni());
        query.add("fp", tls.fingerprint());
        if (tls.reality()) {
            query.add("pbk", tls.publicKey());
            query.add("sid", tls.shortId());
            query.add("spx", tls.spiderX());
        } else {
            query.add("alpn", String.join(",", tls.alpn()));
        }
    }

    private static void transportParameters(Query query, ProfileNode.Transport transport) {
        switch (transport.network()) {
            case "tcp" -> {
                query.add("type", "tcp");
                query.add("headerType", "none");
            }
            case "grpc" -> {
                query.add("type", "grpc");
                query.add("serviceName", transport.serviceName());
                query.add("mode", "gun");
            }
            default -> {
                query.add("type", transport.network().equals("h2") ? "http" : transport.network());
                query.add("host", transport.host());
                query.add("path", transport.path());
            }
        }
    }

    /** Query parameters in the order added; a parameter with an empty value is left out. */
    private static final class Query {

        private final List<String> pairs = new ArrayList<>();

        void add(String key, String value) {
            if (!value.isEmpty()) {
                pairs.add(key + "=" + Text.pct(value));
            }
        }

        @Override
        public String toString() {
            return String.join("&", pairs);
        }
    }
}
