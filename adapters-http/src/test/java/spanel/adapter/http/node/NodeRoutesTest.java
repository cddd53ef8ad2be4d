package spanel.adapter.http.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ReportTraffic;
import spanel.domain.node.AppliedReport;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeRefusals;
import spanel.domain.node.NodeUser;
import spanel.domain.node.TrafficRate;

/** The node routes' parsing and wire shapes, over real HTTP against fake use cases. */
class NodeRoutesTest {

    private final List<ReportTraffic.Command> reported = new ArrayList<>();
    private Javalin app;

    private TestHttp start(FakeUseCases useCases) {
        app = useCases.start(new HttpSettings("127.0.0.1", 0, 64 * 1024, 3, TrustedProxies.NONE));
        return new TestHttp(app.port());
    }

    private TestHttp startRecordingTraffic() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.reportTraffic = command -> {
            reported.add(command);
            return new AppliedReport(command.report().node(), command.report().entries().size(), 42);
        };
        return start(useCases);
    }

    private static FakeUseCases listing(ListNodeUsers listNodeUsers) {
        FakeUseCases useCases = new FakeUseCases();
        useCases.listNodeUsers = listNodeUsers;
        return useCases;
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aValidReportReachesTheUseCaseWhole() {
        TestHttp http = startRecordingTraffic();

        TestHttp.Reply reply = http.post("/app/api/v0/node/traffic",
                "{\"node_id\":7,\"report_id\":\"r1\",\"data\":[{\"user_id\":1,\"u\":1048576,\"d\":2097152},{\"user_id\":1,\"u\":1,\"d\":0}]}",
                "Key", "k");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("updated_count").asInt()).isEqualTo(2);
        assertThat(reply.json().get("data").get("node_id").asLong()).isEqualTo(7);
        assertThat(reply.json().get("data").get("total_traffic").asLong()).isEqualTo(42);
        assertThat(reported).singleElement().satisfies(command -> {
            assertThat(command.key()).isEqualTo("k");
            assertThat(command.report().reportId()).contains("r1");
            assertThat(command.report().entries()).hasSize(2);
        });
    }

    @Test
    void everyMalformedReportIsA400NamingTheFieldAndReachesNothing() {
        TestHttp http = startRecordingTraffic();
        String ok = "{\"user_id\":1,\"u\":1,\"d\":1}";
        var cases = new java.util.LinkedHashMap<String, String>();
        cases.put("{\"data\":[" + ok + "]}", "node_id");
        cases.put("{\"node_id\":0,\"data\":[" + ok + "]}", "node_id");
        cases.put("{\"node_id\":\"7\",\"data\":[" + ok + "]}", "node_id");
        cases.put("{\"node_id\":7}", "data");
        cases.put("{\"node_id\":7,\"data\":[]}", "data");
        cases.put("{\"node_id\":7,\"data\":[" + ok + "," + ok + "," + ok + "," + ok + "]}", "data");
        cases.put("{\"node_id\":7,\"data\":[" + ok + ",{\"user_id\":-1,\"u\":1,\"d\":1}]}", "data[1].user_id");
        cases.put("{\"node_id\":7,\"data\":[" + ok + ",{\"user_id\":2,\"u\":-5,\"d\":1}]}", "data[1].u");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":1,\"d\":9007199254740993}]}", "data[0].d");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":1.5,\"d\":1}]}", "data[0].u");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":\"1\",\"d\":1}]}", "data[0].u");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":1}]}", "data[0].d");
        cases.put("{\"node_id\":7,\"data\":[{\"u\":1,\"d\":1}]}", "data[0].user_id");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":99999999999999999999,\"d\":1}]}", "data[0].u");
        cases.put("{\"node_id\":7,\"report_id\":\"" + "x".repeat(65) + "\",\"data\":[" + ok + "]}", "report_id");
        cases.put("{\"node_id\":7,\"data\":[" + ok, "body");
        cases.put("{\"node_id\":7,\"data\":[{\"user_id\":2,\"u\":9007199254740992,\"d\":0},"
                + "{\"user_id\":2,\"u\":1,\"d\":0}]}", "data");

        cases.forEach((body, field) -> {
            TestHttp.Reply reply = http.post("/app/api/v0/node/traffic", body, "Key", "k");

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).as(body).isEqualTo("invalid_request");
            assertThat(reply.json().get("msg").asText()).as(body).startsWith(field);
        });
        assertThat(reported).isEmpty();
    }

    @Test
    void modMuAnswersBadInputWithRetZeroAndStatus200() {
        TestHttp http = startRecordingTraffic();

        TestHttp.Reply reply = http.post("/mod_mu/users/traffic?key=k&node_id=7", "{\"data\":[{\"user_id\":1,\"u\":-1,\"d\":0}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("ret").isInt()).isTrue();
        assertThat(reply.json().get("ret").asInt()).isZero();
        assertThat(reply.json().get("msg").asText()).startsWith("Invalid data: data[0].u");
        assertThat(reported).isEmpty();
    }

    @Test
    void modMuTrafficAnswersRetOneWithOk() {
        TestHttp http = startRecordingTraffic();

        TestHttp.Reply reply = http.post("/mod_mu/users/traffic?key=k&muKey=k&node_id=7",
                "{\"data\":[{\"user_id\":1,\"u\":1048576,\"d\":10485760},{\"user_id\":2,\"u\":0,\"d\":2048}]}");

        assertThat(reply.body()).isEqualTo("{\"ret\":1,\"msg\":\"ok\"}");
        assertThat(reported.getFirst().report().node()).isEqualTo(NodeId.of(7));
        assertThat(reported.getFirst().key()).isEqualTo("k");
    }

    @Test
    void aRejectedKeyIs401InBothShapes() {
        TestHttp http = start(listing(q -> {
            throw NodeRefusals.badKey();
        }));

        TestHttp.Reply v0 = http.get("/app/api/v0/node/users?node_id=7", "Key", "wrong");
        TestHttp.Reply modMu = http.get("/mod_mu/users?key=wrong&node_id=7");

        assertThat(v0.status()).isEqualTo(401);
        assertThat(v0.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(modMu.status()).isEqualTo(401);
        assertThat(modMu.body()).isEqualTo("{\"ret\":0,\"msg\":\"Invalid request.\"}");
    }

    @Test
    void anUnknownNodeOnModMuIsRetZeroWithStatus200() {
        TestHttp http = start(listing(q -> {
            throw NodeRefusals.notFound();
        }));

        TestHttp.Reply reply = http.get("/mod_mu/users?key=k&node_id=999");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ret\":0,\"msg\":\"Node not found.\"}");
        assertThat(http.get("/app/api/v0/node/users?node_id=999", "Key", "k").status()).isEqualTo(404);
    }

    @Test
    void theUserListCarriesAnEtagAndAMatchingIfNoneMatchGetsAnEmpty304() {
        TestHttp http = start(listing(q -> users(3)));

        TestHttp.Reply first = http.get("/app/api/v0/node/users?node_id=7", "Key", "k", "If-None-Match", "");
        String etag = first.header("ETag");
        TestHttp.Reply again = http.get("/app/api/v0/node/users?node_id=7", "Key", "k", "If-None-Match", etag);
        TestHttp.Reply stale = http.get("/app/api/v0/node/users?node_id=7", "Key", "k", "If-None-Match", "W/\"0000\"");

        assertThat(first.status()).isEqualTo(200);
        assertThat(etag).startsWith("W/\"");
        assertThat(first.json().get("data").get("count").asInt()).isEqualTo(3);
        assertThat(first.json().get("data").get("users").get(0).get("class").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void aLargeUserListIsGzippedForAClientThatAcceptsIt() throws Exception {
        start(listing(q -> users(500)));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/app/api/v0/node/users?node_id=7"))
                .header("Key", "k").header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        String body = gunzip(response.body());
        assertThat(body).contains("\"count\":500");
        assertThat(response.body().length).isLessThan(body.length() / 4);
    }

    @Test
    void aSecondNodeHandedTheSameListingGetsTheGzipBytesOfTheFirstWithoutSerialisingAgain() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<NodeUser> listing = counted(users(500).users(), reads);
        start(listing(q -> new ListNodeUsers.NodeUsers(Optional.of(vmessNode(q.node().orElseThrow())), listing,
                Optional.of("v." + q.node().orElseThrow().value()), false)));

        HttpResponse<byte[]> first = modMuUsers(7, true);
        int readsForFirst = reads.get();
        HttpResponse<byte[]> second = modMuUsers(8, true);
        int readsForSecond = reads.get() - readsForFirst;
        HttpResponse<byte[]> plain = modMuUsers(8, false);

        assertThat(readsForFirst).isPositive();
        assertThat(readsForSecond).isZero();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(second.headers().firstValue("Content-Length")).contains(Integer.toString(second.body().length));
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(second.headers().firstValue("ETag")).contains("W/\"v.8\"");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(gunzip(second.body()));
        assertThat(gunzip(second.body())).contains("\"id\":500,");
    }

    private HttpResponse<byte[]> modMuUsers(long node, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/mod_mu/users?key=k&node_id=" + node));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Node vmessNode(NodeId id) {
        return new Node(id, "n" + id.value(), "n.example.com", Node.SORT_VMESS, "{}", "aes-128-gcm",
                TrafficRate.of(BigDecimal.ONE), 0, 0, 0, 0, 0, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The users, each read counted: serialising the list reads every one. */
    private static List<NodeUser> counted(List<NodeUser> users, AtomicInteger reads) {
        return new AbstractList<>() {
            @Override
            public NodeUser get(int index) {
                reads.incrementAndGet();
                return users.get(index);
            }

            @Override
            public int size() {
                return users.size();
            }
        };
    }

    private static ListNodeUsers.NodeUsers users(int count) {
        List<NodeUser> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            users.add(new NodeUser(i, "u" + i + "@example.com", "pw" + i, OptionalInt.of(10_000 + i), "aes-128-gcm", "origin", "",
                    "plain", "", "00000000-0000-0000-0000-" + String.format("%012d", i), 0, 0, 0, 1L << 30, 1, 0, 0,
                    0, true, true, 0));
        }
        return new ListNodeUsers.NodeUsers(Optional.empty(), users);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
