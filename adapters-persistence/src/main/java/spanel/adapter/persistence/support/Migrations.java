package spanel.adapter.persistence.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date with the migrations shipped in this module. */
public final class Migrations {

    /** The SQL migrations, and the Java ones that need more than SQL (random keys, JSON). */
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:spanel/adapter/persistence/migration"};

    private Migrations() {
    }

    /** Applies every pending migration; returns how many ran. */
    public static int apply(DataSource dataSource) {
        return run(Flyway.configure().dataSource(dataSource));
    }

    static int run(FluentConfiguration configuration) {
        MigrateResult result = configuration
                .locations(LOCATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
