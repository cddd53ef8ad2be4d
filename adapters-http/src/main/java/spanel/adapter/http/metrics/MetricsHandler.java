package spanel.adapter.http.metrics;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.health.port.in.Health;
import spanel.application.job.port.in.CountJobRuns;
import spanel.domain.health.DependencyState;

/**
 * GET /metrics in the Prometheus text format: requests by route and status, their durations, whether
 * the database and the store answer, the scheduled jobs' runs and failures in this process, and
 * the process's uptime and heap. Nothing secret is exposed;
 * scrape it from the operator's own network.
 */
public final class MetricsHandler implements Handler {

    private final RequestMetrics requests;
    private final CheckHealth checkHealth;
    private final CountJobRuns jobRuns;

    public MetricsHandler(RequestMetrics requests, CheckHealth checkHealth, CountJobRuns jobRuns) {
        this.requests = requests;
        this.checkHealth = checkHealth;
        this.jobRuns = jobRuns;
    }

    @Override
    public void handle(Context ctx) {
        StringBuilder out = new StringBuilder(4096);
        header(out, "spanel_http_requests_total", "counter", "HTTP requests served, by route template and status.");
        requests.counts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RequestMetrics.Outcome::route)
                        .thenComparing(RequestMetrics.Outcome::method).thenComparingInt(RequestMetrics.Outcome::status)))
                .forEach(e -> out.append("spanel_http_requests_total{method=\"").append(e.getKey().method())
                        .append("\",route=\"").append(escape(e.getKey().route())).append("\",status=\"")
                        .append(e.getKey().status()).append("\"} ").append(e.getValue().sum()).append('\n'));
        header(out, "spanel_http_request_duration_seconds", "summary", "Time spent serving HTTP requests.");
        requests.nanos().forEach((route, total) -> {
            String labels = "{method=\"" + route.method() + "\",route=\"" + escape(route.route()) + "\"}";
            out.append("spanel_http_request_duration_seconds_sum").append(labels).append(' ')
                    .append(String.format(Locale.ROOT, "%.6f", total.sum() / 1e9)).append('\n');
            out.append("spanel_http_request_duration_seconds_count").append(labels).append(' ')
                    .append(requests.timed().get(route).sum()).append('\n');
        });
        Health health = checkHealth.check();
        header(out, "spanel_dependency_up", "gauge", "1 when the dependency answers (the in-process store always does).");
        dependency(out, "database", health.database());
        dependency(out, "store", health.store());
        var jobs = jobRuns.counts();
        header(out, "spanel_job_runs_total", "counter", "Scheduled job runs this instance made (one per boundary claimed).");
        jobs.forEach(j -> out.append("spanel_job_runs_total{job=\"").append(escape(j.job())).append("\"} ")
                .append(j.runs()).append('\n'));
        header(out, "spanel_job_failures_total", "counter", "Scheduled job runs that failed here and were taken back, to be retried.");
        jobs.forEach(j -> out.append("spanel_job_failures_total{job=\"").append(escape(j.job())).append("\"} ")
                .append(j.failures()).append('\n'));
        header(out, "process_uptime_seconds", "gauge", "Seconds since the process started.");
        out.append("process_uptime_seconds ").append(ManagementFactory.getRuntimeMXBean().getUptime() / 1000).append('\n');
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        header(out, "jvm_memory_heap_used_bytes", "gauge", "Heap in use.");
        out.append("jvm_memory_heap_used_bytes ").append(heap.getUsed()).append('\n');
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(out.toString());
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void dependency(StringBuilder out, String name, DependencyState state) {
        out.append("spanel_dependency_up{dependency=\"").append(name).append("\",state=\"")
                .append(state.name().toLowerCase(Locale.ROOT)).append("\"} ").append(state.isAvailable() ? 1 : 0).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
