package spanel.application.health;

import java.util.Objects;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.health.port.out.DependencyProbe;
import spanel.application.user.port.out.AttemptLimiter;

public final class CheckHealthService implements CheckHealth {

    private final DependencyProbe database;
    private final DependencyProbe store;
    private final AttemptLimiter limiter;
    private final boolean debug;

    public CheckHealthService(DependencyProbe database, DependencyProbe store, AttemptLimiter limiter, boolean debug) {
        this.database = Objects.requireNonNull(database);
        this.store = Objects.requireNonNull(store);
        this.limiter = Objects.requireNonNull(limiter);
        this.debug = debug;
    }

    @Override
    public Health check() {
        return new Health(database.probe(), store.probe(), limiter.isShared(), debug);
    }
}
