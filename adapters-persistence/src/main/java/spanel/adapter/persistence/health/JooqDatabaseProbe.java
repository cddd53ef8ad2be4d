package spanel.adapter.persistence.health;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.application.health.port.out.DependencyProbe;
import spanel.domain.health.DependencyState;

/** The database is up when it answers a trivial query. */
public final class JooqDatabaseProbe implements DependencyProbe {

    private static final Logger LOG = LoggerFactory.getLogger(JooqDatabaseProbe.class);

    private final DSLContext dsl;

    public JooqDatabaseProbe(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public DependencyState probe() {
        try {
            dsl.selectOne().fetch();
            return DependencyState.UP;
        } catch (RuntimeException e) {
            LOG.warn("database health check failed: {}", e.getMessage());
            return DependencyState.DOWN;
        }
    }
}
