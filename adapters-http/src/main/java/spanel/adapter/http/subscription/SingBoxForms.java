package spanel.adapter.http.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Brings a sing-box configuration written for 1.12 and newer down to what an older core reads, as
 * sing-box's migration notes pair the forms:
 *
 * <ul>
 *   <li>Before 1.12, DNS servers are {@code address} strings ({@code "tls://1.1.1.1"},
 *       {@code "https://1.1.1.1/dns-query"}, {@code "local"}, {@code "fakeip"} with
 *       {@code dns.fakeip}), {@code domain_resolver} is {@code address_resolver}, and
 *       {@code route.default_domain_resolver} is a first DNS rule {@code outbound: any}.</li>
 *   <li>Before 1.11, there are no rule actions: {@code reject} and {@code hijack-dns} route to the
 *       special {@code block} and {@code dns} outbounds (which 1.13 removed, so they are never in a
 *       template), {@code sniff} is the inbounds' {@code sniff: true}, {@code route} is the rule
 *       itself, and a DNS rule's {@code reject} answers from an {@code rcode://refused} server.
 *       {@code resolve} and {@code route-options} rules have no older form and are left out.</li>
 * </ul>
 *
 * Anything else without an older form (a DNS server type older cores lack, an unknown action) is an
 * IllegalArgumentException, which refuses the template when it is read.
 */
final class SingBoxForms {

    static final String BLOCK = "block";
    static final String DNS_OUT = "dns-out";
    /** Outbound tags the older forms add, which no node may take. */
    static final Set<String> RESERVED = Set.of(BLOCK, DNS_OUT);
    private static final String REFUSED = "dns-refused";
    private static final ClientVersion RULE_ACTIONS = ClientVersion.of("1.11.0");
    private static final ClientVersion TYPED_DNS_SERVERS = ClientVersion.of("1.12.0");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SingBoxForms() {
    }

    static void bringDown(ObjectNode config, ClientVersion core) {
        if (!core.atLeast(TYPED_DNS_SERVERS)) {
            addressDnsServers(config);
        }
        if (!core.atLeast(RULE_ACTIONS)) {
            noRuleActions(config);
        }
    }

    private static void addressDnsServers(ObjectNode config) {
        ObjectNode dns = config.get("dns") instanceof ObjectNode d ? d : null;
        if (dns != null && dns.get("servers") instanceof ArrayNode servers) {
            for (int i = 0; i < servers.size(); i++) {
                servers.set(i, addressServer(dns, object(servers.get(i), "dns.servers")));
            }
        }
        for (JsonNode outbound : config.path("outbounds")) {
            if (outbound instanceof ObjectNode o) {
                o.remove("domain_resolver");
            }
        }
        if (config.get("route") instanceof ObjectNode route && route.has("default_domain_resolver")) {
            JsonNode resolver = route.remove("default_domain_resolver");
            String server = resolver.isTextual() ? resolver.asText() : resolver.path("server").asText();
            if (dns == null) {
                throw new IllegalArgumentException("route.default_domain_resolver without dns");
            }
            ArrayNode rules = dns.get("rules") instanceof ArrayNode r ? r : dns.putArray("rules");
            rules.insert(0, NODES.objectNode().put("outbound", "any").put("action", "route").put("server", server));
        }
    }

    /** One typed DNS server as a legacy {@code address} server, with its tag, detour and resolver kept. */
    private static ObjectNode addressServer(ObjectNode dns, ObjectNode server) {
        if (!server.has("type")) {
            return server;
        }
        String type = server.path("type").asText();
        String host = server.path("server").asText();
        String port = server.has("server_port") ? ":" + server.get("server_port").asInt() : "";
        String address = switch (type) {
            case "local" -> "local";
            case "udp" -> port.isEmpty() ? host : "udp://" + host + port;
            case "tcp", "tls", "quic" -> type + "://" + host + port;
            case "https", "h3" -> type + "://" + host + port + server.path("path").asText("/dns-query");
            case "dhcp" -> "dhcp://" + server.path("interface").asText("auto");
            case "fakeip" -> {
                ObjectNode fakeip = dns.putObject("fakeip").put("enabled", true);
                for (String range : new String[] {"inet4_range", "inet6_range"}) {
                    if (server.has(range)) {
                        fakeip.set(range, server.get(range));
                    }
                }
                yield "fakeip";
            }
            default -> throw new IllegalArgumentException("a DNS server of type " + type + " has no form before sing-box 1.12");
        };
        if (host.isEmpty() && !Set.of("local", "dhcp", "fakeip").contains(type)) {
            throw new IllegalArgumentException("a DNS server of type " + type + " without a server");
        }
        ObjectNode legacy = NODES.objectNode();
        legacy.set("tag", server.get("tag"));
        legacy.put("address", address);
        JsonNode resolver = server.get("domain_resolver");
        if (resolver != null) {
            legacy.put("address_resolver", resolver.isTextual() ? resolver.asText() : resolver.path("server").asText());
        }
        if (server.has("detour")) {
            legacy.set("detour", server.get("detour"));
        }
        return legacy;
    }

