package spanel.adapter.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.support.IsolatedDatabases;
import spanel.adapter.persistence.support.Migrations;

/**
 * The databases every persistence contract test runs against: the real PostgreSQL named by
 * TEST_DATABASE_URL (default: the spanel_test database on 127.0.0.1, as scripts/test prepares it)
 * and an in-memory H2 in PostgreSQL mode, the embedded default's engine.
 */
public enum TestDatabase {
    POSTGRES {
        @Override
        public TestSchema openFreshSchema() {
            DatabaseUrl url = postgresUrl();
            String schema = uniqueName();
            HikariDataSource dataSource = pool(url, schema);
            try {
                IsolatedDatabases.migrateInSchema(dataSource, schema);
            } catch (RuntimeException e) {
                dataSource.close();
                throw new IllegalStateException(unreachable(url), e);
            }
            String inSchema = url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            DatabaseUrl schemaUrl = DatabaseUrl.parse(inSchema)
                    .withCredentials(url.user().orElse(null), url.password().orElse(null));
            return new TestSchema(dataSource, schemaUrl, () -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                } finally {
                    dataSource.close();
                }
            });
        }
    },
    H2 {
        @Override
        public TestSchema openFreshSchema() {
            DatabaseUrl url = IsolatedDatabases.inMemory(uniqueName());
            HikariDataSource dataSource = pool(url, null);
            Migrations.apply(dataSource);
            return new TestSchema(dataSource, url, () -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP ALL OBJECTS");
                } finally {
                    dataSource.close();
                }
            });
        }
    };

    private static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/spanel_test?user=spanel";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A database of its own, migrated to the current schema. Close it to drop it. */
    public abstract TestSchema openFreshSchema();

    /** The PostgreSQL the tests use: TEST_DATABASE_URL, in any form DATABASE_URL accepts. */
    public static DatabaseUrl postgresUrl() {
        String configured = System.getenv("TEST_DATABASE_URL");
        return DatabaseUrl.parse(configured == null || configured.isBlank() ? DEFAULT_POSTGRES : configured);
    }

    private static HikariDataSource pool(DatabaseUrl url, String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        if (schema != null) {
            config.addDataSourceProperty("currentSchema", schema);
        }
        config.setMaximumPoolSize(24);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("test-" + (schema == null ? "h2" : schema));
        return new HikariDataSource(config);
    }

    private static String uniqueName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "t_" + HexFormat.of().formatHex(bytes);
    }

    private static String unreachable(DatabaseUrl url) {
        return "cannot prepare a test schema on PostgreSQL at " + url
                + ": run scripts/test, which starts it, or set TEST_DATABASE_URL to a server you can create schemas on";
    }

    /** Runs SQL with no result, for tests that set up or inspect data directly. */
    public static void execute(javax.sql.DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
