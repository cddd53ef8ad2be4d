package spanel.application.health;

import java.util.Objects;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.health.port.in.Health;
import spanel.application.health.port.out.DependencyProbe;

public final class CheckHealthService implements CheckHealth {

    private final DependencyProbe database;
    private final DependencyProbe store;

    public CheckHealthService(DependencyProbe database, DependencyProbe store) {
        this.database = Objects.requireNonNull(database);
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Health check() {
        return new Health(database.probe(), store.probe());
    }
}
