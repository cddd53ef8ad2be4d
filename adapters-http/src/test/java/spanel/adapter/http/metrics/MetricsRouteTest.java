package spanel.adapter.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.Scrape;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.health.port.in.CheckHealth;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.health.DependencyState;
import spanel.domain.node.NodeRefusals;
import spanel.domain.node.NodeState;

class MetricsRouteTest {

    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    private Scrape scrape() {
        return new Scrape(new TestHttp(app.port()).get("/metrics").body());
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusAndDependenciesReported() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = () -> new CheckHealth.Health(DependencyState.UP, DependencyState.DOWN);
        useCases.getNodeInfo = (node, key) -> {
            throw NodeRefusals.badKey();
        };
        app = useCases.start();
        TestHttp http = new TestHttp(app.port());
        http.get("/health");
        http.get("/health");
        http.get("/mod_mu/nodes/7/info?key=x");
        http.get("/no/such/place/" + System.nanoTime());

        TestHttp.Reply metrics = http.get("/metrics");
        Scrape scrape = new Scrape(metrics.body());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(scrape.value("spanel_http_requests_total", "method", "GET", "route", "/health", "status", "503"))
                .hasValue(2);
        assertThat(scrape.value("spanel_http_requests_total", "method", "GET", "route", "/mod_mu/nodes/{id}/info",
                "status", "401")).hasValue(1);
        assertThat(scrape.value("spanel_http_requests_total", "method", "GET", "route", "unmatched", "status", "404"))
                .hasValue(1);
        assertThat(scrape.value("spanel_http_request_duration_seconds_count", "method", "GET", "route", "/health"))
                .hasValue(2);
        assertThat(scrape.value("spanel_http_request_duration_seconds_bucket", "method", "GET", "route", "/health",
                "le", "+Inf")).hasValue(2);
        assertThat(scrape.value("spanel_dependency_up", "dependency", "database")).hasValue(1);
        assertThat(scrape.value("spanel_dependency_up", "dependency", "store")).hasValue(0);
        assertThat(scrape.text()).doesNotContain("/no/such/place");
    }

    @Test
    void nodesAreCountedByStateAtEachScrape() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = () -> new CheckHealth.Health(DependencyState.UP, DependencyState.EMBEDDED);
        useCases.nodeStates = () -> Map.of(NodeState.UP, 3L, NodeState.LATE, 1L, NodeState.DOWN, 0L);
        app = useCases.start();

        assertThat(scrape().value("spanel_nodes", "state", "up")).hasValue(3);

        useCases.nodeStates = () -> Map.of(NodeState.UP, 2L, NodeState.LATE, 1L, NodeState.DOWN, 1L);
        Scrape later = scrape();

        assertThat(later.value("spanel_nodes", "state", "up")).hasValue(2);
        assertThat(later.value("spanel_nodes", "state", "late")).hasValue(1);
        assertThat(later.value("spanel_nodes", "state", "down")).hasValue(1);
        assertThat(later.value("spanel_dependency_up", "dependency", "store")).as("the in-process store").hasValue(1);
    }

    @Test
    void nodeCountsTheDatabaseCannotAnswerAreUnknownAndTheRestIsServed() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = () -> new CheckHealth.Health(DependencyState.UP, DependencyState.UP);
        useCases.nodeStates = () -> {
            throw new DependencyUnavailable("the database does not answer");
        };
        app = useCases.start();

        Scrape scrape = scrape();

        assertThat(scrape.value("spanel_nodes", "state", "up").orElseThrow()).isNaN();
        assertThat(scrape.value("spanel_dependency_up", "dependency", "store")).hasValue(1);
    }

    @Test
    void everythingRecordedIntoTheRegistryItIsGivenIsServed() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("spanel.purchases").increment(3);
        app = HttpApi.create(new HttpSettings("127.0.0.1", 0, 64 * 1024, HttpSettings.DEFAULT_NODE_REPORT_MAX,
                TrustedProxies.NONE), new FakeUseCases().build(), registry).start();

        assertThat(scrape().value("spanel_purchases_total")).hasValue(3);
    }
}
