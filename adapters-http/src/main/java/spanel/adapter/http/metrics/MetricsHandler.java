package spanel.adapter.http.metrics;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.node.port.in.CountNodeStates;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.node.NodeState;

/**
 * GET /metrics in the Prometheus text format, read from the registry every part of spanel records
 * into (docs/OPERATIONS.md, Monitor). Whether the database and the store answer, and how many
 * nodes are up, late and down, are asked at each scrape; the node counts read the database, so
 * while it is down they show NaN and the rest is still served. Nothing secret is exposed; scrape
 * it from the operator's own network.
 */
public final class MetricsHandler implements Handler {

    private final PrometheusMeterRegistry registry;
    private final CheckHealth checkHealth;
    private final CountNodeStates nodeStates;
    private volatile CheckHealth.Health health;
    private volatile Map<NodeState, Long> nodes = Map.of();

    public MetricsHandler(PrometheusMeterRegistry registry, CheckHealth checkHealth, CountNodeStates nodeStates) {
        this.registry = registry;
        this.checkHealth = checkHealth;
        this.nodeStates = nodeStates;
        dependencyUp("database", h -> h.database().isAvailable());
        dependencyUp("store", h -> h.store().isAvailable());
        for (NodeState state : NodeState.values()) {
            Gauge.builder("spanel.nodes", this, handler -> handler.nodesIn(state))
                    .description("Enabled nodes by state: up (heard from within 2 minutes), late, down (NODE_DOWN_AFTER).")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(registry);
        }
    }

    private void dependencyUp(String dependency, Predicate<CheckHealth.Health> up) {
        Gauge.builder("spanel.dependency.up", this, handler -> handler.health == null ? Double.NaN
                        : up.test(handler.health) ? 1 : 0)
                .description("1 when the dependency answers (the in-process store always does).")
                .tag("dependency", dependency)
                .strongReference(true)
                .register(registry);
    }

    private double nodesIn(NodeState state) {
        Long count = nodes.get(state);
        return count == null ? Double.NaN : count;
    }

    @Override
    public void handle(Context ctx) {
        health = checkHealth.check();
        nodes = countNodes();
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    /** Nothing while the database does not answer: the gauges show NaN, not a stale count. */
    private Map<NodeState, Long> countNodes() {
        if (!health.database().isAvailable()) {
            return Map.of();
        }
        try {
            return nodeStates.count();
        } catch (DependencyUnavailable e) {
            return Map.of();
        }
    }
}
