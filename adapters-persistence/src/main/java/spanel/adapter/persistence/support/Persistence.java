package spanel.adapter.persistence.support;

import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** Builds the one {@link DSLContext} every persistence adapter shares. The caller owns the DataSource. */
public final class Persistence {

    private Persistence() {
    }

    /**
     * The least time between two store commits of the embedded database: a write waits at most this
     * long for the commit that makes it durable, and the file keeps at most 45 s of such commits.
     */
    static final long EMBEDDED_STORE_COMMIT_INTERVAL_MILLIS = 50;

    public static DSLContext dsl(DataSource dataSource, SQLDialect dialect) {
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                .withExecuteLogging(false)
                .withRenderSchema(false);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(settings);
        // Setting a ThreadLocalTransactionProvider also installs its thread-bound connection provider.
        // A database that is not there costs a transaction one wait for a connection, not three.
        ConnectionProvider connections = new KnownIsolation(new FailFastConnections(new DataSourceConnectionProvider(dataSource)));
        DurableWrites durable = dialect == SQLDialect.H2
                ? new DurableWrites(connections, new SharedStoreCommits(EMBEDDED_STORE_COMMIT_INTERVAL_MILLIS))
                : null;
        configuration.set(new ThreadLocalTransactionProvider(durable == null ? connections : durable, true));
        // A transaction ended by an Error gives its connection up instead of rolling back over it.
        configuration.setTransactionListener(new CutOnError());
        // A database that cannot store (H2 on a full disk) fails in the standard SQL states: 503, not 500.
        configuration.set(new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                if (durable != null) {
                    durable.executed(ctx);
                }
            }

            @Override
            public void exception(ExecuteContext ctx) {
                if (ctx.sqlException() != null) {
                    ctx.sqlException(StorageFailures.standardised(ctx.sqlException()));
                }
            }
        });
        return DSL.using(configuration);
    }
}
