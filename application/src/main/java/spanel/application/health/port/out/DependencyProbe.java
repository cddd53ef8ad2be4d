package spanel.application.health.port.out;

import spanel.domain.health.DependencyState;

/** Asks one dependency (the database, the store) whether it answers right now. Never throws. */
public interface DependencyProbe {

    DependencyState probe();
}
