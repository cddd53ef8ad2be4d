package spanel.adapter.persistence.support;

import javax.sql.DataSource;
import org.jooq.DSLContext;
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

    public static DSLContext dsl(DataSource dataSource, SQLDialect dialect) {
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                .withExecuteLogging(false)
                .withRenderSchema(false);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(settings);
        // Setting a ThreadLocalTransactionProvider also installs its thread-bound connection provider.
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), true));
        return DSL.using(configuration);
    }
}
