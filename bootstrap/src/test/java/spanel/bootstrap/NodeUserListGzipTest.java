package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;

/**
 * A full user list goes out gzipped, compressed once for the nodes handed the same listing: each
 * node still gets exactly its own list, in its own API's shape and with its own credentials, the
 * same JSON a client without gzip gets, and a new body once a user changes.
 */
class NodeUserListGzipTest extends EndToEndTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long node(int group, int sort) {
        NodesRecord node = Seed.node(dsl(), "1");
        node.setSort(sort);
        node.setMethod("aes-128-gcm");
        node.setNodeGroup(group);
        return Seed.insert(node);
    }

    private UsersRecord user(int group) {
        UsersRecord user = Seed.user(dsl());
        user.setTransferEnable(1L << 30);
        user.setNodeGroup(group);
        user.setId(Seed.insert(user));
        return user;
    }

    private HttpResponse<byte[]> modMu(long node, boolean gzip, String etag) throws Exception {
        return get("/mod_mu/users?key=" + MU_KEY + "&node_id=" + node, gzip, etag);
    }

    private HttpResponse<byte[]> uniProxy(long node, boolean gzip) throws Exception {
        return get("/api/v1/server/UniProxy/user?node_type=vmess&token=" + MU_KEY + "&node_id=" + node, gzip, "");
    }

    private HttpResponse<byte[]> get(String path, boolean gzip, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(30)).header("If-None-Match", etag);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body of a gzipped answer, checking it says so and its length is the bytes sent. */
    private static String gunzipped(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void nodesOfOtherGroupsSortsAndApisEachGetTheirOwnListAsAClientWithoutGzipWould() throws Exception {
        long vmessA = node(31, 11);
        long vmessB = node(32, 11);
        long shadowsocksA = node(31, 0);
        UsersRecord inA = user(31);
        UsersRecord inB = user(32);

        String modMuA = gunzipped(modMu(vmessA, true, ""));
        String modMuB = gunzipped(modMu(vmessB, true, ""));
        String modMuShadowsocksA = gunzipped(modMu(shadowsocksA, true, ""));
        String uniProxyA = gunzipped(uniProxy(vmessA, true));
        HttpResponse<byte[]> plainA = modMu(vmessA, false, "");
        HttpResponse<byte[]> plainUniProxyA = uniProxy(vmessA, false);

        assertThat(modMuA).contains("\"id\":" + inA.getId() + ",", inA.getUuid()).doesNotContain("\"id\":" + inB.getId() + ",");
        assertThat(modMuB).contains("\"id\":" + inB.getId() + ",", inB.getUuid()).doesNotContain("\"id\":" + inA.getId() + ",");
        assertThat(modMuShadowsocksA).contains("\"passwd\":\"" + inA.getPasswd() + "\"").doesNotContain(inA.getUuid());
        assertThat(uniProxyA).startsWith("{\"users\":[").contains(inA.getUuid()).doesNotContain("\"ret\"");
        assertThat(plainA.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plainA.body(), StandardCharsets.UTF_8)).isEqualTo(modMuA);
        assertThat(new String(plainUniProxyA.body(), StandardCharsets.UTF_8)).isEqualTo(uniProxyA);
    }

    @Test
    void aChangedUserIsANewBodyAndAnUnchangedListStaysA304() throws Exception {
        long first = node(33, 11);
        long second = node(33, 11);
        UsersRecord user = user(33);
        HttpResponse<byte[]> before = modMu(first, true, "");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = modMu(first, true, etag);

        String uuid = UUID.randomUUID().toString();
        dsl().update(USERS).set(USERS.UUID, uuid).where(USERS.ID.eq(user.getId())).execute();
        String afterFirst = gunzipped(modMu(first, true, etag));
        String afterSecond = gunzipped(modMu(second, true, ""));

        assertThat(gunzipped(before)).contains(user.getUuid());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(afterFirst).contains(uuid).doesNotContain(user.getUuid());
        assertThat(afterSecond).isEqualTo(afterFirst);
    }
}
