package spanel.application.health.port.in;

import java.util.Objects;
import spanel.domain.health.DependencyState;

/** Answers whether the service can do its work: the database and the store both available. */
public interface CheckHealth {

    Health check();

    /**
     * The state of each dependency; healthy when every one is available. Beside them: whether log-in
     * limits are counted where every instance sees them (false on the embedded store, and while Redis
     * does not answer), and whether DEBUG is on.
     */
    record Health(DependencyState database, DependencyState store, boolean limiterShared, boolean debug) {
        public Health {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(store, "store");
        }

        /** With the limiter where the store is, and DEBUG off. */
        public Health(DependencyState database, DependencyState store) {
            this(database, store, store == DependencyState.UP, false);
        }

        public boolean isHealthy() {
            return database.isAvailable() && store.isAvailable();
        }

        /** Serving, without something it would rather have: the database answers, the store does not. */
        public boolean isDegraded() {
            return database.isAvailable() && !store.isAvailable();
        }
    }
}
