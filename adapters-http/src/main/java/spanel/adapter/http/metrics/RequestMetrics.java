package spanel.adapter.http.metrics;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every request by method, route template and status, and sums its duration. Routes are
 * the registered templates ("/mod_mu/nodes/{id}/info"), so the label set stays bounded; a request
 * that matched no route counts as "unmatched".
 */
public final class RequestMetrics {

    private static final String STARTED = "spanel.metrics.started";

    record Route(String method, String route) {
    }

    record Outcome(String method, String route, int status) {
    }

    private final Map<Outcome, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Route, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<Route, LongAdder> timed = new ConcurrentHashMap<>();

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
        counts.computeIfAbsent(new Outcome(method, route, ctx.statusCode()), k -> new LongAdder()).increment();
        if (started != null) {
            Route key = new Route(method, route);
            nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - started);
            timed.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
    }

    Map<Outcome, LongAdder> counts() {
        return counts;
    }

    Map<Route, LongAdder> nanos() {
        return nanos;
    }

    Map<Route, LongAdder> timed() {
        return timed;
    }
}
