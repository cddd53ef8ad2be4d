package spanel.bootstrap.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/**
 * From registration to a working proxy connection with nothing but spanel's API and a common
 * client. A user buys a plan; an admin creates one node per protocol; v2ray 4.34 runs as the node,
 * configured from what spanel's node API serves for it (as XrayR would be), and as the client,
 * configured from the user's subscription links; an HTTP request through the client's SOCKS port
 * must reach a local web server, for VMess over TCP and over WebSocket, Trojan and Shadowsocks AEAD;
 * and for Shadowsocks AEAD on a node configured from UniProxy as V2bX configures it.
 */
class SubscriptionClientTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";
    private static final String DOMAIN = "node.spanel.test";
    private static final String PAGE = "reached through spanel";
    private static final int TIMEOUT_MILLIS = 10_000;
    /** How long the refused client waits: the node drains a bad VMess header instead of closing at once. */
    private static final int REFUSED_TIMEOUT_MILLIS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Case(String name, int sort, String customConfig) {
    }

    @Test
    void aSubscribedUserReachesTheWebThroughEveryNodeWithV2ray() throws Exception {
        V2ray.binary("v2ray");
        List<Integer> ports = V2ray.freePorts(9);
        List<Case> cases = List.of(
                new Case("VMess TCP", 11, "{\"offset_port_node\":\"" + ports.get(0) + "\"}"),
                new Case("VMess WS", 11, "{\"offset_port_node\":\"" + ports.get(1) + "\",\"network\":\"ws\","
                        + "\"path\":\"/ray\",\"host\":\"cdn.spanel.test\"}"),
                new Case("Trojan", 14, "{\"offset_port_node\":\"" + ports.get(2) + "\",\"sni\":\"" + DOMAIN + "\"}"),
                new Case("Shadowsocks AEAD", 0, "{\"offset_port_node\":\"" + ports.get(3) + "\"}"));
        String[] user = subscribedUser();
        long userId = ok(http().get(API + "/user/info", user)).get("id").asLong();
        List<Long> nodeIds = new ArrayList<>();
        for (Case c : cases) {
            nodeIds.add(ok(http().post(API + "/admin/nodes", "{\"name\":\"" + c.name() + "\",\"server\":\"127.0.0.1\","
                    + "\"sort\":" + c.sort() + ",\"node_class\":1,\"method\":\"aes-256-gcm\",\"custom_config\":" + c.customConfig() + "}",
                    asAdmin())).get("id").asLong());
        }

        AtomicInteger hits = new AtomicInteger();
        HttpServer web = web(hits);
        Path dir = Files.createTempDirectory("spanel-v2ray");
        JsonNode certificate = V2ray.certificate(DOMAIN);
        Map<String, String> links = subscriptionLinks(user);
        assertThat(links).containsKeys(cases.stream().map(Case::name).toArray(String[]::new));
        try (V2ray node = V2ray.start("node", nodeConfig(nodeIds, userId, certificate), dir);
                V2ray client = V2ray.start("client", clientConfig(withAWrongUuid(cases.stream()
                        .map(c -> outbound(links.get(c.name()), certificate)).toList()), ports.subList(4, 9)), dir)) {
            for (int i = 0; i < cases.size(); i++) {
                assertThat(fetchThrough(ports.get(4 + i), web.getAddress().getPort(), TIMEOUT_MILLIS))
                        .as("%s\nnode:\n%s\nclient:\n%s", cases.get(i).name(), node.output(), client.output())
                        .endsWith(PAGE);
            }
            assertThat(hits).hasValue(cases.size());

            assertThat(fetchThrough(ports.get(8), web.getAddress().getPort(), REFUSED_TIMEOUT_MILLIS)).as("a wrong uuid")
                    .doesNotContain(PAGE);
            assertThat(hits).hasValue(cases.size());
        } finally {
            web.stop(0);
        }
    }

    /**
     * V2bX and XrayR's NewV2board mode take a Shadowsocks user's password from UniProxy's user list;
     * a node configured that way must let in the client built from the subscription.
     */
    @Test
    void aSubscribedUserReachesTheWebThroughAShadowsocksNodeConfiguredFromUniProxyAsV2bxDoes() throws Exception {
        reachesTheWebThroughShadowsocksOnV2bx("SS on V2bX", "");
    }

    /** A node whose users connect with their uuid, as V2board's did: the link carries the uuid, and the node lets it in. */
    @Test
    void aShadowsocksNodeWhoseUsersConnectWithTheirUuidLetsInTheSubscribedClient() throws Exception {
        String link = reachesTheWebThroughShadowsocksOnV2bx("SS by uuid on V2bX", ",\"credential\":\"uuid\"");
        String[] userInfo = new String(Base64.getUrlDecoder().decode(URI.create(link).getRawUserInfo()),
                StandardCharsets.UTF_8).split(":", 2);
        assertThat(userInfo[1]).as(link).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** The share link a subscribed user reached the web through, on a plain Shadowsocks node run as V2bX runs it. */
    private String reachesTheWebThroughShadowsocksOnV2bx(String name, String moreConfig) throws Exception {
        List<Integer> ports = V2ray.freePorts(2);
        String[] user = subscribedUser();
        long userId = ok(http().get(API + "/user/info", user)).get("id").asLong();
        long nodeId = ok(http().post(API + "/admin/nodes", "{\"name\":\"" + name + "\",\"server\":\"127.0.0.1\",\"sort\":0,"
                + "\"node_class\":1,\"method\":\"aes-128-gcm\",\"custom_config\":{\"offset_port_node\":\""
                + ports.get(0) + "\"" + moreConfig + "}}", asAdmin())).get("id").asLong();
        ObjectNode nodeConfig = JSON.createObjectNode();
        nodeConfig.putObject("log").put("loglevel", "warning");
        nodeConfig.putArray("inbounds").add(V2bx.shadowsocksInbound(uniProxy("config", nodeId, "shadowsocks"),
                userOnUniProxy(nodeId, "shadowsocks", userId)));
        nodeConfig.putArray("outbounds").addObject().put("protocol", "freedom");

        AtomicInteger hits = new AtomicInteger();
        HttpServer web = web(hits);
        Path dir = Files.createTempDirectory("spanel-v2bx");
        String link = subscriptionLinks(user).get(name);
        try (V2ray node = V2ray.start("node", nodeConfig, dir);
                V2ray client = V2ray.start("client", clientConfig(List.of(outbound(link, null)), ports.subList(1, 2)), dir)) {
            assertThat(fetchThrough(ports.get(1), web.getAddress().getPort(), TIMEOUT_MILLIS))
                    .as("%s\nnode:\n%s\nclient:\n%s", link, node.output(), client.output()).endsWith(PAGE);
            assertThat(hits).hasValue(1);
        } finally {
            web.stop(0);
        }
        return link;
    }

    /**
     * v2ray 4.34 has no Shadowsocks-2022, so this derives the keys as V2bX's code does from what
     * UniProxy serves, for both key lengths, and the subscription must hand out exactly those.
     */
    @Test
    void theShadowsocks2022EntryCarriesTheKeysAV2bxNodeDerivesFromUniProxy() {
        String[] bearer = subscribedUser();
        long userId = ok(http().get(API + "/user/info", bearer)).get("id").asLong();
        for (String cipher : List.of("2022-blake3-aes-128-gcm", "2022-blake3-aes-256-gcm")) {
            long nodeId = ok(http().post(API + "/admin/nodes", "{\"name\":\"" + cipher + "\",\"server\":\"127.0.0.1\","
                    + "\"sort\":1,\"node_class\":1,\"method\":\"" + cipher + "\",\"custom_config\":{\"offset_port_node\":"
                    + "\"8443\"}}", asAdmin())).get("id").asLong();
            JsonNode config = uniProxy("config", nodeId, "shadowsocks");
            String expected = V2bx.ss2022Password(config, userOnUniProxy(nodeId, "shadowsocks", userId));

            URI link = URI.create(subscriptionLinks(bearer).get(cipher));
            String[] userInfo = link.getRawUserInfo().split(":", 2);

            assertThat(URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8)).isEqualTo(config.get("cipher").asText())
                    .isEqualTo(cipher);
            assertThat(URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8)).as(cipher).isEqualTo(expected);
        }
    }

    /**
     * v2ray 4.34 has no Shadowsocks-2022, so this checks the profile against what the node is served
     * instead: the cipher and the password (server key, then the user's key) must be exactly the
     * node's, or the client gets nothing but resets.
     */
    @Test
    void theShadowsocks2022EntryCarriesTheKeysTheNodeIsServed() {
        String[] bearer = subscribedUser();
        long userId = ok(http().get(API + "/user/info", bearer)).get("id").asLong();
        long nodeId = ok(http().post(API + "/admin/nodes", "{\"name\":\"SS 2022\",\"server\":\"127.0.0.1\",\"sort\":1,"
                + "\"node_class\":1,\"method\":\"2022-blake3-aes-256-gcm\",\"custom_config\":{\"offset_port_node\":\"8443\"}}",
                asAdmin())).get("id").asLong();

        JsonNode served = modMu("/mod_mu/nodes/" + nodeId + "/info").get("custom_config");
        String userKey = userOnNode(nodeId, userId).get("passwd").asText();
        URI link = URI.create(subscriptionLinks(bearer).get("SS 2022"));
        String[] userInfo = link.getRawUserInfo().split(":", 2);

        assertThat(URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8)).isEqualTo(served.get("method").asText())
                .isEqualTo("2022-blake3-aes-256-gcm");
        assertThat(URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8))
                .isEqualTo(served.get("server_key").asText() + ":" + userKey);
        assertThat(link.getPort()).isEqualTo(8443);
    }

    /** A registered user who bought a plan with the balance an admin credited; their bearer header. */
    private String[] subscribedUser() {
        String email = "rider-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        long id = ok(http().post(API + "/auth/register", credentials)).get("user_id").asLong();
        String[] bearer = {"Authorization", "Bearer " + ok(http().post(API + "/auth/login", credentials))
                .get("access_token").asText()};
        ok(http().post(API + "/admin/users/" + id + "/balance", "{\"amount\":\"10.00\",\"reason\":\"test\"}", asAdmin()));
        long plan = ok(http().post(API + "/admin/products", "{\"name\":\"Monthly\",\"price\":\"5.00\",\"content\":"
                + "{\"traffic\":100,\"class\":1,\"class_expire\":30,\"expire_in\":30,\"reset_traffic\":true}}", asAdmin()))
                .get("id").asLong();
        ok(http().post(API + "/user/buy", "{\"shop_id\":" + plan + "}", bearer));
        return bearer;
    }

    /** The user's share links by node name, fetched as v2rayN fetches them: the base64 list at the user's subscription URL. */
    private Map<String, String> subscriptionLinks(String[] bearer) {
        String url = ok(http().get(API + "/user/info", bearer)).get("subscription_url").asText();
        TestHttp.Reply profile = http().get(URI.create(url).getPath(), "User-Agent", "v2rayN/6.45");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        String text = new String(Base64.getDecoder().decode(profile.body().strip()), StandardCharsets.UTF_8);
        Map<String, String> links = new LinkedHashMap<>();
        for (String link : text.split("\n")) {
            links.put(nameOf(link), link);
        }
        return links;
    }

    private static String nameOf(String link) {
        return link.startsWith("vmess://") ? vmessShare(link).get("ps").asText() : URI.create(link).getFragment();
    }

    private static JsonNode vmessShare(String link) {
        return json(new String(Base64.getDecoder().decode(link.substring("vmess://".length())), StandardCharsets.UTF_8));
    }

    /**
     * The node side, as XrayR builds it from /mod_mu: one inbound per node, for the subscriber as the
     * user list serves them (v2ray 4.34 takes one Shadowsocks user per inbound).
     */
    private ObjectNode nodeConfig(List<Long> nodeIds, long userId, JsonNode certificate) {
        ObjectNode config = JSON.createObjectNode();
        config.putObject("log").put("loglevel", "warning");
        ArrayNode inbounds = config.putArray("inbounds");
        for (long id : nodeIds) {
            JsonNode info = modMu("/mod_mu/nodes/" + id + "/info");
            JsonNode served = userOnNode(id, userId);
            JsonNode custom = info.get("custom_config");
            ObjectNode inbound = inbounds.addObject().put("listen", "127.0.0.1")
                    .put("port", Integer.parseInt(custom.get("offset_port_node").asText()));
            ObjectNode settings = JSON.createObjectNode();
            switch (info.get("sort").asInt()) {
                case 11 -> {
                    inbound.put("protocol", "vmess");
                    settings.putArray("clients").addObject().put("id", served.get("uuid").asText()).put("alterId", 0);
                }
                case 14 -> {
                    inbound.put("protocol", "trojan");
                    settings.putArray("clients").addObject().put("password", served.get("uuid").asText());
                }
                default -> {
                    inbound.put("protocol", "shadowsocks");
                    settings.put("method", custom.get("method").asText()).put("password", served.get("passwd").asText())
                            .put("network", "tcp,udp");
                }
            }
            inbound.set("settings", settings);
            ObjectNode stream = inbound.putObject("streamSettings");
            stream.put("network", custom.has("network") ? custom.get("network").asText() : "tcp");
            if (stream.get("network").asText().equals("ws")) {
                stream.putObject("wsSettings").put("path", custom.get("path").asText());
            }
            if (info.get("sort").asInt() == 14) {
                stream.put("security", "tls").putObject("tlsSettings").putArray("certificates").add(certificate);
            }
        }
        config.putArray("outbounds").addObject().put("protocol", "freedom");
        return config;
    }

    /** The outbounds, then one more: the first (a VMess one) with a wrong uuid. */
    private static List<ObjectNode> withAWrongUuid(List<ObjectNode> outbounds) {
        List<ObjectNode> built = new ArrayList<>(outbounds);
        ObjectNode wrong = outbounds.get(0).deepCopy();
        ((ObjectNode) wrong.at("/settings/vnext/0/users/0")).put("id", UUID.randomUUID().toString());
        built.add(wrong);
        return built;
    }

    /** The client side: a SOCKS inbound per outbound, each routed to its outbound. */
    private static ObjectNode clientConfig(List<ObjectNode> built, List<Integer> socksPorts) {
        ObjectNode config = JSON.createObjectNode();
        config.putObject("log").put("loglevel", "warning");
        ArrayNode inbounds = config.putArray("inbounds");
        ArrayNode outbounds = config.putArray("outbounds");
        ArrayNode rules = config.putObject("routing").putArray("rules");
        for (int i = 0; i < built.size(); i++) {
            inbounds.addObject().put("listen", "127.0.0.1").put("port", socksPorts.get(i)).put("protocol", "socks")
                    .put("tag", "in" + i).putObject("settings").put("udp", false);
            outbounds.add(built.get(i).put("tag", "out" + i));
            rules.addObject().put("type", "field").put("outboundTag", "out" + i).putArray("inboundTag").add("in" + i);
        }
        return config;
    }

    /**
     * A v2ray outbound from one share link, read with java.net.URI and base64 as a client reads it;
     * the node's certificate is trusted as a CA would be.
     */
    private static ObjectNode outbound(String link, JsonNode certificate) {
        ObjectNode outbound = JSON.createObjectNode();
        ObjectNode stream = JSON.createObjectNode();
        URI uri = URI.create(link);
        switch (uri.getScheme()) {
            case "vmess" -> {
                JsonNode share = vmessShare(link);
                outbound.put("protocol", "vmess").putObject("settings").putArray("vnext").addObject()
                        .put("address", share.get("add").asText()).put("port", Integer.parseInt(share.get("port").asText()))
                        .putArray("users").addObject().put("id", share.get("id").asText())
                        .put("alterId", Integer.parseInt(share.get("aid").asText())).put("security", share.get("scy").asText());
                stream.put("network", share.get("net").asText());
                if (share.get("net").asText().equals("ws")) {
                    stream.putObject("wsSettings").put("path", share.get("path").asText())
                            .putObject("headers").put("Host", share.get("host").asText());
                }
                assertThat(share.get("tls").asText()).isEmpty();
            }
            case "trojan" -> {
                Map<String, String> query = query(uri);
                outbound.put("protocol", "trojan").putObject("settings").putArray("servers").addObject()
                        .put("address", uri.getHost()).put("port", uri.getPort())
                        .put("password", URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8));
                assertThat(query).containsEntry("security", "tls").containsEntry("type", "tcp");
                stream.put("network", "tcp").put("security", "tls").putObject("tlsSettings")
                        .put("serverName", query.get("sni")).put("disableSystemRoot", true)
                        .putArray("certificates").addObject().put("usage", "verify")
                        .set("certificate", certificate.get("certificate"));
            }
            case "ss" -> {
                String[] methodPassword = new String(Base64.getUrlDecoder().decode(uri.getRawUserInfo()),
                        StandardCharsets.UTF_8).split(":", 2);
                outbound.put("protocol", "shadowsocks").putObject("settings").putArray("servers").addObject()
                        .put("address", uri.getHost()).put("port", uri.getPort())
                        .put("method", methodPassword[0]).put("password", methodPassword[1]);
                stream.put("network", "tcp");
            }
            default -> throw new AssertionError("no v2ray 4.34 outbound for " + link);
        }
        outbound.set("streamSettings", stream);
        return outbound;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    /** GET http://127.0.0.1:{webPort}/ through the SOCKS port; what came back, or "" when the connection failed. */
    private static String fetchThrough(int socksPort, int webPort, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", socksPort)))) {
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress("127.0.0.1", webPort), timeoutMillis);
            socket.getOutputStream().write(("GET / HTTP/1.0\r\nHost: 127.0.0.1:" + webPort + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            return "";
        }
    }

    /** A local web server that answers every request with {@link #PAGE} and counts them. */
    private static HttpServer web(AtomicInteger hits) throws IOException {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        web.start();
        return web;
    }

    /** The user as UniProxy's user list serves them to a node of that type; the test fails when they are not on it. */
    private JsonNode userOnUniProxy(long nodeId, String nodeType, long userId) {
        for (JsonNode user : uniProxy("user", nodeId, nodeType).get("users")) {
            if (user.get("id").asLong() == userId) {
                return user;
            }
        }
        throw new AssertionError("user " + userId + " is not on node " + nodeId);
    }

    /** A UniProxy answer, fetched as V2bX fetches it. */
    private JsonNode uniProxy(String action, long nodeId, String nodeType) {
        TestHttp.Reply reply = http().get("/api/v1/server/UniProxy/" + action + "?node_id=" + nodeId + "&node_type="
                + nodeType + "&token=" + MU_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The user as the node's user list serves them; the test fails when they are not on it. */
    private JsonNode userOnNode(long nodeId, long userId) {
        for (JsonNode user : modMu("/mod_mu/users?node_id=" + nodeId)) {
            if (user.get("id").asLong() == userId) {
                return user;
            }
        }
        throw new AssertionError("user " + userId + " is not on node " + nodeId);
    }

    private JsonNode modMu(String path) {
        TestHttp.Reply reply = http().get(path + (path.contains("?") ? "&" : "?") + "key=" + MU_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("ret").asInt()).as(reply.body()).isEqualTo(1);
        return reply.json().get("data");
    }

    private static JsonNode ok(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
