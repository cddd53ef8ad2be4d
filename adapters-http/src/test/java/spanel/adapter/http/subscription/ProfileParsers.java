package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads profiles back with parsers that share nothing with the renderers: SnakeYAML for Clash, a
 * plain Jackson mapper for sing-box and SIP008, java.net.URI and the JDK's base64 for links.
 */
final class ProfileParsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileParsers() {
    }

    /** A share link's parts: scheme, user, host, port, name and the query (vmess: its JSON fields as strings). */
    record Link(String scheme, String user, String host, int port, String name, Map<String, String> query) {
    }

    static List<Link> links(RenderedProfile profile) {
        byte[] body = profile.body();
        if (body.length == 0) {
            return List.of();
        }
        assertThat(new String(body, StandardCharsets.US_ASCII)).doesNotContain("\n", "\r");
        String text = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        List<Link> links = new ArrayList<>();
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            links.add(link(line));
        }
        return links;
    }

    static Link link(String line) {
        URI uri = URI.create(line);
        if (uri.getScheme().equals("vmess")) {
            JsonNode json = json(new String(Base64.getDecoder().decode(line.substring("vmess://".length())),
                    StandardCharsets.UTF_8));
            Map<String, String> fields = new LinkedHashMap<>();
            json.properties().forEach(field -> {
                assertThat(field.getValue().isTextual()).as("vmess field %s is a string", field.getKey()).isTrue();
                fields.put(field.getKey(), field.getValue().asText());
            });
            return new Link("vmess", fields.get("id"), fields.get("add"), Integer.parseInt(fields.get("port")),
                    fields.get("ps"), fields);
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                assertThat(kv).as("query pair %s", pair).hasSize(2);
                assertThat(query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8))).as("repeated key").isNull();
            }
        }
        String host = uri.getHost();
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        String user = uri.getScheme().equals("ss") && !uri.getRawUserInfo().contains(":")
                ? new String(Base64.getUrlDecoder().decode(uri.getRawUserInfo()), StandardCharsets.UTF_8)
                : URLDecoder.decode(uri.getRawUserInfo().replace("+", "%2B"), StandardCharsets.UTF_8);
        return new Link(uri.getScheme(), user, host, uri.getPort(), uri.getFragment(), query);
    }

    static Map<String, Object> yaml(RenderedProfile profile) {
        return yaml(ExampleNodes.text(profile));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return (Map<String, Object>) yaml.load(text);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> clashProxies(RenderedProfile profile) {
        Object proxies = yaml(profile).get("proxies");
        return (List<Map<String, Object>>) proxies;
    }

    static JsonNode json(RenderedProfile profile) {
        return json(ExampleNodes.text(profile));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Every proxy / outbound / server name each format carries, in order. */
    static List<String> names(SubscriptionFormat format, RenderedProfile profile) {
        return switch (format) {
            case BASE64 -> links(profile).stream().map(Link::name).toList();
            case CLASH, CLASH_META, STASH -> clashProxies(profile).stream().map(proxy -> (String) proxy.get("name")).toList();
            case SINGBOX -> {
                List<String> tags = new ArrayList<>();
                json(profile).get("outbounds").forEach(outbound -> {
                    String type = outbound.get("type").asText();
                    if (!type.equals("selector") && !type.equals("direct")) {
                        tags.add(outbound.get("tag").asText());
                    }
                });
                yield tags;
            }
            case SIP008 -> {
                List<String> remarks = new ArrayList<>();
                json(profile).get("servers").forEach(server -> remarks.add(server.get("remarks").asText()));
                yield remarks;
            }
            case SURGE -> {
                String text = new String(profile.body(), StandardCharsets.UTF_8);
                String section = text.substring(text.indexOf("[Proxy]\n") + 8, text.indexOf("\n[Proxy Group]"));
                yield section.lines().filter(line -> !line.isEmpty()).map(line -> line.split(" = ", 2)[0]).toList();
            }
            case QUANTUMULT_X -> new String(profile.body(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.substring(line.lastIndexOf(", tag=") + 6)).toList();
            case LOON -> new String(profile.body(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.split("=", 2)[0]).toList();
        };
    }
}
