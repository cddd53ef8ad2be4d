package spanel.adapter.persistence.support;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;

/**
 * Databases and schemas of a test's own, with the options and migrations production uses: it sits in
 * this package to read them, and in test scope because nothing else needs it.
 */
public final class IsolatedDatabases {

    private IsolatedDatabases() {
    }

    /** A private in-memory H2 database, in the embedded default's mode. */
    public static DatabaseUrl inMemory(String name) {
        return new DatabaseUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + DatabaseUrl.H2_OPTIONS,
                Optional.empty(), Optional.empty(), SQLDialect.H2);
    }

    /** Applies the migrations inside one schema (created when missing); returns how many ran. */
    public static int migrateInSchema(DataSource dataSource, String schema) {
        return Migrations.run(Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema));
    }
}
