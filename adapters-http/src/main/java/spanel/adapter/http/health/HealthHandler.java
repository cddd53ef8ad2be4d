package spanel.adapter.http.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import spanel.adapter.http.support.ErrorMapping;
import spanel.application.health.port.in.CheckHealth;
import spanel.domain.error.DependencyUnavailable;

/**
 * GET /health: {"status":"ok","database":"up","redis":"up|embedded","limiter":"redis|in-process","debug":false}.
 * 503 when a dependency is down: "unavailable" when it is the database, "degraded" when only Redis
 * is (log-in goes on with limits counted in the process, "limiter":"in-process"; node status waits).
 */
public final class HealthHandler implements Handler {

    record HealthResponse(String status, String database, String redis, String limiter, boolean debug) {
    }

    private final CheckHealth checkHealth;

    public HealthHandler(CheckHealth checkHealth) {
        this.checkHealth = checkHealth;
    }

    @Override
    public void handle(Context ctx) {
        CheckHealth.Health health = checkHealth.check();
        String status = health.isHealthy() ? "ok" : health.isDegraded() ? "degraded" : "unavailable";
        if (health.isHealthy()) {
            ctx.status(HttpStatus.OK);
        } else {
            ErrorMapping.serviceUnavailable(ctx, DependencyUnavailable.RETRY_AFTER_SECONDS);
        }
        ctx.json(new HealthResponse(
                status,
                health.database().name().toLowerCase(),
                health.store().name().toLowerCase(),
                health.limiterShared() ? "redis" : "in-process",
                health.debug()));
    }
}
