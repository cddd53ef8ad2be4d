package spanel.adapter.persistence.archfixture;

import io.micrometer.core.instrument.Counter;

/** Breaks rule 6f: Micrometer in the persistence adapter (its meters belong behind a port). */
public class PersistenceUsingMicrometer {

    Counter writes;
}
