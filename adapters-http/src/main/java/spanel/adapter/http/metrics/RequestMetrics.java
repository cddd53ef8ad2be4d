package spanel.adapter.http.metrics;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts every request by method, route template and status, and times it by method and route.
 * Routes are the registered templates ("/mod_mu/nodes/{id}/info"), so the label set stays bounded;
 * a request that matched no route counts as "unmatched".
 */
public final class RequestMetrics {

    private static final String STARTED = "spanel.metrics.started";

    /** Bucket bounds: node routes should stay well under XrayR's 5 s, user pages under a second. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final MeterProvider<Counter> requests;
    private final MeterProvider<Timer> durations;

    public RequestMetrics(MeterRegistry registry) {
        requests = Counter.builder("spanel.http.requests")
                .description("HTTP requests served, by route template and status.")
                .withRegistry(registry);
        durations = Timer.builder("spanel.http.request.duration")
                .description("Time spent serving HTTP requests, by route template.")
                .serviceLevelObjectives(BUCKETS)
                .withRegistry(registry);
    }

    /** Runs before every request. */
    public void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Runs after every request, whatever happened in it. */
    public void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        String method = ctx.method().name();
        requests.withTags("method", method, "route", route, "status", Integer.toString(ctx.statusCode())).increment();
        if (started != null) {
            durations.withTags("method", method, "route", route).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
