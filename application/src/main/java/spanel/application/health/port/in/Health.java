package spanel.application.health.port.in;

import java.util.Objects;
import spanel.domain.health.DependencyState;

/** The state of each dependency; healthy when every one is available. */
public record Health(DependencyState database, DependencyState store) {

    public Health {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(store, "store");
    }

    public boolean isHealthy() {
        return database.isAvailable() && store.isAvailable();
    }
}
