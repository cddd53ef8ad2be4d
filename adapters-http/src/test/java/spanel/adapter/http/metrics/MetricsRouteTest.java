package spanel.adapter.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.health.port.in.Health;
import spanel.application.job.port.in.CountJobRuns;
import spanel.domain.health.DependencyState;
import spanel.domain.node.NodeRefusals;

class MetricsRouteTest {

    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void everyJobsRunsAndFailuresAreCounted() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = () -> new Health(DependencyState.UP, DependencyState.UP);
        useCases.jobCounts = () -> List.of(new CountJobRuns.JobCount("traffic-reset", 3, 1),
                new CountJobRuns.JobCount("node-silence", 0, 0));
        app = useCases.start();

        String metrics = new TestHttp(app.port()).get("/metrics").body();

        assertThat(metrics)
                .contains("# TYPE spanel_job_runs_total counter")
                .contains("spanel_job_runs_total{job=\"traffic-reset\"} 3")
                .contains("spanel_job_runs_total{job=\"node-silence\"} 0")
                .contains("spanel_job_failures_total{job=\"traffic-reset\"} 1")
                .contains("spanel_job_failures_total{job=\"node-silence\"} 0");
    }

    @Test
    void requestsAreCountedByRouteTemplateAndStatusAndDependenciesReported() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = () -> new Health(DependencyState.UP, DependencyState.DOWN);
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

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("spanel_http_requests_total{method=\"GET\",route=\"/health\",status=\"503\"} 2")
                .contains("spanel_http_requests_total{method=\"GET\",route=\"/mod_mu/nodes/{id}/info\",status=\"401\"} 1")
                .contains("spanel_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1")
                .contains("spanel_http_request_duration_seconds_count{method=\"GET\",route=\"/health\"} 2")
                .contains("spanel_dependency_up{dependency=\"database\",state=\"up\"} 1")
                .contains("spanel_dependency_up{dependency=\"store\",state=\"down\"} 0")
                .contains("# TYPE process_uptime_seconds gauge")
                .doesNotContain("/no/such/place");
    }
}
