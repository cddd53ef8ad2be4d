package spanel.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.http.testing.FakeUseCases;

/** What each open connection costs the heap while a node keeps it alive between reports. */
class KeepAliveConnectionsTest {

    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aKeptAliveConnectionCachesNoHeaderFields() throws Exception {
        app = HttpApi.create(new HttpSettings("127.0.0.1", 0, 1024, 100, TrustedProxies.NONE), new FakeUseCases().build()).start();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < 3; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                        .header("User-Agent", "node/1.0").header("Content-Type", "application/json").build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }

            ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
            List<HttpConnection> open = connector.getConnectedEndPoints().stream()
                    .map(EndPoint::getConnection).map(HttpConnection.class::cast).toList();
            assertThat(open).hasSize(1);
            assertThat(open.getFirst().getParser().getFieldCache().isEmpty()).isTrue();
        }
    }
}