    private static void noRuleActions(ObjectNode config) {
        if (config.get("route") instanceof ObjectNode route && route.get("rules") instanceof ArrayNode rules) {
            withoutActions(rules, "route.rules", (rule, action) -> switch (action) {
                case "route" -> true;
                case "reject" -> {
                    rule.put("outbound", special(config, "block", BLOCK));
                    yield true;
                }
                case "hijack-dns" -> {
                    rule.put("outbound", special(config, "dns", DNS_OUT));
                    yield true;
                }
                case "sniff" -> {
                    sniffOn(config, rule.get("inbound"));
                    yield false;
                }
                case "resolve", "route-options" -> false;
                default -> throw new IllegalArgumentException("a route rule action " + action + " has no form before sing-box 1.11");
            });
        }
        if (config.get("dns") instanceof ObjectNode dns && dns.get("rules") instanceof ArrayNode rules) {
            withoutActions(rules, "dns.rules", (rule, action) -> switch (action) {
                case "route" -> true;
                case "reject" -> {
                    rule.put("server", refusingServer(dns));
                    yield true;
                }
                case "route-options" -> false;
                default -> throw new IllegalArgumentException("a DNS rule action " + action + " has no form before sing-box 1.11");
            });
        }
    }

    /**
     * Takes each rule's action (and the reject options) off it and lets {@code rewrite} give the rule
     * its older form; a rule for which it answers false is left out.
     */
    private static void withoutActions(ArrayNode rules, String field, BiPredicate<ObjectNode, String> rewrite) {
        for (Iterator<JsonNode> it = rules.iterator(); it.hasNext();) {
            ObjectNode rule = object(it.next(), field);
            JsonNode action = rule.remove("action");
            rule.remove("method");
            rule.remove("no_drop");
            if (!rewrite.test(rule, action == null ? "route" : action.asText())) {
                it.remove();
            }
        }
    }

    /** The tag of the template's outbound of this special type, added when it has none. */
    private static String special(ObjectNode config, String type, String tag) {
        ArrayNode outbounds = (ArrayNode) config.get("outbounds");
        for (JsonNode outbound : outbounds) {
            if (outbound.path("type").asText().equals(type)) {
                return outbound.path("tag").asText();
            }
        }
        outbounds.addObject().put("type", type).put("tag", tag);
        return tag;
    }

    private static String refusingServer(ObjectNode dns) {
        ArrayNode servers = dns.get("servers") instanceof ArrayNode s ? s : dns.putArray("servers");
        for (JsonNode server : servers) {
            if (server.path("tag").asText().equals(REFUSED)) {
                return REFUSED;
            }
        }
        servers.addObject().put("tag", REFUSED).put("address", "rcode://refused");
        return REFUSED;
    }

    /** Sniffing on the inbounds a sniff rule names ({@code inbound}: a tag or a list), or on all of them. */
    private static void sniffOn(ObjectNode config, JsonNode named) {
        Set<String> tags = new java.util.HashSet<>();
        if (named != null) {
            if (named.isArray()) {
                named.forEach(tag -> tags.add(tag.asText()));
            } else {
                tags.add(named.asText());
            }
        }
        for (JsonNode inbound : config.path("inbounds")) {
            if (inbound instanceof ObjectNode in && (tags.isEmpty() || tags.contains(in.path("tag").asText()))) {
                in.put("sniff", true);
            }
        }
    }

    private static ObjectNode object(JsonNode node, String field) {
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(field + " holds something other than objects");
        }
        return object;
    }
}
