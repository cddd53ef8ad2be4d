package spanel.adapter.persistence.support;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import spanel.adapter.persistence.health.JooqDatabaseProbe;
import spanel.adapter.persistence.node.JooqDetectRules;
import spanel.adapter.persistence.node.JooqNodeRegistry;
import spanel.adapter.persistence.node.JooqNodeUserQuery;
import spanel.adapter.persistence.node.JooqTrafficLedger;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.health.port.out.DependencyProbe;
import spanel.application.node.port.out.DetectRules;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.application.node.port.out.TrafficLedger;

/**
 * Every persistence adapter, built on one shared {@link DSLContext} whose dialect follows the
 * database URL. Bootstrap asks here for ports and never sees jOOQ; it keeps owning the DataSource.
 */
public final class PersistenceAdapters {

    private final DSLContext dsl;

    private PersistenceAdapters(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static PersistenceAdapters on(DataSource dataSource, DatabaseUrl url) {
        return new PersistenceAdapters(Persistence.dsl(dataSource, url.dialect()));
    }

    public TransactionRunner transactions() {
        return new JooqTransactionRunner(dsl);
    }

    public DependencyProbe databaseProbe() {
        return new JooqDatabaseProbe(dsl);
    }

    public NodeRegistry nodeRegistry() {
        return new JooqNodeRegistry(dsl);
    }

    public NodeUserQuery nodeUsers() {
        return new JooqNodeUserQuery(dsl);
    }

    public TrafficLedger trafficLedger() {
        return new JooqTrafficLedger(dsl);
    }

    public DetectRules detectRules() {
        return new JooqDetectRules(dsl);
    }
}
